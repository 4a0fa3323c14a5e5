/**
 * Attribute sampling: the probability that a random sample without replacement finds at least one
 * of the falsified items, its approximations, and sample sizes for a detection goal (Avenhaus and
 * Canty 1996, ch. 4; IAEA Safeguards Glossary 2001 §10).
 */
package org.parley.verification.sampling;
