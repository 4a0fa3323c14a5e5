package org.parley.model;

import java.util.List;

/**
 * The complier's past agreements and the Beta prior that its record updates (summit.md §2 C).
 *
 * @param agreements the agreements concluded before {@code as_of}
 * @param priorA Beta prior weight on "opportunistic"
 * @param priorB Beta prior weight on "sincere"
 */
public record TrackRecord(List<Agreement> agreements, double priorA, double priorB) {
  public TrackRecord {
    agreements = List.copyOf(agreements);
  }

  /** Agreements the complier broke, alone or jointly. */
  public long broken() {
    return agreements.stream()
        .filter(
            a ->
                a.end() == AgreementEnd.BROKEN_BY_COMPLIER
                    || a.end() == AgreementEnd.BROKEN_BY_BOTH)
        .count();
  }

  /** Agreements the complier kept (completed, or broken by the other side only). */
  public long kept() {
    return agreements.stream()
        .filter(
            a -> a.end() == AgreementEnd.COMPLETED || a.end() == AgreementEnd.BROKEN_BY_COUNTERPART)
        .count();
  }
}
