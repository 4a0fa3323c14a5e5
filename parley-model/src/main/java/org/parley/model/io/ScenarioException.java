package org.parley.model.io;

import java.util.List;

/**
 * A scenario (or case-data) document that cannot be used, with every problem found in one pass. The
 * message lists them one per line, each as {@code file:line:col: path: what was expected}.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(format(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String format(List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      if (sb.length() > 0) {
        sb.append(System.lineSeparator());
      }
      sb.append(p);
    }
    int n = problems.size();
    sb.append(System.lineSeparator())
        .append(n)
        .append(n == 1 ? " problem" : " problems")
        .append(" found; nothing was written.");
    return sb.toString();
  }
}
