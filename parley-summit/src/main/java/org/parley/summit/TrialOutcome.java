package org.parley.summit;

import static java.util.Objects.requireNonNull;

/** How one run of stages A–E ends (summit.md §2 F). Phases are numbered from 1 in ladder order. */
public sealed interface TrialOutcome
    permits TrialOutcome.NoDeal,
        TrialOutcome.StalledAt,
        TrialOutcome.CollapsedAt,
        TrialOutcome.Hollow,
        TrialOutcome.Complete {

  /**
   * A short stable label: {@code NO_DEAL}, {@code STALLED_AT(2)}, {@code COLLAPSED_AT(3,
   * FALSE_ALARM)}, …
   */
  String label();

  /** The settlement meets no phase's thresholds. */
  record NoDeal() implements TrialOutcome {
    @Override
    public String label() {
      return "NO_DEAL";
    }
  }

  /**
   * The deal went no further than phase {@code phase} (completed, nothing broke): either the
   * complier stopped because {@code ρ·V} outweighed the next phase's net benefit, or the settlement
   * agreed no further rung of the ladder. {@code phase = 0}: agreed but never started.
   */
  record StalledAt(int phase) implements TrialOutcome {
    public StalledAt {
      if (phase < 0) {
        throw new IllegalArgumentException("phase is " + phase + "; it must be >= 0");
      }
    }

    @Override
    public String label() {
      return "STALLED_AT(" + phase + ")";
    }
  }

  /** The deal broke during phase {@code phase} (from 1), {@code month} months after it began. */
  record CollapsedAt(int phase, CollapseCause cause, double month) implements TrialOutcome {
    public CollapsedAt {
      if (phase < 1) {
        throw new IllegalArgumentException("phase is " + phase + "; it must be >= 1");
      }
      requireNonNull(cause, "cause");
      if (!(month >= 0) || Double.isInfinite(month)) {
        throw new IllegalArgumentException(
            "month is " + month + "; it must be a finite number >= 0");
      }
    }

    @Override
    public String label() {
      return "COLLAPSED_AT(" + phase + ", " + cause + ")";
    }
  }

  /** Every agreed phase was completed on paper, but a violation went undetected. */
  record Hollow() implements TrialOutcome {
    @Override
    public String label() {
      return "HOLLOW";
    }
  }

  /** The whole ladder was implemented and verified, with no violation. */
  record Complete() implements TrialOutcome {
    @Override
    public String label() {
      return "COMPLETE";
    }
  }
}
