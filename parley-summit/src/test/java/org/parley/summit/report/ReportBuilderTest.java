package org.parley.summit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.io.BuiltInScenarios;
import org.parley.summit.simulation.CancellationToken;
import org.parley.summit.simulation.Completion;

class ReportBuilderTest {
  private final org.parley.model.Scenario singapore =
      BuiltInScenarios.load("singapore-2018").orElseThrow();

  @Test
  void theSameSeedGivesTheSameJsonOnOneAndTwoThreads() {
    var one = new AnalysisRequest("eum", List.of("compromise"), 1_000, 11, 1, "COLLAPSED", 40, 0);
    var two = new AnalysisRequest("eum", List.of("compromise"), 1_000, 11, 2, "COLLAPSED", 40, 0);
    String a =
        JsonReport.write(
            ReportBuilder.build(singapore, one, (d, t) -> {}, new CancellationToken())
                .orElseThrow());
    String b =
        JsonReport.write(
            ReportBuilder.build(singapore, two, (d, t) -> {}, new CancellationToken())
                .orElseThrow());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aCancelledRunReturnsNothingPartial() {
    CancellationToken cancel = new CancellationToken();
    cancel.cancel();
    var r =
        ReportBuilder.build(
            singapore,
            new AnalysisRequest("eum", List.of(), 5_000, 1, 2, "COLLAPSED", 0, 0),
            (d, t) -> {},
            cancel);
    assertThat(r).isInstanceOf(Completion.Cancelled.class);
  }

  @Test
  void progressNeverDecreasesAndEndsAtTheTotal() {
    var req = new AnalysisRequest("eum", List.of(), 500, 1, 2, "COLLAPSED", 20, 0);
    List<Long> seen = new ArrayList<>();
    long total = ReportBuilder.units(singapore, req);
    ReportBuilder.build(
            singapore,
            req,
            (d, t) -> {
              synchronized (seen) {
                seen.add(d);
                assertThat(t).isEqualTo(total);
              }
            },
            new CancellationToken())
        .orElseThrow();
    assertThat(seen).isSorted();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(total);
  }

  @Test
  void outcomeProbabilitiesSumToOne() {
    var r =
        ReportBuilder.build(
                singapore,
                new AnalysisRequest("eum", List.of(), 800, 5, 2, "COLLAPSED", 0, 0),
                (d, t) -> {},
                new CancellationToken())
            .orElseThrow();
    double sum = r.monteCarlo().kinds().stream().mapToDouble(p -> p.estimate()).sum();
    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.tornado()).isEmpty();
  }
}
