package org.parley.summit.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.parley.summit.CollapseCause;
import org.parley.summit.TrialOutcome;

/**
 * An outcome class of summit.md §2 F, the unit Monte Carlo counts: {@code NO_DEAL}, {@code
 * STALLED_AT(j)}, {@code COLLAPSED_AT(j, cause)}, {@code HOLLOW}, {@code COMPLETE}. Unlike a {@link
 * TrialOutcome} it forgets the month of a collapse. Ordered as listed, then by phase, then cause.
 *
 * @param kind the kind
 * @param phase the phase for {@code STALLED_AT} and {@code COLLAPSED_AT}, else 0
 * @param cause the cause for {@code COLLAPSED_AT}, else {@code null}
 */
public record OutcomeClass(Kind kind, int phase, CollapseCause cause)
    implements Comparable<OutcomeClass> {
  /** The five kinds of outcome, in report order. */
  public enum Kind {
    NO_DEAL,
    STALLED_AT,
    COLLAPSED_AT,
    HOLLOW,
    COMPLETE
  }

  private static final Comparator<OutcomeClass> ORDER =
      Comparator.comparing(OutcomeClass::kind)
          .thenComparingInt(OutcomeClass::phase)
          .thenComparing(c -> c.cause() == null ? -1 : c.cause().ordinal());

  public OutcomeClass {
    requireNonNull(kind, "kind");
    if ((kind == Kind.COLLAPSED_AT) != (cause != null)) {
      throw new IllegalArgumentException(
          "a cause is given exactly for COLLAPSED_AT, got " + kind + " with cause " + cause);
    }
    if (kind == Kind.COLLAPSED_AT ? phase < 1 : kind == Kind.STALLED_AT ? phase < 0 : phase != 0) {
      throw new IllegalArgumentException("phase " + phase + " is not valid for " + kind);
    }
  }

  /** The class of a trial's outcome. */
  public static OutcomeClass of(TrialOutcome o) {
    if (o instanceof TrialOutcome.NoDeal) {
      return new OutcomeClass(Kind.NO_DEAL, 0, null);
    } else if (o instanceof TrialOutcome.StalledAt s) {
      return new OutcomeClass(Kind.STALLED_AT, s.phase(), null);
    } else if (o instanceof TrialOutcome.CollapsedAt c) {
      return new OutcomeClass(Kind.COLLAPSED_AT, c.phase(), c.cause());
    } else if (o instanceof TrialOutcome.Hollow) {
      return new OutcomeClass(Kind.HOLLOW, 0, null);
    }
    requireNonNull(o, "o");
    return new OutcomeClass(Kind.COMPLETE, 0, null);
  }

  /**
   * {@code NO_DEAL}, {@code STALLED_AT(2)}, {@code COLLAPSED_AT(3, FALSE_ALARM)}, … (as {@link
   * TrialOutcome#label()}).
   */
  public String label() {
    return switch (kind) {
      case STALLED_AT -> "STALLED_AT(" + phase + ")";
      case COLLAPSED_AT -> "COLLAPSED_AT(" + phase + ", " + cause + ")";
      default -> kind.name();
    };
  }

  @Override
  public int compareTo(OutcomeClass o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return label();
  }
}
