/** Small dense linear-algebra steps shared by the simplex and pivoting solvers. */
package org.parley.games.linalg;
