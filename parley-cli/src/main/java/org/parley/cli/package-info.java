/** The {@code parley} command line: thin picocli shells over the engines. */
package org.parley.cli;
