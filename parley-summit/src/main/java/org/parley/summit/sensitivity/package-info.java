/**
 * Stage G of the summit model (summit.md §2 G): which uncertain inputs drive an outcome's
 * probability. {@link org.parley.summit.sensitivity.Tornado} moves one input at a time to its 10th
 * and 90th percentiles with the others at their medians, estimating every bar with common random
 * numbers; {@link org.parley.summit.sensitivity.SaltelliJansen} estimates variance-based
 * first-order and total Sobol indices. Both work on any {@link
 * org.parley.summit.sensitivity.Response} of independent {@link
 * org.parley.summit.sensitivity.Factors}; {@link org.parley.summit.sensitivity.SummitResponse}
 * makes one from a scenario, a trial model and an {@link
 * org.parley.summit.sensitivity.OutcomeEvent}.
 */
package org.parley.summit.sensitivity;
