/**
 * The bundled case data: precedents of states that gave up weapons programmes and North Korea's
 * agreements 1985–2019, with their sources, filtered by a scenario's {@code as_of} date.
 */
package org.parley.model.cases;
