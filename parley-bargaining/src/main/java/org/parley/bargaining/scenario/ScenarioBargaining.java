package org.parley.bargaining.scenario;

import java.util.ArrayList;
import java.util.List;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.Dimension;
import org.parley.model.Actor;
import org.parley.model.Issue;
import org.parley.model.Scenario;

/**
 * Builds the forecasters' inputs from a scenario: one problem per issue with the actors that hold a
 * position on it (for one-issue models such as EUM and the baselines), or one problem over all
 * issues (for multi-dimensional models such as SMP) in which an actor without a position on an
 * issue sits at the status quo with salience 0, so it carries no weight there.
 */
public final class ScenarioBargaining {
  private ScenarioBargaining() {}

  /** The one-dimensional problem of {@code issue}: its actors, scale and status quo. */
  public static BargainingProblem issueProblem(Scenario scenario, Issue issue) {
    List<String> ids = new ArrayList<>();
    List<Double> caps = new ArrayList<>();
    List<double[]> pos = new ArrayList<>();
    List<double[]> sal = new ArrayList<>();
    for (Actor a : scenario.actors()) {
      Double x = issue.positions().get(a.id());
      if (x == null) {
        continue;
      }
      ids.add(a.id());
      caps.add(a.capability());
      pos.add(new double[] {x});
      sal.add(new double[] {issue.salience().get(a.id())});
    }
    return new BargainingProblem(
        ids,
        caps.stream().mapToDouble(Double::doubleValue).toArray(),
        List.of(new Dimension(issue.id(), issue.lo(), issue.hi())),
        pos.toArray(double[][]::new),
        sal.toArray(double[][]::new),
        new double[] {issue.statusQuo()});
  }

  /** The problem over every issue, with the scenario's bargaining actors. */
  public static BargainingProblem fullProblem(Scenario scenario) {
    List<Actor> actors = scenario.bargainingActors();
    List<Issue> issues = scenario.issues();
    double[][] pos = new double[actors.size()][issues.size()];
    double[][] sal = new double[actors.size()][issues.size()];
    for (int i = 0; i < actors.size(); i++) {
      for (int d = 0; d < issues.size(); d++) {
        Issue issue = issues.get(d);
        String id = actors.get(i).id();
        pos[i][d] = issue.positions().getOrDefault(id, issue.statusQuo());
        sal[i][d] = issue.salience().getOrDefault(id, 0.0);
      }
    }
    return new BargainingProblem(
        actors.stream().map(Actor::id).toList(),
        actors.stream().mapToDouble(Actor::capability).toArray(),
        issues.stream().map(i -> new Dimension(i.id(), i.lo(), i.hi())).toList(),
        pos,
        sal,
        issues.stream().mapToDouble(Issue::statusQuo).toArray());
  }

  /**
   * The problem over every issue with saliences as shares of attention, as KTAB's spatial model
   * expects (bargaining.md §2.1: at most 1 per actor over all dimensions). A scenario's saliences
   * are per issue in [0, 1]; an actor whose saliences sum to more than 1 has them divided by their
   * sum, which keeps their ratios — all the SMP distance uses.
   */
  public static BargainingProblem fullProblemAsShares(Scenario scenario) {
    BargainingProblem p = fullProblem(scenario);
    double[][] s = p.saliences();
    boolean changed = false;
    for (double[] row : s) {
      double sum = 0;
      for (double v : row) {
        sum += v;
      }
      if (sum > 1) {
        for (int d = 0; d < row.length; d++) {
          row[d] /= sum;
        }
        changed = true;
      }
    }
    return changed
        ? new BargainingProblem(
            p.actors(),
            p.capabilities(),
            p.dimensions(),
            p.positions(),
            s,
            p.statusQuo().orElse(null))
        : p;
  }
}
