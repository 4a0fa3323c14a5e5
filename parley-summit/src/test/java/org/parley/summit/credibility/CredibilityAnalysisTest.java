package org.parley.summit.credibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.parley.model.Agreement;
import org.parley.model.AgreementEnd;
import org.parley.model.Precedent;
import org.parley.model.PrecedentClass;
import org.parley.model.Precedents;
import org.parley.model.Scenario;
import org.parley.model.Signal;
import org.parley.model.TrackRecord;
import org.parley.summit.SummitOptions;
import org.parley.summit.TestScenarios;

class CredibilityAnalysisTest {
  private static final SummitOptions OPTIONS = SummitOptions.defaults();

  @Test
  void commentariesClassHasHigherHazardThanAllReversals() {
    Credibility c = CredibilityAnalysis.of(TestScenarios.singapore(), OPTIONS);
    Hazard commentaries = c.hazard("commentaries").orElseThrow();
    Hazard all = c.hazard("all-reversals").orElseThrow();
    // Counts checked by hand in the bundled precedents.csv (parley-model resources): Iraq (1991
    // disarmament -> 2003 invasion), Libya (2004 -> 2011 NATO campaign) and Ukraine (1996 -> 2014
    // Crimea, 17.8 years) suffered outside action within W = 20 years; 12 reversals were completed
    // before 2018-03-13 (North Korea never completed one; Iran's 2025 strikes postdate as_of).
    // h = (k + 1) / (n + 2) with the scenario's Beta(1, 1) prior.
    assertThat(commentaries.k()).isEqualTo(3);
    assertThat(commentaries.n()).isEqualTo(3);
    assertThat(commentaries.h()).isCloseTo(4.0 / 5.0, within(1e-15));
    assertThat(all.k()).isEqualTo(3);
    assertThat(all.n()).isEqualTo(12);
    assertThat(all.h()).isCloseTo(4.0 / 14.0, within(1e-15));
    assertThat(all.suffered()).containsExactlyInAnyOrder("iraq", "libya", "ukraine");
    assertThat(all.counted()).doesNotContain("north-korea");
    assertThat(commentaries.h()).isGreaterThan(all.h());
    assertThat(c.primaryClass()).isEqualTo("commentaries");
    assertThat(c.h()).isEqualTo(commentaries.h());
  }

  @Test
  void kappaCombinesTheAssurancesIndependently() {
    Credibility c = CredibilityAnalysis.of(TestScenarios.singapore(), OPTIONS);
    // summit.md §2 C: κ = 1 − Π(1 − σ_m) with the scenario's σ = 0.15, 0.3, 0.35.
    assertThat(c.kappa()).isCloseTo(1 - 0.85 * 0.7 * 0.65, within(1e-12));
    // ρ_j = h(1 − κ) f_j; roll-back has f = 0.5 in the scenario.
    assertThat(c.risk(3).rho()).isCloseTo(0.8 * 0.85 * 0.7 * 0.65 * 0.5, within(1e-12));
    assertThat(c.risk(1).rho()).isZero();
  }

  @Test
  void typeBeliefFromTrackRecordAndSignals() {
    TypeBelief b = CredibilityAnalysis.of(TestScenarios.singapore(), OPTIONS).belief();
    // Bundled dprk_agreements.csv rows 1–8 predate 2018-03-13: row 6 completed (kept); rows 1, 2,
    // 4, 5, 7, 8 broken by the DPRK and row 3 by both (broken). Beta(1, 1) prior: (1 + 7) / (2 +
    // 8).
    assertThat(b.broken()).isEqualTo(7);
    assertThat(b.kept()).isEqualTo(1);
    assertThat(b.prior()).isCloseTo(0.8, within(1e-15));
    // Odds 4 divided by the likelihood ratios 1.1, 1.5 and 1.0 of the three signals: 4 / 1.65.
    double odds = 4 / (1.1 * 1.5 * 1.0);
    assertThat(b.posterior()).isCloseTo(odds / (1 + odds), within(1e-12));
    assertThat(b.updates()).hasSize(3);
  }

  @Property
  void kappaOneOrHazardZeroRemovesRegimeRisk(
      @ForAll @DoubleRange(min = 0, max = 1) double h,
      @ForAll @DoubleRange(min = 0, max = 1) double kappa,
      @ForAll @DoubleRange(min = 0, max = 1) double f) {
    assertThat(CredibilityAnalysis.rho(h, 1.0, f)).isZero();
    assertThat(CredibilityAnalysis.rho(0.0, kappa, f)).isZero();
    // and the term is not identically zero otherwise
    if (h > 0 && kappa < 1 && f > 0) {
      assertThat(CredibilityAnalysis.rho(h, kappa, f)).isPositive();
    }
  }

  @Test
  void aFullyCredibleAssuranceZeroesEveryPhaseRisk() {
    Scenario s = TestScenarios.withStrengths(TestScenarios.singapore(), 0.15, 1.0, 0.35);
    Credibility c = CredibilityAnalysis.of(s, OPTIONS);
    assertThat(c.kappa()).isEqualTo(1.0);
    assertThat(c.phaseRisks()).allSatisfy(r -> assertThat(r.rho()).isZero());
    assertThat(c.reneging().perPhase()).isZero();
  }

