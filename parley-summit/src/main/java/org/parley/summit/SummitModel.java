package org.parley.summit;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.parley.bargaining.Forecaster;
import org.parley.bargaining.scenario.LadderReading;
import org.parley.bargaining.scenario.ScenarioBargaining;
import org.parley.model.Actor;
import org.parley.model.Issue;
import org.parley.model.Scenario;
import org.parley.summit.compliance.ComplianceGame;
import org.parley.summit.compliance.ComplianceSpec;
import org.parley.summit.compliance.PhaseEquilibrium;
import org.parley.summit.credibility.CredibilityAnalysis;
import org.parley.summit.dynamics.Dynamics;

/**
 * One run of stages A–E on one (sampled) scenario, for the Monte Carlo of stage F. Stages A–D are
 * deterministic given the scenario; stage E draws only from the {@link RandomGenerator} handed in,
 * so a trial is a pure function of the scenario, the options and the generator's state.
 *
 * <p>Thread-safe. An instance keeps bounded memo tables (each issue's settlement by the actors and
 * that issue, as stage A forecasts issue by issue; each phase game's equilibrium by its full
 * specification; the stage-E machinery by scenario) so that samples that leave those inputs
 * unchanged do not recompute them; the tables never change a result.
 */
public final class SummitModel {
  private static final int MEMO_LIMIT = 4096;
  private static final int SCENARIO_MEMO_LIMIT = 512;

  private final SummitOptions options;
  private final Map<IssueKey, Double> settlementByIssue = new ConcurrentHashMap<>();
  private final Map<Scenario, Dynamics> dynamicsByScenario = new ConcurrentHashMap<>();
  private final Map<ComplianceSpec, PhaseEquilibrium> equilibriumBySpec = new ConcurrentHashMap<>();

  /** Per thread, the last scenario instance seen and its machinery (skips the deep hash). */
  private final ThreadLocal<Dynamics> last = new ThreadLocal<>();

  private record IssueKey(List<Actor> actors, Issue issue) {}

  private SummitModel(SummitOptions options) {
    this.options = requireNonNull(options, "options");
    SummitAnalysis.forecaster(options.forecaster()); // fail fast on an unknown name
  }

  /** A model with the given options. */
  public static SummitModel of(SummitOptions options) {
    return new SummitModel(options);
  }

  public SummitOptions options() {
    return options;
  }

  /** One run of A–E on {@code sampledScenario}, with stage E's draws taken from {@code rng}. */
  public Trial trial(Scenario sampledScenario, RandomGenerator rng) {
    requireNonNull(sampledScenario, "sampledScenario");
    requireNonNull(rng, "rng");
    return dynamics(sampledScenario).sample(rng);
  }

  /** The stage-E machinery of a scenario (memoised). */
  public Dynamics dynamics(Scenario scenario) {
    Dynamics recent = last.get();
    if (recent != null && recent.scenario() == scenario) {
      return recent;
    }
    Dynamics d = dynamicsByScenario.get(scenario);
    if (d == null) {
      int agreed = agreed(scenario);
      d =
          new Dynamics(
              scenario, agreed, CredibilityAnalysis.of(scenario, options), options, this::solve);
      if (dynamicsByScenario.size() >= SCENARIO_MEMO_LIMIT) {
        dynamicsByScenario.clear();
      }
      Dynamics prev = dynamicsByScenario.putIfAbsent(scenario, d);
      if (prev != null) {
        d = prev;
      }
    }
    last.set(d);
    return d;
  }

  /**
   * A phase game's equilibrium, memoised by its full specification (phase games often repeat across
   * samples).
   */
  private PhaseEquilibrium solve(ComplianceSpec spec) {
    PhaseEquilibrium eq = equilibriumBySpec.get(spec);
    if (eq == null) {
      eq = ComplianceGame.solve(spec);
      if (equilibriumBySpec.size() >= MEMO_LIMIT) {
        equilibriumBySpec.clear();
      }
      equilibriumBySpec.put(spec, eq);
    }
    return eq;
  }

  private int agreed(Scenario scenario) {
    Map<String, Double> settlement = new LinkedHashMap<>();
    Forecaster forecaster = null;
    for (Issue issue : scenario.issues()) {
      IssueKey key = new IssueKey(scenario.actors(), issue);
      Double y = settlementByIssue.get(key);
      if (y == null) {
        if (forecaster == null) {
          forecaster = SummitAnalysis.forecaster(options.forecaster());
        }
        y = forecaster.forecast(ScenarioBargaining.issueProblem(scenario, issue)).settlement(0);
        if (settlementByIssue.size() >= MEMO_LIMIT) {
          settlementByIssue.clear();
        }
        settlementByIssue.put(key, y);
      }
      settlement.put(issue.id(), y);
    }
    return LadderReading.of(scenario, settlement).agreed().size();
  }

  /** One run of A–E without memo tables kept between calls. */
  public static Trial trial(Scenario sampledScenario, SummitOptions options, RandomGenerator rng) {
    return of(options).trial(sampledScenario, rng);
  }
}
