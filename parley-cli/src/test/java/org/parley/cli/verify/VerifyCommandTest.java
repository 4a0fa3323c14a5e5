package org.parley.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.parley.cli.Main;

/** End-to-end checks of {@code parley verify}: exit codes, text and JSON. */
class VerifyCommandTest {
  private record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(out);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void dresherTextAndJson() throws Exception {
    // Source: values.md, Dresher row n=4, m=2, b=1: v = 3/11, inspect 4/11, violate 5/33.
    Run text = run("verify", "dresher", "--periods", "4", "--inspections", "2", "--penalty", "1");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("3/11 = 0.2727272727", "4/11", "5/33", "agree exactly");
    Run json =
        run(
            "verify",
            "dresher",
            "--periods",
            "10",
            "--inspections",
            "2",
            "--penalty",
            "1",
            "--json");
    assertThat(json.code()).isZero();
    // Source: values.md, Dresher row n=10, m=2, b=1: v = 9/14, inspect 5/28, violate 11/126.
    JsonNode j = json.json();
    assertThat(j.path("value").path("exact").asText()).isEqualTo("9/14");
    assertThat(j.path("inspectNow").path("exact").asText()).isEqualTo("5/28");
    assertThat(j.path("violateNow").path("exact").asText()).isEqualTo("11/126");
    assertThat(j.path("value").path("decimal").asDouble()).isEqualTo(9.0 / 14);
    assertThat(j.path("leadership").path("leaderViolationProbability").path("exact").asText())
        .isEqualTo("9/14");
  }

  @Test
  void inspectionGameJsonReproducesTheReferenceRow() throws Exception {
    // Source: values.md, 2×2 row 2: p* = 20/197, t* = 1/163, Nash -10/163, leadership -1/197.
    Run r =
        run(
            "verify",
            "inspection",
            "--alpha",
            "1/20",
            "--beta",
            "1/10",
            "--a",
            "1",
            "--c",
            "10",
            "--e",
            "1",
            "--k",
            "0",
            "--b",
            "10",
            "--d",
            "1",
            "--h",
            "1",
            "--json");
    assertThat(r.code()).isZero();
    JsonNode j = r.json();
    assertThat(j.path("equilibrium").path("regime").asText()).isEqualTo("interior mixed");
    assertThat(j.path("equilibrium").path("inspection").path("exact").asText()).isEqualTo("20/197");
    assertThat(j.path("equilibrium").path("violation").path("exact").asText()).isEqualTo("1/163");
    assertThat(j.path("equilibrium").path("inspectorPayoff").path("exact").asText())
        .isEqualTo("-10/163");
    assertThat(j.path("leadership").path("inspectorPayoff").path("exact").asText())
        .isEqualTo("-1/197");
    assertThat(j.path("input").path("alpha").asText()).isEqualTo("1/20");
  }

  @Test
  void inspectionGameTextNamesTheCorner() {
    // k = 10 >= (c - a)(1 - β) = 81/10: no inspection pays (verification.md §2 corners).
    Run r =
        run(
            "verify",
            "inspection",
            "--beta",
            "0.1",
            "--a",
            "1",
            "--c",
            "10",
            "--e",
            "1",
            "--k",
            "10",
            "--b",
            "10",
            "--d",
            "1",
            "--h",
            "1");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("pure corner: no inspection, violation");
  }

  @Test
  void accountancyGameAndTest() throws Exception {
    // Source: values.md, α–β row M/σ = 2.0: α* = 0.0004265879, t* = 0.0010404031.
    Run game =
        run(
            "verify",
            "accountancy",
            "--m-over-sigma",
            "2.0",
            "--a",
            "1",
            "--c",
            "10",
            "--e",
            "1",
            "--b",
            "10",
            "--d",
            "1",
            "--h",
            "1",
            "--json");
    assertThat(game.code()).isZero();
    assertThat(game.json().path("alpha").asDouble()).isBetween(0.00042658785, 0.00042658795);
    assertThat(game.json().path("violation").asDouble()).isBetween(0.00104040305, 0.00104040315);
    // Source: values.md, test detection α = 0.05, M/σ = 2.0 → 0.6387600313.
    Run test = run("verify", "accountancy", "--m-over-sigma", "2.0", "--alpha", "0.05");
    assertThat(test.code()).isZero();
    assertThat(test.out()).contains("0.6387600313");
  }

