package org.parley.summit.credibility;

import java.util.List;

/**
 * The belief that the complier is <em>opportunistic</em> (cheats when it pays) rather than sincere
 * (summit.md §2 C): the Beta posterior mean from its track record, {@code (a + broken) / (a + b +
 * broken + kept)}, then one {@link SignalUpdate} per pre-summit signal in date order.
 *
 * @param priorA Beta prior weight on "opportunistic"
 * @param priorB Beta prior weight on "sincere"
 * @param broken agreements dated on or before {@code as_of} that the complier broke (alone or
 *     jointly)
 * @param kept agreements dated on or before {@code as_of} completed or broken by the counterpart
 *     only
 * @param counted ids of the agreements used
 * @param excluded ids of agreements left out because they are dated after {@code as_of}
 * @param prior the track-record belief
 * @param updates the signal updates, in order
 * @param posterior the belief after every signal
 */
public record TypeBelief(
    double priorA,
    double priorB,
    int broken,
    int kept,
    List<String> counted,
    List<String> excluded,
    double prior,
    List<SignalUpdate> updates,
    double posterior) {
  public TypeBelief {
    counted = List.copyOf(counted);
    excluded = List.copyOf(excluded);
    updates = List.copyOf(updates);
    if (!(posterior >= 0 && posterior <= 1) || !(prior >= 0 && prior <= 1)) {
      throw new IllegalArgumentException(
          "beliefs must be in [0, 1]: prior " + prior + ", posterior " + posterior);
    }
  }
}
