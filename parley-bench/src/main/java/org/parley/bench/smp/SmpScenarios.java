package org.parley.bench.smp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.Dimension;
import org.parley.bargaining.ktab.KtabCsvReader;

/**
 * The actor tables the SMP benchmarks run on (bargaining.md §9): KTAB's {@code dummyData_3Dim} (7 x
 * 3) and {@code SOE-Pol-Comp} (13 x 2) as shipped with KTAB (MIT licence, (c) 2015 KAPSARC), and
 * seeded synthetic tables in KTAB's style for the sizes whose files are not available here (27 x 6,
 * 50 x 5, 160 x 1).
 */
public final class SmpScenarios {
  private SmpScenarios() {}

  /** KTAB {@code examples/smp/doc/dummyData_3Dim.csv} (MIT licence, (c) 2015 KAPSARC). */
  static final String DUMMY_3DIM =
      """
      DummyData_3Dim ,"Dummy scenario to test reading format",7,3,
      Actor,Description,Power,Pstn1,Sal1,Pstn2,Sal2,Pstn3,Sal3,
      SActor-00, Random Spatial Actor, 102.543, 75.79, 49.53,  6.37,  5.91, 70.45, 28.15,
      SActor-01, Random Spatial Actor,  53.393, 82.72, 30.33, 73.50, 21.22, 64.00, 24.79,
      SActor-02, Random Spatial Actor, 129.643, 82.45, 48.47, 90.89, 13.55,  0.07, 34.62,
      SActor-03, Random Spatial Actor,  75.920, 62.52, 20.76, 50.82, 39.24, 62.33, 22.21,
      SActor-04, Random Spatial Actor,  63.224, 82.34, 40.96, 45.77, 25.43, 73.31, 22.59,
      SActor-05, Random Spatial Actor, 120.048, 84.48, 22.92, 33.70, 39.35, 88.11, 15.42,
      SActor-06, Random Spatial Actor,  54.178, 70.96, 31.75, 33.46, 27.93, 90.36, 26.03,
      """;

  /**
   * KTAB {@code examples/smp/doc/SOE-Pol-Comp.csv} (MIT licence, (c) 2015 KAPSARC; Efird et al.
   * 2016).
   */
  static final String SOE_POL_COMP =
      """
      China Policy/Competitive; scen 2,Scenario-0002;Combined Policy and Competitive, 13, 2,
      Actor,Description,Influence,Policy Position,Policy Salience,Competitive Position,Competitive Salience,
      XJ,Xi Jinping,                            100.0,30,24.0,20,48.0,
      LK,Li Keqiang,                             60.2,45,44.7,65,41.3,
      ZG,Zhang Gaoli,                            35.0,30,28.9,15,65.1,
      MK,Ma Kai,                                 35.0,45,20.6,45,49.4,
      LH,Liu He - Deputy Director of DRC,        40.0,50,44.7,65,47.8,
      XS,Xu Shaoshi - Director of NDRC,          20.0,15,32.0,10,32.0,
      NEA,National Energy Administration,        15.0,20,32.0,15,32.0,
      MLR,Ministry of Land and Resources,        25.0,60,43.9,50,50.1,
      MEP,Ministry of Environmental Protection,  20.0,30,26.4,15,17.6,
      MOF,Ministry of Finance,                   35.0,45,35.9,40,46.6,
      SHX,Shanxi,                                20.0,50,44.7,50,47.8,
      HLJ,Heilongjiang,                          20.0,20,47.4,30,40.6,
      WY,CNOOC - Wang Yilin,                     40.0,15,49.0,60,46.0,
      """;

  /** The seed of the synthetic tables (the one KTAB's 50 x 5 figure of bargaining.md §9 used). */
  public static final long SEED = 20240601L;

  /**
   * The table for a size label {@code "NxD"}: the KTAB files for 7x3 and 13x2, otherwise {@link
   * #synthetic(int, int, long)} with {@link #SEED}.
   */
  public static BargainingProblem table(String size) {
    switch (size) {
      case "7x3":
        return KtabCsvReader.parse(DUMMY_3DIM, "dummyData_3Dim.csv").problem();
      case "13x2":
        return KtabCsvReader.parse(SOE_POL_COMP, "SOE-Pol-Comp.csv").problem();
      default:
        String[] p = size.split("x");
        return synthetic(Integer.parseInt(p[0]), Integer.parseInt(p[1]), SEED);
    }
  }

  /**
   * A random table in the style of KTAB's dummy data: capabilities in [1, 130], positions uniform
   * on [0, 100] rounded to 0.01, saliences random with per-actor sums in [0.6, 1].
   */
  public static BargainingProblem synthetic(int actors, int dims, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> ids = new ArrayList<>();
    double[] cap = new double[actors];
    double[][] pos = new double[actors][dims];
    double[][] sal = new double[actors][dims];
    for (int i = 0; i < actors; i++) {
      ids.add(String.format("SA%03d", i));
      cap[i] = Math.round(1000 * (1 + 129 * r.nextDouble())) / 1000.0;
      double total = 0.6 + 0.4 * r.nextDouble();
      double sum = 0;
      for (int d = 0; d < dims; d++) {
        pos[i][d] = Math.round(10000 * r.nextDouble()) / 100.0;
        sal[i][d] = 0.05 + r.nextDouble();
        sum += sal[i][d];
      }
      for (int d = 0; d < dims; d++) {
        sal[i][d] = Math.floor(10000 * sal[i][d] / sum * total) / 10000;
      }
    }
    List<Dimension> dd = new ArrayList<>();
    for (int d = 0; d < dims; d++) {
      dd.add(new Dimension("Dim" + (d + 1), 0, 100));
    }
    return new BargainingProblem(ids, cap, dd, pos, sal, null);
  }
}
