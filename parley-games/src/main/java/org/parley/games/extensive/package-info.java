/**
 * gcore's extensive-form solvers that need no sequence form: pure behaviour-strategy enumeration.
 */
package org.parley.games.extensive;
