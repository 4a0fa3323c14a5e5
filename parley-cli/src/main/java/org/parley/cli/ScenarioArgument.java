package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.model.io.BuiltInScenarios;
import org.parley.model.io.ScenarioLoader;

/**
 * Resolves a scenario argument: nothing means the built-in default; the name of a built-in scenario
 * (when no file of that name exists) means that scenario; anything else is a file path.
 */
final class ScenarioArgument {
  private ScenarioArgument() {}

  static ScenarioLoader.Loaded load(String arg, ScenarioLoader loader) {
    String name = arg == null ? BuiltInScenarios.DEFAULT : arg;
    if (arg == null || (!Files.exists(Path.of(arg)) && BuiltInScenarios.names().contains(arg))) {
      return BuiltInScenarios.load(name, loader).orElseThrow();
    }
    return loader.loadWithWarnings(Path.of(arg));
  }
}