  @Test
  void zeroHazardZeroesEveryPhaseRisk() {
    Scenario s0 = TestScenarios.singapore();
    Precedents p = s0.precedents();
    // a = 0 and a class whose cases never suffered: h = (0 + 0) / (n + 0 + b) = 0
    PrecedentClass calm =
        new PrecedentClass(
            "calm",
            "no attacks",
            p.byId("all-reversals").orElseThrow().cases().stream()
                .filter(c -> !c.externalAction())
                .toList());
    Scenario s =
        TestScenarios.withPrecedents(
            s0, new Precedents(List.of(calm), "calm", p.windowYears(), 0, 1));
    Credibility c = CredibilityAnalysis.of(s, OPTIONS);
    assertThat(c.h()).isZero();
    assertThat(c.phaseRisks()).allSatisfy(r -> assertThat(r.rho()).isZero());
  }

  @Test
  void precedentsCompletedAfterAsOfAreNeverUsed() {
    Scenario s0 = TestScenarios.singapore();
    Precedents p = s0.precedents();
    Precedent future =
        new Precedent(
            "future",
            "Futuria",
            "full dismantlement",
            s0.asOf().plusDays(1),
            true,
            s0.asOf().plusYears(1),
            "test");
    List<PrecedentClass> classes = new ArrayList<>();
    for (PrecedentClass c : p.classes()) {
      List<Precedent> cases = new ArrayList<>(c.cases());
      cases.add(future);
      classes.add(new PrecedentClass(c.id(), c.description(), cases));
    }
    Scenario s =
        TestScenarios.withPrecedents(
            s0, new Precedents(classes, p.primary(), p.windowYears(), p.priorA(), p.priorB()));
    Credibility before = CredibilityAnalysis.of(s0, OPTIONS);
    Credibility after = CredibilityAnalysis.of(s, OPTIONS);
    for (Hazard h : after.hazards()) {
      assertThat(h.excluded()).containsExactly("future");
      assertThat(h.h()).isEqualTo(before.hazard(h.classId()).orElseThrow().h());
    }
  }

  @Test
  void aftermathsAfterAsOfDoNotCount() {
    // Iran (JCPOA) completed 2016-01-16; the strikes of 2025 came after as_of 2018-03-13.
    Hazard all =
        CredibilityAnalysis.of(TestScenarios.singapore(), OPTIONS)
            .hazard("all-reversals")
            .orElseThrow();
    assertThat(all.counted()).contains("iran-jcpoa");
    assertThat(all.suffered()).doesNotContain("iran-jcpoa");
    // with as_of moved past the strikes and W = 20, Iran would count
    Precedent iran =
        TestScenarios.singapore().precedents().byId("all-reversals").orElseThrow().cases().stream()
            .filter(c -> c.id().equals("iran-jcpoa"))
            .findFirst()
            .orElseThrow();
    Hazard later =
        CredibilityAnalysis.hazard(
            new PrecedentClass("iran", "iran", List.of(iran)), 20, 1, 1, LocalDate.of(2026, 1, 1));
    assertThat(later.k()).isEqualTo(iran.externalAction() ? 1 : 0);
  }

  @Test
  void agreementsAndSignalsAfterAsOfAreNeverUsed() {
    Scenario s0 = TestScenarios.singapore();
    List<Agreement> agreements = new ArrayList<>(s0.trackRecord().agreements());
    agreements.add(
        new Agreement(
            "later",
            "Later deal",
            s0.asOf().plusDays(10),
            AgreementEnd.BROKEN_BY_COUNTERPART,
            "test"));
    List<Signal> signals = new ArrayList<>(s0.signals());
    signals.add(new Signal("later-signal", "after", s0.asOf().plusDays(1), true, true, 10));
    Scenario s =
        TestScenarios.withSignals(
            TestScenarios.withTrackRecord(
                s0,
                new TrackRecord(agreements, s0.trackRecord().priorA(), s0.trackRecord().priorB())),
            signals);
    Credibility before = CredibilityAnalysis.of(s0, OPTIONS);
    Credibility after = CredibilityAnalysis.of(s, OPTIONS);
    assertThat(after.belief().excluded()).containsExactly("later");
    assertThat(after.belief().posterior()).isEqualTo(before.belief().posterior());
    assertThat(after.reneging().perPhase()).isEqualTo(before.reneging().perPhase());
    assertThat(after.belief().updates()).hasSameSizeAs(before.belief().updates());
  }

  @Property
  void aMoreLikelySincereSignalLowersTheBeliefMore(
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double belief,
      @ForAll @DoubleRange(min = 1.0, max = 5) double weak,
      @ForAll @DoubleRange(min = 0, max = 5) double extra) {
    // a verified costly signal carries a larger likelihood ratio (scenario-format.md defaults 3.0
    // vs 1.1)
    double strong = weak + extra;
    assertThat(CredibilityAnalysis.update(belief, strong))
        .isLessThanOrEqualTo(CredibilityAnalysis.update(belief, weak));
    assertThat(CredibilityAnalysis.update(belief, weak)).isLessThanOrEqualTo(belief);
  }
}
