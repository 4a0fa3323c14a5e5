/** Parley verification. */
package org.parley.verification;