  @Test
  void sampleBySizeAndByGoal() throws Exception {
    // Source: values.md, attribute sampling N=100, r=5, n=20 → 41597/61110.
    Run size =
        run("verify", "sample", "--items", "100", "--falsified", "5", "--size", "20", "--json");
    assertThat(size.code()).isZero();
    assertThat(size.json().path("detection").path("exact").asText()).isEqualTo("41597/61110");
    // Source: values.md, N=1000, r=10, 95 % → n = 258 (P = 0.950204).
    Run goal = run("verify", "sample", "--items", "1000", "--falsified", "10", "--goal", "0.95");
    assertThat(goal.code()).isZero();
    assertThat(goal.out()).contains("258", "0.9502041967");
    // r = ⌈M/μ⌉ = ⌈10/2⌉ = 5 (verification.md §4)
    Run diverted =
        run(
            "verify",
            "sample",
            "--items",
            "100",
            "--diverted",
            "10",
            "--per-item",
            "2",
            "--size",
            "20");
    assertThat(diverted.out()).contains("r = 5 falsified", "41597/61110");
  }

  @Test
  void significantQuantities() throws Exception {
    // 33 kg Pu (ISIS end-2016) / 8 kg per SQ = 33/8 (IAEA Safeguards Glossary 2001, Table II).
    Run r = run("verify", "sq", "--material", "pu", "--kg", "33", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.json().path("significantQuantities").path("exact").asText()).isEqualTo("33/8");
    assertThat(r.json().path("timelinessMonths").asInt()).isEqualTo(1);
    Run leu = run("verify", "sq", "--material", "leu", "--kg", "150");
    assertThat(leu.out()).contains("amount in SQ", " 2", "indirect use");
    // 18 SQ of HEU = 18 · 25 kg U-235 = 450 kg (Hecker's upper estimate, verification.md §6)
    Run back = run("verify", "sq", "--material", "heu", "--sq", "18", "--json");
    assertThat(back.code()).isZero();
    assertThat(back.json().path("kilograms").path("exact").asText()).isEqualTo("450");
  }

  @Test
  void badParametersExitTwoWithAClearMessage() {
    Run aNotBelowC =
        run(
            "verify",
            "inspection",
            "--beta",
            "0.1",
            "--a",
            "10",
            "--c",
            "10",
            "--e",
            "1",
            "--b",
            "10",
            "--d",
            "1",
            "--h",
            "1");
    assertThat(aNotBelowC.code()).isEqualTo(2);
    assertThat(aNotBelowC.err()).contains("0 < a < c").doesNotContain("Exception");
    Run probability =
        run(
            "verify",
            "inspection",
            "--alpha",
            "3/2",
            "--beta",
            "0.1",
            "--a",
            "1",
            "--c",
            "10",
            "--e",
            "1",
            "--b",
            "10",
            "--d",
            "1",
            "--h",
            "1");
    assertThat(probability.code()).isEqualTo(2);
    assertThat(probability.err()).contains("alpha is 3/2; it must be in [0, 1]");
    Run notANumber =
        run(
            "verify",
            "inspection",
            "--alpha",
            "x",
            "--beta",
            "0.1",
            "--a",
            "1",
            "--c",
            "10",
            "--e",
            "1",
            "--b",
            "10",
            "--d",
            "1",
            "--h",
            "1");
    assertThat(notANumber.code()).isEqualTo(2);
    assertThat(notANumber.err()).contains("--alpha", "'x' is not a number");
    Run tooManyFalsified =
        run("verify", "sample", "--items", "10", "--falsified", "11", "--size", "2");
    assertThat(tooManyFalsified.code()).isEqualTo(2);
    assertThat(tooManyFalsified.err()).contains("falsified is 11");
    Run sampleTooBig = run("verify", "sample", "--items", "10", "--falsified", "1", "--size", "11");
    assertThat(sampleTooBig.code()).isEqualTo(2);
    assertThat(sampleTooBig.err()).contains("sample size is 11");
    Run badPenalty =
        run("verify", "dresher", "--periods", "3", "--inspections", "1", "--penalty", "0");
    assertThat(badPenalty.code()).isEqualTo(2);
    assertThat(badPenalty.err()).contains("penalty is 0");
    Run mixedModes =
        run("verify", "accountancy", "--m-over-sigma", "2", "--alpha", "0.05", "--a", "1");
    assertThat(mixedModes.code()).isEqualTo(2);
    assertThat(mixedModes.err()).contains("cannot be combined");
    Run negativeKg = run("verify", "sq", "--material", "heu", "--kg", "-1");
    assertThat(negativeKg.code()).isEqualTo(2);
    assertThat(negativeKg.err()).contains("--kg");
    Run noSubcommand = run("verify");
    assertThat(noSubcommand.code()).isEqualTo(2);
  }

  @Test
  void limitsExitThree() {
    Run r = run("verify", "dresher", "--periods", "5000", "--inspections", "2", "--penalty", "1");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("--max-periods");
    Run s = run("verify", "sample", "--items", "200000", "--falsified", "1", "--size", "2");
    assertThat(s.code()).isEqualTo(3);
  }
}
