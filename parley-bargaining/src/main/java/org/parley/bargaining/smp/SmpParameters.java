package org.parley.bargaining.smp;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every option of KTAB's spatial model of politics ({@code SMPModel}, bargaining.md §2.11), with
 * KTAB's names and defaults, plus a seed for stochastic transitions, the turn limit and the point
 * forecast to report.
 *
 * <pre>{@code
 * SmpParameters p = SmpParameters.defaults().withPceModel(PceModel.MARKOV_UNIFORM).withSeed(42);
 * }</pre>
 *
 * @param victoryProbModel KTAB {@code VictoryProbModel} ({@code vpm}); default Linear
 * @param pceModel KTAB {@code PCEModel} ({@code pcem}); default Conditional
 * @param stateTransitions KTAB {@code StateTransitions} ({@code stm}); default Deterministic
 * @param votingRule KTAB {@code VotingRule} ({@code vrCltn}); default Prop
 * @param bigRAdjust KTAB {@code BigRAdjust}; default OneThird
 * @param bigRRange KTAB {@code BigRRange}; default Mid
 * @param thirdPartyCommit KTAB {@code ThirdPartyCommit}; default SemiCommit
 * @param interVecBrgn KTAB {@code InterVecBrgn}; default S2P2
 * @param bargnModel KTAB {@code BargnModel}; default InitOnlyInterp
 * @param seed the seed of the generator that draws stochastic transitions (KTAB's default seed
 *     {@code 0xD67CC16FE69C185C}); it does not matter in deterministic mode
 * @param maxTurns the turn limit, KTAB's 100 by default, at least 2
 * @param pointForecast which point of the final distribution {@code forecast} reports
 * @param ktabCompat reproduce KTAB's slips in the receiver's interpolation for {@link
 *     BargnModel#INIT_RCVR_INTERP} and {@link BargnModel#PW_COMP_INTERP} (KTAB passes the
 *     receiver's estimate of the initiator's <em>gain</em> where its probability of winning is
 *     meant, and weighs the compromise by {@code c_i S_j} instead of {@code c_j S_j}); off by
 *     default. The default model is unaffected.
 */
public record SmpParameters(
    VictoryProbModel victoryProbModel,
    PceModel pceModel,
    StateTransitions stateTransitions,
    VotingRule votingRule,
    BigRAdjust bigRAdjust,
    BigRRange bigRRange,
    ThirdPartyCommit thirdPartyCommit,
    InterVecBrgn interVecBrgn,
    BargnModel bargnModel,
    long seed,
    int maxTurns,
    PointForecast pointForecast,
    boolean ktabCompat) {

  /** KTAB's default seed, {@code 0xD67CC16FE69C185C} (bargaining.md §2.10). */
  public static final long KTAB_DEFAULT_SEED = 0xD67CC16FE69C185CL;

  /** KTAB's turn limit (bargaining.md §2.9). */
  public static final int KTAB_MAX_TURNS = 100;

  public SmpParameters {
    requireNonNull(victoryProbModel, "victoryProbModel");
    requireNonNull(pceModel, "pceModel");
    requireNonNull(stateTransitions, "stateTransitions");
    requireNonNull(votingRule, "votingRule");
    requireNonNull(bigRAdjust, "bigRAdjust");
    requireNonNull(bigRRange, "bigRRange");
    requireNonNull(thirdPartyCommit, "thirdPartyCommit");
    requireNonNull(interVecBrgn, "interVecBrgn");
    requireNonNull(bargnModel, "bargnModel");
    requireNonNull(pointForecast, "pointForecast");
    if (maxTurns < 2) {
      throw new IllegalArgumentException("maxTurns is " + maxTurns + "; it must be at least 2");
    }
  }

  /** KTAB's defaults (the parameter block of both reference logs). */
  public static SmpParameters defaults() {
    return new SmpParameters(
        VictoryProbModel.LINEAR,
        PceModel.CONDITIONAL,
        StateTransitions.DETERMINISTIC,
        VotingRule.PROP,
        BigRAdjust.ONE_THIRD,
        BigRRange.MID,
        ThirdPartyCommit.SEMI_COMMIT,
        InterVecBrgn.S2P2,
        BargnModel.INIT_ONLY_INTERP,
        KTAB_DEFAULT_SEED,
        KTAB_MAX_TURNS,
        PointForecast.PROBABILITY_WEIGHTED,
        false);
  }

  public SmpParameters withVictoryProbModel(VictoryProbModel v) {
    return new SmpParameters(
        v,
        pceModel,
        stateTransitions,
        votingRule,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        seed,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withPceModel(PceModel v) {
    return new SmpParameters(
        victoryProbModel,
        v,
        stateTransitions,
        votingRule,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        seed,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withStateTransitions(StateTransitions v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        v,
        votingRule,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        seed,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withVotingRule(VotingRule v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        v,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        seed,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withBigRAdjust(BigRAdjust v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        votingRule,
        v,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        seed,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withBigRRange(BigRRange v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        votingRule,
        bigRAdjust,
        v,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        seed,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withThirdPartyCommit(ThirdPartyCommit v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        votingRule,
        bigRAdjust,
        bigRRange,
        v,
        interVecBrgn,
        bargnModel,
        seed,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withInterVecBrgn(InterVecBrgn v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        votingRule,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        v,
        bargnModel,
        seed,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withBargnModel(BargnModel v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        votingRule,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        v,
        seed,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withSeed(long v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        votingRule,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        v,
        maxTurns,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withMaxTurns(int v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        votingRule,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        seed,
        v,
        pointForecast,
        ktabCompat);
  }

  public SmpParameters withPointForecast(PointForecast v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        votingRule,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        seed,
        maxTurns,
        v,
        ktabCompat);
  }

  public SmpParameters withKtabCompat(boolean v) {
    return new SmpParameters(
        victoryProbModel,
        pceModel,
        stateTransitions,
        votingRule,
        bigRAdjust,
        bigRRange,
        thirdPartyCommit,
        interVecBrgn,
        bargnModel,
        seed,
        maxTurns,
        pointForecast,
        v);
  }

  /** The parameters under KTAB's names, in KTAB's log order, then the extras (for reports). */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("VictoryProbModel", victoryProbModel.ktabName());
    m.put("VotingRule", votingRule.ktabName());
    m.put("PCEModel", pceModel.ktabName());
    m.put("StateTransitions", stateTransitions.ktabName());
    m.put("BigRRange", bigRRange.ktabName());
    m.put("BigRAdjust", bigRAdjust.ktabName());
    m.put("ThirdPartyCommit", thirdPartyCommit.ktabName());
    m.put("InterVecBrgn", interVecBrgn.ktabName());
    m.put("BargnModel", bargnModel.ktabName());
    m.put("seed", Long.toUnsignedString(seed));
    m.put("maxTurns", Integer.toString(maxTurns));
    m.put("pointForecast", pointForecast.ktabName());
    m.put("ktabCompat", Boolean.toString(ktabCompat));
    return m;
  }
}
