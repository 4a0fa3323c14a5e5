package org.parley.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.parley.model.Scenario;

/** The scenarios bundled with Parley, by name. */
public final class BuiltInScenarios {
  /** The scenario {@code parley analyze} runs when given none. */
  public static final String DEFAULT = "singapore-2018";

  private static final List<String> NAMES = List.of("singapore-2018", "libya-2003");

  private BuiltInScenarios() {}

  /** The names of the built-in scenarios, the default first. */
  public static List<String> names() {
    return NAMES;
  }

  /** The YAML text of a built-in scenario, if the name is one. */
  public static Optional<String> text(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in =
        BuiltInScenarios.class.getResourceAsStream(
            "/org/parley/model/scenarios/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("built-in scenario resource missing: " + name);
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a built-in scenario with {@code loader}. */
  public static Optional<ScenarioLoader.Loaded> load(String name, ScenarioLoader loader) {
    return text(name).map(t -> loader.read(t, name + ".yaml", TreeReader.Syntax.YAML));
  }

  /** Loads a built-in scenario with the default loader. */
  public static Optional<Scenario> load(String name) {
    return load(name, ScenarioLoader.defaults()).map(ScenarioLoader.Loaded::scenario);
  }
}
