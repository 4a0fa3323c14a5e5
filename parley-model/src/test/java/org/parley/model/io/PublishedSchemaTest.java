package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schema ({@code docs/scenario.schema.json}, used by editors) accepts every
 * bundled scenario and rejects structural faults the loader also rejects.
 */
class PublishedSchemaTest {
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    Path file = Path.of("..", "docs", "scenario.schema.json");
    JsonNode node = new ObjectMapper().readTree(Files.readString(file));
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  static java.util.List<String> names() {
    return BuiltInScenarios.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void acceptsEveryBuiltInScenario(String name) throws Exception {
    JsonNode doc = new YAMLMapper().readTree(BuiltInScenarios.text(name).orElseThrow());
    Set<ValidationMessage> errors = schema.validate(doc);
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-key-typo.yaml",
        "missing-as-of.yaml",
        "unknown-access.yaml",
        "unknown-mechanism.yaml",
        "salience-outside-unit.yaml",
        "probability-outside-unit.yaml",
        "unknown-role.yaml",
        "capability-zero.yaml"
      })
  void rejectsStructuralFaults(String fixture) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/scenarios/malformed/" + fixture)) {
      JsonNode doc = new YAMLMapper().readTree(in);
      assertThat(schema.validate(doc)).isNotEmpty();
    }
  }
}
