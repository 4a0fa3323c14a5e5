package org.parley.model.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.parley.model.Scenario;
import org.parley.model.cases.CaseLibrary;

/**
 * Loads scenario files (YAML or JSON, one model) and checks every rule of the format, reporting all
 * problems at once with their file:line:column and document path.
 *
 * <pre>{@code
 * Scenario s = ScenarioLoader.defaults().load(Path.of("my-summit.yaml"));
 * }</pre>
 */
public final class ScenarioLoader {
  private final DocumentLimits limits;
  private final CaseLibrary cases;

  public ScenarioLoader(DocumentLimits limits, CaseLibrary cases) {
    this.limits = requireNonNull(limits, "limits");
    this.cases = requireNonNull(cases, "cases");
  }

  /** Default limits and the bundled case data. */
  public static ScenarioLoader defaults() {
    return new ScenarioLoader(DocumentLimits.DEFAULT, CaseLibrary.bundled());
  }

  /**
   * A loaded scenario with the paths of numbers that carry neither a source nor a judgement.
   *
   * @param scenario the scenario
   * @param unsourced id-form paths of numbers without provenance (warnings, not errors)
   */
  public record Loaded(Scenario scenario, List<String> unsourced) {
    public Loaded {
      requireNonNull(scenario, "scenario");
      unsourced = List.copyOf(unsourced);
    }
  }

  /** Loads and checks a file; YAML unless its name ends in {@code .json}. */
  public Scenario load(Path file) {
    return loadWithWarnings(file).scenario();
  }

  /** Loads and checks a file, keeping the warnings. */
  public Loaded loadWithWarnings(Path file) {
    String name = file.toString();
    String text;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new ScenarioException(
            List.of(
                new Problem(
                    SourceLocation.ofFile(name),
                    "",
                    "the file is "
                        + size
                        + " bytes; the limit is "
                        + limits.maxBytes()
                        + " bytes")));
      }
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new ScenarioException(
          List.of(new Problem(SourceLocation.ofFile(name), "", "no such file")));
    } catch (CharacterCodingException e) {
      throw new ScenarioException(
          List.of(
              new Problem(SourceLocation.ofFile(name), "", "the file is not valid UTF-8 text")));
    } catch (IOException e) {
      throw new ScenarioException(
          List.of(
              new Problem(
                  SourceLocation.ofFile(name), "", "cannot read the file: " + e.getMessage())));
    }
    return read(text, name, TreeReader.Syntax.forFileName(name));
  }

  /** Parses and checks scenario text; {@code file} names it in messages. */
  public Loaded read(String text, String file, TreeReader.Syntax syntax) {
    Node root = new TreeReader(limits).read(text, file, syntax);
    ScenarioBinder.Result result = new ScenarioBinder(cases).bind(root);
    if (result.scenario().isEmpty()) {
      throw new ScenarioException(result.problems());
    }
    return new Loaded(result.scenario().get(), result.unsourced());
  }
}
