package org.parley.bargaining.smp;

/** Copies for the immutable values of this package. */
final class Arrays2 {
  private Arrays2() {}

  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
