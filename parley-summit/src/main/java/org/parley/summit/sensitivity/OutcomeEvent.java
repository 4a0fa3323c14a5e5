package org.parley.summit.sensitivity;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.summit.CollapseCause;
import org.parley.summit.Trial;
import org.parley.summit.TrialOutcome;

/**
 * An event about a trial whose probability sensitivity analysis explains: an outcome class ({@code
 * COMPLETE}, {@code STALLED_AT(2)}, {@code COLLAPSED_AT(3, FALSE_ALARM)}), a kind summed over
 * phases and causes ({@code STALLED}, {@code COLLAPSED}, {@code COLLAPSED_AT(2)}), or {@code
 * REACHED(j)}: the deal entered phase {@code j} or a deeper one.
 */
public final class OutcomeEvent implements Predicate<Trial> {
  private static final Pattern WITH_ARGS =
      Pattern.compile("([A-Z_]+)\\((\\d+)(?:,\\s*([A-Z_]+))?\\)");
  private static final String EXPECTED =
      "expected NO_DEAL, STALLED, STALLED_AT(j), COLLAPSED, COLLAPSED_AT(j),"
          + " COLLAPSED_AT(j, VIOLATION_DETECTED|GUARANTOR_RENEGED|FALSE_ALARM), HOLLOW, COMPLETE or REACHED(j)";

  private final String label;
  private final Predicate<Trial> test;

  private OutcomeEvent(String label, Predicate<Trial> test) {
    this.label = label;
    this.test = test;
  }

  /** The deal completed and was verified. */
  public static final OutcomeEvent COMPLETE =
      new OutcomeEvent("COMPLETE", t -> t.outcome() instanceof TrialOutcome.Complete);

  /**
   * Reads an event from its label (case-insensitive).
   *
   * @throws IllegalArgumentException naming the label and what was expected
   */
  public static OutcomeEvent parse(String text) {
    requireNonNull(text, "text");
    String s = text.strip().toUpperCase(Locale.ROOT);
    switch (s) {
      case "NO_DEAL":
        return new OutcomeEvent(s, t -> t.outcome() instanceof TrialOutcome.NoDeal);
      case "STALLED":
        return new OutcomeEvent(s, t -> t.outcome() instanceof TrialOutcome.StalledAt);
      case "COLLAPSED":
        return new OutcomeEvent(s, t -> t.outcome() instanceof TrialOutcome.CollapsedAt);
      case "HOLLOW":
        return new OutcomeEvent(s, t -> t.outcome() instanceof TrialOutcome.Hollow);
      case "COMPLETE":
        return COMPLETE;
      default:
        break;
    }
    Matcher m = WITH_ARGS.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("unknown outcome '" + text + "'; " + EXPECTED);
    }
    int j = Integer.parseInt(m.group(2));
    String cause = m.group(3);
    switch (m.group(1)) {
      case "STALLED_AT":
        if (cause == null) {
          return new OutcomeEvent(
              "STALLED_AT(" + j + ")",
              t -> t.outcome() instanceof TrialOutcome.StalledAt a && a.phase() == j);
        }
        break;
      case "REACHED":
        if (cause == null) {
          return new OutcomeEvent("REACHED(" + j + ")", t -> t.deepestPhase() >= j);
        }
        break;
      case "COLLAPSED_AT":
        if (cause == null) {
          return new OutcomeEvent(
              "COLLAPSED_AT(" + j + ")",
              t -> t.outcome() instanceof TrialOutcome.CollapsedAt c && c.phase() == j);
        }
        CollapseCause c0;
        try {
          c0 = CollapseCause.valueOf(cause);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unknown collapse cause '" + cause + "' in '" + text + "'; " + EXPECTED);
        }
        return new OutcomeEvent(
            "COLLAPSED_AT(" + j + ", " + c0 + ")",
            t ->
                t.outcome() instanceof TrialOutcome.CollapsedAt c
                    && c.phase() == j
                    && c.cause() == c0);
      default:
        break;
    }
    throw new IllegalArgumentException("unknown outcome '" + text + "'; " + EXPECTED);
  }

  /** The event's label, as parsed. */
  public String label() {
    return label;
  }

  @Override
  public boolean test(Trial t) {
    return test.test(t);
  }

  @Override
  public String toString() {
    return label;
  }
}
