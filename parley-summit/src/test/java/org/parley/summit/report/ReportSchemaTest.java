package org.parley.summit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.io.BuiltInScenarios;
import org.parley.summit.simulation.CancellationToken;
import org.parley.summit.simulation.ProgressListener;

/**
 * Reports conform to the published schema {@code docs/report.schema.json}, with and without the
 * optional parts.
 */
class ReportSchemaTest {
  @Test
  void reportsConformToThePublishedSchema() throws Exception {
    JsonNode schemaNode =
        new ObjectMapper().readTree(Files.readString(Path.of("..", "docs", "report.schema.json")));
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    for (String name : BuiltInScenarios.names()) {
      for (AnalysisRequest req :
          List.of(
              new AnalysisRequest(
                  "eum", List.of("compromise", "median"), 300, 2, 2, "COLLAPSED", 20, 30),
              new AnalysisRequest("compromise", List.of(), 300, 2, 2, "HOLLOW", 0, 0))) {
        var report =
            ReportBuilder.build(
                    BuiltInScenarios.load(name).orElseThrow(),
                    req,
                    ProgressListener.NONE,
                    new CancellationToken())
                .orElseThrow();
        JsonNode doc = new ObjectMapper().readTree(JsonReport.write(report));
        assertThat(schema.validate(doc)).as("%s with %s", name, req).isEmpty();
      }
    }
  }
}
