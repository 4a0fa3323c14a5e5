package org.parley.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.parley.cli.Main;

/** {@code parley verify allocate} on the bundled 2018 scenario. */
class VerifyAllocateCommandTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void everyPhaseOfThe2018ScenarioInText() {
    String[] r = run("verify", "allocate", "singapore-2018");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("Phase halt", "value of undeclared access", "P(undetected cheating)");
  }

  @Test
  void onePhaseInJsonReportsTheValueOfAccess() throws Exception {
    String[] r = run("verify", "allocate", "singapore-2018", "--phase", "halt", "--json");
    assertThat(r[0]).isEqualTo("0");
    JsonNode phases = new ObjectMapper().readTree(r[1]).path("phases");
    assertThat(phases.size()).isEqualTo(1);
    JsonNode halt = phases.get(0);
    assertThat(halt.path("access").asText()).isEqualTo("declared");
    JsonNode eq = halt.path("equilibrium");
    assertThat(
            eq.path("comply").asDouble()
                + eq.path("cheatDeclared").asDouble()
                + eq.path("cheatUndeclared").asDouble())
        .isCloseTo(1, within(1e-9));
    assertThat(eq.path("regret").asDouble()).isLessThan(1e-7);
    JsonNode value = halt.path("valueOfUndeclaredAccess");
    double gain =
        value.path("withAccess").path("inspectorPayoff").asDouble()
            - value.path("withoutAccess").path("inspectorPayoff").asDouble();
    assertThat(value.path("inspectorPayoffGain").asDouble()).isCloseTo(gain, within(1e-12));
    double reduction =
        value.path("withoutAccess").path("undetectedCheating").asDouble()
            - value.path("withAccess").path("undetectedCheating").asDouble();
    assertThat(value.path("undetectedCheatingReduction").asDouble())
        .isCloseTo(reduction, within(1e-12));
  }

  @Test
  void unknownPhaseOrFileIsBadInput() {
    String[] phase = run("verify", "allocate", "singapore-2018", "--phase", "nope");
    assertThat(phase[0]).isEqualTo("2");
    assertThat(phase[2]).contains("--phase 'nope'", "halt");
    String[] file = run("verify", "allocate", "no-such-scenario.yaml");
    assertThat(file[0]).isEqualTo("2");
    assertThat(file[2]).contains("no-such-scenario.yaml");
    String[] grid = run("verify", "allocate", "singapore-2018", "--grid", "100000");
    assertThat(grid[0]).isEqualTo("3");
  }
}
