package org.parley.summit.credibility;

import static java.util.Objects.requireNonNull;

/**
 * One Bayes update of the belief that the complier is opportunistic by a pre-summit signal: with
 * likelihood ratio {@code L = P(signal | sincere) / P(signal | opportunistic)}, the odds of
 * "opportunistic" are divided by {@code L}: {@code after = before / (before + L·(1 − before))}.
 *
 * @param signalId the signal
 * @param verified whether it was verified
 * @param costly whether it was costly
 * @param likelihoodRatio {@code L}
 * @param before belief before
 * @param after belief after
 */
public record SignalUpdate(
    String signalId,
    boolean verified,
    boolean costly,
    double likelihoodRatio,
    double before,
    double after) {
  public SignalUpdate {
    requireNonNull(signalId, "signalId");
  }
}
