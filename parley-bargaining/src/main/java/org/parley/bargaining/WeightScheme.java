package org.parley.bargaining;

/**
 * Which actor attributes weight an actor in a weighted mean, median or Nash product (bargaining.md
 * §4.1–4.3; Schneider, Finke &amp; Bailer 2010 test the same variants for the Nash bargaining
 * solution).
 */
public enum WeightScheme {
  /** {@code c_i s_id}: capability times salience (the compromise model of Van den Bos 1991). */
  CAPABILITY_SALIENCE,
  /** {@code c_i}: capability only. */
  CAPABILITY,
  /** {@code s_id}: salience only (equal capabilities, as on DEU data). */
  SALIENCE,
  /** {@code 1}: every actor counts the same. */
  EQUAL;

  /** The weight of {@code actor} on dimension {@code d} of {@code problem}. */
  public double weight(BargainingProblem problem, int actor, int d) {
    return switch (this) {
      case CAPABILITY_SALIENCE -> problem.capability(actor) * problem.salience(actor, d);
      case CAPABILITY -> problem.capability(actor);
      case SALIENCE -> problem.salience(actor, d);
      case EQUAL -> 1.0;
    };
  }

  /** The weights of every actor on dimension {@code d}. */
  public double[] weights(BargainingProblem problem, int d) {
    double[] w = new double[problem.actorCount()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weight(problem, i, d);
    }
    return w;
  }

  /**
   * The lower-case name used in parameters and on the command line, e.g. {@code
   * capability-salience}.
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
