package org.parley.summit.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.summit.CollapseCause;
import org.parley.summit.Trial;
import org.parley.summit.TrialOutcome;

class OutcomeEventTest {
  private static final Trial COLLAPSE =
      new Trial(
          new TrialOutcome.CollapsedAt(2, CollapseCause.FALSE_ALARM, 3), 2, 1, 9, false, true);
  private static final Trial STALL =
      new Trial(new TrialOutcome.StalledAt(3), 3, 3, 54, false, true);

  @Test
  void parsesEveryKindOfEvent() {
    assertThat(OutcomeEvent.parse("collapsed").test(COLLAPSE)).isTrue();
    assertThat(OutcomeEvent.parse("COLLAPSED_AT(2)").test(COLLAPSE)).isTrue();
    assertThat(OutcomeEvent.parse("COLLAPSED_AT(2, FALSE_ALARM)").test(COLLAPSE)).isTrue();
    assertThat(OutcomeEvent.parse("COLLAPSED_AT(2,VIOLATION_DETECTED)").test(COLLAPSE)).isFalse();
    assertThat(OutcomeEvent.parse("COLLAPSED_AT(1)").test(COLLAPSE)).isFalse();
    assertThat(OutcomeEvent.parse("STALLED_AT(3)").test(STALL)).isTrue();
    assertThat(OutcomeEvent.parse("STALLED").test(COLLAPSE)).isFalse();
    assertThat(OutcomeEvent.parse("REACHED(3)").test(STALL)).isTrue();
    assertThat(OutcomeEvent.parse("REACHED(3)").test(COLLAPSE)).isFalse();
    assertThat(OutcomeEvent.parse("complete").label()).isEqualTo("COMPLETE");
    assertThat(
            OutcomeEvent.parse("NO_DEAL")
                .test(new Trial(new TrialOutcome.NoDeal(), 0, 0, 0, false, false)))
        .isTrue();
    assertThat(OutcomeEvent.parse("HOLLOW").test(STALL)).isFalse();
  }

  @Test
  void unknownEventsNameWhatWasExpected() {
    assertThatThrownBy(() -> OutcomeEvent.parse("DONE"))
        .hasMessageContaining("'DONE'")
        .hasMessageContaining("REACHED(j)");
    assertThatThrownBy(() -> OutcomeEvent.parse("COLLAPSED_AT(2, TYPO)"))
        .hasMessageContaining("TYPO");
    assertThatThrownBy(() -> OutcomeEvent.parse("REACHED(2, FALSE_ALARM)"))
        .hasMessageContaining("unknown outcome");
  }
}
