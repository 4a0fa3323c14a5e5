package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Precedent;
import org.parley.model.Role;
import org.parley.model.Scenario;

class BuiltInScenariosTest {
  static java.util.List<String> names() {
    return BuiltInScenarios.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyBuiltInLoadsAndEveryNumberCarriesASourceOrJudgement(String name) {
    ScenarioLoader.Loaded loaded =
        BuiltInScenarios.load(name, ScenarioLoader.defaults()).orElseThrow();
    assertThat(loaded.unsourced()).as("numbers without source or judgement").isEmpty();
    assertThat(loaded.scenario().id()).isEqualTo(name);
  }

  @Test
  void singaporeHasTheActorsIssuesAndLadderOfTheBrief() {
    Scenario s = BuiltInScenarios.load("singapore-2018").orElseThrow();
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2018, 3, 13));
    assertThat(s.actors())
        .extracting(a -> a.id())
        .containsExactly("US", "DPRK", "ROK", "China", "Japan", "IAEA");
    assertThat(s.complier().id()).isEqualTo("DPRK");
    assertThat(s.actor("IAEA").orElseThrow().roles()).containsExactly(Role.INSPECTOR);
    assertThat(s.bargainingActors()).extracting(a -> a.id()).doesNotContain("IAEA");
    assertThat(s.issues())
        .extracting(i -> i.id())
        .containsExactly("denuclearisation", "sanctions", "security", "exercises", "testing");
    assertThat(s.phases())
        .extracting(p -> p.id())
        .containsExactly("freeze-for-freeze", "halt", "roll-back", "eliminate");
    assertThat(s.assurances()).hasSize(3);
    assertThat(s.precedents().byId("commentaries").orElseThrow().cases())
        .extracting(Precedent::id)
        .containsExactlyInAnyOrder("iraq", "libya", "ukraine");
  }

  @Test
  void singaporeTrackRecordStopsAtAsOf() {
    Scenario s = BuiltInScenarios.load("singapore-2018").orElseThrow();
    // dprk_agreements.csv rows 1-8 are dated before 2018-03-13; rows 9-12 (Panmunjom onwards)
    // after.
    assertThat(s.trackRecord().agreements())
        .extracting(a -> a.id())
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(s.trackRecord().agreements())
        .allSatisfy(a -> assertThat(a.date()).isBeforeOrEqualTo(s.asOf()));
  }

  @Test
  void allReversalsLeavesOutCasesCompletedAfterAsOf() {
    Scenario libya = BuiltInScenarios.load("libya-2003").orElseThrow();
    var all = libya.precedents().byId("all-reversals").orElseThrow().cases();
    // Libya itself completed in 2004-03 and Iran's JCPOA in 2016: neither was known in December
    // 2003.
    assertThat(all)
        .extracting(Precedent::id)
        .doesNotContain("libya", "iran-jcpoa")
        .contains("iraq", "south-africa", "ukraine");
    assertThat(all).allSatisfy(p -> assertThat(p.completed()).isBeforeOrEqualTo(libya.asOf()));
  }
}
