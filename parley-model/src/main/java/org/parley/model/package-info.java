/** The scenario domain: immutable records for everything a summit analysis takes as input. */
package org.parley.model;
