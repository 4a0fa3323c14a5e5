package org.parley.bargaining;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the test fixtures in {@code src/test/resources/org/parley/bargaining} (see SOURCE.md
 * there).
 */
public final class TestData {
  private TestData() {}

  /**
   * The EC emission-standards example (BDM 1994 p. 78; Scholz et al. 2011 Table 1), saliences on
   * 0-1.
   */
  public record Emission(List<String> actors, double[] c, double[] x, double[] s) {
    public BargainingProblem problem() {
      double[][] pos = new double[x.length][];
      double[][] sal = new double[x.length][];
      for (int i = 0; i < x.length; i++) {
        pos[i] = new double[] {x[i]};
        sal[i] = new double[] {s[i]};
      }
      return new BargainingProblem(
          actors, c, List.of(new Dimension("emission", 0, 20)), pos, sal, null);
    }
  }

  public static Emission emission() {
    List<String> names = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                TestData.class.getResourceAsStream("bdm1994_emission_standards.csv"),
                StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",");
        names.add(f[0]);
        rows.add(
            new double[] {
              Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]) / 100
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = rows.size();
    double[] c = new double[n];
    double[] x = new double[n];
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = rows.get(i)[0];
      x[i] = rows.get(i)[1];
      s[i] = rows.get(i)[2];
    }
    return new Emission(names, c, x, s);
  }
}
