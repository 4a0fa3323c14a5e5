package org.parley.bargaining;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The input of every forecaster: {@code N} actors with capabilities {@code c_i > 0}, and for each
 * of {@code D} dimensions a position {@code x_id} on the dimension's scale and a salience {@code
 * s_id} in {@code [0, 1]}; optionally a status quo (reference point) per dimension.
 *
 * <p>Immutable: arrays are copied in and out.
 */
public final class BargainingProblem {
  private final List<String> actors;
  private final double[] capabilities;
  private final List<Dimension> dimensions;
  private final double[][] positions;
  private final double[][] saliences;
  private final double[] statusQuo;

  /**
   * @param actors actor ids, distinct
   * @param capabilities {@code c_i > 0}, one per actor
   * @param dimensions the issue dimensions
   * @param positions {@code positions[i][d]} within dimension {@code d}'s scale
   * @param saliences {@code saliences[i][d]} in {@code [0, 1]}
   * @param statusQuo one point per dimension within its scale, or {@code null} when there is none
   */
  public BargainingProblem(
      List<String> actors,
      double[] capabilities,
      List<Dimension> dimensions,
      double[][] positions,
      double[][] saliences,
      double[] statusQuo) {
    this.actors = List.copyOf(requireNonNull(actors, "actors"));
    this.dimensions = List.copyOf(requireNonNull(dimensions, "dimensions"));
    this.capabilities = requireNonNull(capabilities, "capabilities").clone();
    this.positions = deepCopy(requireNonNull(positions, "positions"));
    this.saliences = deepCopy(requireNonNull(saliences, "saliences"));
    this.statusQuo = statusQuo == null ? null : statusQuo.clone();
    validate();
  }

  private void validate() {
    int n = actors.size();
    int dims = dimensions.size();
    if (n == 0) {
      throw new IllegalArgumentException("a bargaining problem needs at least one actor");
    }
    if (dims == 0) {
      throw new IllegalArgumentException("a bargaining problem needs at least one dimension");
    }
    if (new HashSet<>(actors).size() != n) {
      throw new IllegalArgumentException("actor ids must be distinct: " + actors);
    }
    if (capabilities.length != n || positions.length != n || saliences.length != n) {
      throw new IllegalArgumentException(
          "capabilities, positions and saliences need one entry per actor (" + n + ")");
    }
    for (int i = 0; i < n; i++) {
      if (!(capabilities[i] > 0 && Double.isFinite(capabilities[i]))) {
        throw new IllegalArgumentException(
            "capability of actor '"
                + actors.get(i)
                + "' is "
                + capabilities[i]
                + "; it must be > 0");
      }
      if (positions[i].length != dims || saliences[i].length != dims) {
        throw new IllegalArgumentException(
            "actor '"
                + actors.get(i)
                + "' needs a position and a salience on each of "
                + dims
                + " dimensions");
      }
      for (int d = 0; d < dims; d++) {
        Dimension dim = dimensions.get(d);
        double x = positions[i][d];
        if (!(x >= dim.lo() && x <= dim.hi())) {
          throw new IllegalArgumentException(
              "position of actor '"
                  + actors.get(i)
                  + "' on '"
                  + dim.id()
                  + "' is "
                  + x
                  + "; it must be in ["
                  + dim.lo()
                  + ", "
                  + dim.hi()
                  + "]");
        }
        double s = saliences[i][d];
        if (!(s >= 0 && s <= 1)) {
          throw new IllegalArgumentException(
              "salience of actor '"
                  + actors.get(i)
                  + "' on '"
                  + dim.id()
                  + "' is "
                  + s
                  + "; it must be in [0, 1]");
        }
      }
    }
    if (statusQuo != null) {
      if (statusQuo.length != dims) {
        throw new IllegalArgumentException(
            "the status quo needs one value per dimension (" + dims + ")");
      }
      for (int d = 0; d < dims; d++) {
        Dimension dim = dimensions.get(d);
        if (!(statusQuo[d] >= dim.lo() && statusQuo[d] <= dim.hi())) {
          throw new IllegalArgumentException(
              "status quo on '"
                  + dim.id()
                  + "' is "
                  + statusQuo[d]
                  + "; it must be in ["
                  + dim.lo()
                  + ", "
                  + dim.hi()
                  + "]");
        }
      }
    }
  }

  public int actorCount() {
    return actors.size();
  }

  public int dimensionCount() {
    return dimensions.size();
  }

  public List<String> actors() {
    return actors;
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  public double capability(int actor) {
    return capabilities[actor];
  }

  public double position(int actor, int dimension) {
    return positions[actor][dimension];
  }

  public double salience(int actor, int dimension) {
    return saliences[actor][dimension];
  }

  /** A copy of the capabilities. */
  public double[] capabilities() {
    return capabilities.clone();
  }

  /** A copy of {@code positions[actor][dimension]}. */
  public double[][] positions() {
    return deepCopy(positions);
  }

  /** A copy of {@code saliences[actor][dimension]}. */
  public double[][] saliences() {
    return deepCopy(saliences);
  }

  /** The status quo per dimension, if the problem has one. */
  public Optional<double[]> statusQuo() {
    return Optional.ofNullable(statusQuo).map(double[]::clone);
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = requireNonNull(a[i], "row " + i).clone();
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BargainingProblem p
        && actors.equals(p.actors)
        && dimensions.equals(p.dimensions)
        && Arrays.equals(capabilities, p.capabilities)
        && Arrays.deepEquals(positions, p.positions)
        && Arrays.deepEquals(saliences, p.saliences)
        && Arrays.equals(statusQuo, p.statusQuo);
  }

  @Override
  public int hashCode() {
    return actors.hashCode() * 31 + Arrays.deepHashCode(positions);
  }

  @Override
  public String toString() {
    return "BargainingProblem[" + actors.size() + " actors x " + dimensions.size() + " dimensions]";
  }
}
