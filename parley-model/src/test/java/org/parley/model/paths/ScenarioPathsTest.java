package org.parley.model.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;

class ScenarioPathsTest {
  static List<String> names() {
    return BuiltInScenarios.names();
  }

  private static Scenario load(String name) {
    return BuiltInScenarios.load(name).orElseThrow();
  }

  /** A value other than {@code v} that the input accepts. */
  private static double another(InputPath p, double v) {
    double lo = Double.isInfinite(p.min()) ? v - 10 : p.min();
    double hi = Double.isInfinite(p.max()) ? v + 10 : p.max();
    double x = lo + (hi - lo) * 0.37;
    if (p.wholeNumber()) {
      x = Math.rint(x);
    }
    if (x == v) {
      x = p.wholeNumber() ? (v + 1 <= hi ? v + 1 : v - 1) : (v + hi) / 2;
    }
    if (x == v) {
      x = (v + lo) / 2;
    }
    return x;
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyProvenancePathCanBeReadAndSetAndSettingOneChangesNothingElse(String name) {
    Scenario s = load(name);
    List<String> paths = new ArrayList<>(s.provenance().keySet());
    assertThat(paths).isNotEmpty();
    Assignment all = ScenarioPaths.assignment(s, paths);
    double[] before = all.get(s);
    for (int i = 0; i < paths.size(); i++) {
      String path = paths.get(i);
      InputPath p = all.inputs().get(i);
      double v = p.get(s);
      assertThat(v).as(path).isFinite();
      double x = another(p, v);
      assertThat(x).as(path).isNotEqualTo(v);
      Scenario changed = p.set(s, x);
      assertThat(p.get(changed)).as(path).isEqualTo(x);
      double[] after = all.get(changed);
      for (int j = 0; j < paths.size(); j++) {
        if (j != i) {
          assertThat(after[j]).as("%s after setting %s", paths.get(j), path).isEqualTo(before[j]);
        }
      }
      // Setting it back gives a scenario equal (record equality, all fields) to the original.
      assertThat(p.set(changed, v)).as(path).isEqualTo(s);
    }
    assertThat(s).as("the original is never modified").isEqualTo(load(name));
  }

  @Test
  void readsTheNumbersWrittenInTheScenarioFile() {
    Scenario s = load("singapore-2018");
    // Values as written in
    // parley-model/src/main/resources/org/parley/model/scenarios/singapore-2018.yaml
    assertThat(ScenarioPaths.get(s, "issues.denuclearisation.positions.DPRK")).isEqualTo(20);
    assertThat(ScenarioPaths.get(s, "issues.sanctions.salience.China")).isEqualTo(0.7);
    assertThat(ScenarioPaths.get(s, "assurances.china-guarantee.strength")).isEqualTo(0.35);
    assertThat(ScenarioPaths.get(s, "verification.detection_per_inspection.undeclared"))
        .isEqualTo(0.5);
    assertThat(ScenarioPaths.get(s, "verification.declared_sites")).isEqualTo(10);
    assertThat(ScenarioPaths.get(s, "phases.roll-back.duration_months")).isEqualTo(36);
    assertThat(ScenarioPaths.get(s, "phases.halt.thresholds.sanctions")).isEqualTo(30);
    assertThat(ScenarioPaths.get(s, "precedents.window_years")).isEqualTo(20);
    assertThat(ScenarioPaths.get(s, "stakes.detected_penalty")).isEqualTo(40);
    assertThat(ScenarioPaths.get(s, "prestige.DPRK")).isEqualTo(10);
    assertThat(ScenarioPaths.get(s, "signals.test-pause.likelihood_ratio")).isEqualTo(1.5);
    assertThat(ScenarioPaths.get(s, "uncertainty.2.alpha")).isEqualTo(2);
    assertThat(ScenarioPaths.get(s, "uncertainty.6.weights.1")).isEqualTo(2);
    assertThat(ScenarioPaths.get(s, "issues.exercises.scale.hi")).isEqualTo(100);
  }

  @Test
  void setsThroughToTheRecords() {
    Scenario s = load("singapore-2018");
    Scenario t = ScenarioPaths.set(s, "issues.denuclearisation.positions.DPRK", 35);
    assertThat(t.issue("denuclearisation").orElseThrow().positions().get("DPRK")).isEqualTo(35);
    assertThat(t.issue("denuclearisation").orElseThrow().positions().keySet())
        .containsExactlyElementsOf(s.issue("denuclearisation").orElseThrow().positions().keySet());
    Scenario u = ScenarioPaths.set(s, "verification.undeclared_sites", 12);
    assertThat(u.verification().undeclaredSites()).isEqualTo(12);
  }

  @Test
  void anAssignmentSetsManyInputsAtOnce() {
    Scenario s = load("singapore-2018");
    List<String> paths = s.uncertainty().stream().map(u -> u.path()).toList();
    Assignment a = ScenarioPaths.assignment(s, paths);
    double[] values = {30, 25, 0.6, 0.4, 0.03, 150, 30};
    Scenario t = a.apply(s, values);
    assertThat(a.get(t)).containsExactly(values);
    // One at a time gives the same scenario.
    Scenario one = s;
    for (int i = 0; i < paths.size(); i++) {
      one = ScenarioPaths.set(one, paths.get(i), values[i]);
    }
    assertThat(t).isEqualTo(one);
  }

  @Test
  void idsMayContainDots() {
    Scenario s = load("singapore-2018");
    var a = s.assurances().get(0);
    List<org.parley.model.Assurance> list = new ArrayList<>(s.assurances());
    list.set(
        0,
        new org.parley.model.Assurance(
            "pledge.v2", a.mechanism(), a.giver(), 0.2, a.description()));
    list.set(
        1,
        new org.parley.model.Assurance("pledge", a.mechanism(), a.giver(), 0.4, a.description()));
    Scenario t =
        new Scenario(
            s.id(),
            s.title(),
            s.question(),
            s.asOf(),
            s.actors(),
            s.issues(),
            s.phases(),
            s.verification(),
            list,
            s.precedents(),
            s.trackRecord(),
            s.signals(),
            s.prestige(),
            s.stakes(),
            s.uncertainty(),
            s.sources(),
            Map.of());
    assertThat(ScenarioPaths.get(t, "assurances.pledge.v2.strength")).isEqualTo(0.2);
    assertThat(ScenarioPaths.get(t, "assurances.pledge.strength")).isEqualTo(0.4);
  }

  @Test
  void pathsThatResolveToNothingAreNamed() {
    Scenario s = load("singapore-2018");
    assertThatThrownBy(() -> ScenarioPaths.compile(s, "issues.denuclearisation.positions.IAEA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issues.denuclearisation.positions.IAEA")
        .hasMessageContaining("DPRK");
    assertThatThrownBy(() -> ScenarioPaths.compile(s, "issues.nukes.status_quo"))
        .hasMessageContaining("denuclearisation");
    assertThatThrownBy(() -> ScenarioPaths.compile(s, "verification.false_alarm.x"))
        .hasMessageContaining("resolves to nothing");
    assertThatThrownBy(() -> ScenarioPaths.compile(s, "uncertainty.2.mode"))
        .hasMessageContaining("beta");
    assertThatThrownBy(() -> ScenarioPaths.compile(s, "title"))
        .hasMessageContaining("resolves to nothing");
  }

  @Test
  void valuesOutsideTheAllowedRangeAreRejectedNotClamped() {
    Scenario s = load("singapore-2018");
    assertThatThrownBy(() -> ScenarioPaths.set(s, "issues.sanctions.salience.US", 1.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issues.sanctions.salience.US")
        .hasMessageContaining("1.3");
    assertThatThrownBy(() -> ScenarioPaths.set(s, "verification.declared_sites", 2.5))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> ScenarioPaths.set(s, "stakes.regime_value", Double.NaN))
        .hasMessageContaining("finite");
  }
}
