package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parley.model.Scenario;

/** YAML and JSON are two spellings of one model: the same document gives the same scenario. */
class JsonAndYamlTest {
  @Test
  void theBuiltInScenarioReadsTheSameAsJson() throws Exception {
    String yaml = BuiltInScenarios.text("singapore-2018").orElseThrow();
    Object tree = new YAMLMapper().readValue(yaml, Object.class);
    String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    Scenario fromYaml =
        ScenarioLoader.defaults().read(yaml, "s.yaml", TreeReader.Syntax.YAML).scenario();
    Scenario fromJson =
        ScenarioLoader.defaults().read(json, "s.json", TreeReader.Syntax.JSON).scenario();
    assertThat(fromJson).isEqualTo(fromYaml);
  }

  @Test
  void minimalLoads() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/scenarios/minimal.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Scenario s =
          ScenarioLoader.defaults().read(text, "minimal.yaml", TreeReader.Syntax.YAML).scenario();
      assertThat(s.phases()).hasSize(2);
      assertThat(s.uncertainty()).hasSize(1);
    }
  }
}
