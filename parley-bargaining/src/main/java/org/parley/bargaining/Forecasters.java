package org.parley.bargaining;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.parley.bargaining.eum.ExpectedUtilityModel;
import org.parley.bargaining.smp.SpatialModelOfPolitics;

/**
 * The registry of forecasters by their command-line names, each with its default configuration:
 * {@code eum}, {@code smp}, {@code compromise}, {@code nbs}, {@code median}, {@code blend}, {@code
 * power-mean}. The algorithm is chosen by choosing the class; this only maps names to constructors.
 */
public final class Forecasters {
  private static final Map<String, Supplier<Forecaster>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("eum", ExpectedUtilityModel::new);
    BY_NAME.put("smp", SpatialModelOfPolitics::new);
    BY_NAME.put("compromise", CompromiseModel::new);
    BY_NAME.put("nbs", NashBargaining::new);
    BY_NAME.put("median", WeightedMedian::new);
    BY_NAME.put("blend", CalibratedBlend::deuDefault);
    BY_NAME.put("power-mean", PowerWeightedMean::deuDefault);
  }

  private Forecasters() {}

  /** The registered names, in a stable order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** A new forecaster with its default configuration, if {@code name} is registered. */
  public static Optional<Forecaster> byName(String name) {
    Supplier<Forecaster> s = BY_NAME.get(name);
    return s == null ? Optional.empty() : Optional.of(s.get());
  }
}
