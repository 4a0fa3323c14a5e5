/** Parley bargaining. */
package org.parley.bargaining;
