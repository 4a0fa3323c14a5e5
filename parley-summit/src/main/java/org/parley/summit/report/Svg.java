package org.parley.summit.report;

import java.util.List;
import java.util.Locale;

/**
 * Small, dependency-free SVG charts for the HTML report. Each method returns one {@code <svg>}
 * element with a title and text labels, so the chart reads without colour and without scripts.
 */
public final class Svg {
  private static final String[] PALETTE = {
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"
  };

  private Svg() {}

  /**
   * A bar with an interval.
   *
   * @param label what the bar is
   * @param value the estimate, in [0, 1]
   * @param lo the interval's low end
   * @param hi the interval's high end
   */
  public record Bar(String label, double value, double lo, double hi) {}

  /**
   * One tornado bar: the outcome at the input's low and high setting, around the base value.
   *
   * @param label the input
   * @param atLow the outcome with the input at its 10th percentile
   * @param atHigh the outcome with the input at its 90th percentile
   */
  public record TornadoBar(String label, double atLow, double atHigh) {
    double swing() {
      return Math.abs(atHigh - atLow);
    }
  }

  /**
   * A line series.
   *
   * @param label the series name
   * @param points the y values at x = 0, 1, 2, ...
   */
  public record Series(String label, List<Double> points) {}

  /** Horizontal bars of probabilities with 95 % interval whiskers. */
  public static String probabilityBars(String title, List<Bar> bars) {
    int labelW = 190;
    int plotW = 420;
    int rowH = 26;
    int top = 34;
    int h = top + rowH * bars.size() + 30;
    StringBuilder s = open(labelW + plotW + 90, h, title);
    axis01(s, labelW, top, plotW, rowH * bars.size());
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = top + i * rowH;
      double w = plotW * clamp(b.value());
      s.append(
          String.format(
              Locale.ROOT,
              "<text x='%d' y='%.1f' text-anchor='end' class='lbl'>%s</text>%n",
              labelW - 6,
              y + 17,
              esc(b.label())));
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x='%d' y='%.1f' width='%.1f' height='%d' fill='%s'><title>%s: %.3f (95%% interval %.3f–%.3f)</title></rect>%n",
              labelW,
              y + 5,
              w,
              rowH - 10,
              PALETTE[0],
              esc(b.label()),
              b.value(),
              b.lo(),
              b.hi()));
      double x1 = labelW + plotW * clamp(b.lo());
      double x2 = labelW + plotW * clamp(b.hi());
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1='%.1f' x2='%.1f' y1='%.1f' y2='%.1f' stroke='#000'/>%n",
              x1,
              x2,
              y + rowH / 2.0,
              y + rowH / 2.0));
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1='%.1f' x2='%.1f' y1='%.1f' y2='%.1f' stroke='#000'/><line x1='%.1f' x2='%.1f' y1='%.1f' y2='%.1f' stroke='#000'/>%n",
              x1,
              x1,
              y + 8,
              y + rowH - 8,
              x2,
              x2,
              y + 8,
              y + rowH - 8));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x='%d' y='%.1f' class='val'>%.1f%%</text>%n",
              labelW + plotW + 6,
              y + 17,
              100 * b.value()));
    }
    return s.append("</svg>\n").toString();
  }

  /**
   * A tornado: one bar per input from its low-setting to its high-setting outcome, widest first.
   */
  public static String tornado(String title, double base, List<TornadoBar> bars) {
    List<TornadoBar> sorted =
        bars.stream().sorted((a, b) -> Double.compare(b.swing(), a.swing())).toList();
    int labelW = 20 + 7 * sorted.stream().mapToInt(b -> b.label().length()).max().orElse(10);
    int plotW = 380;
    int rowH = 24;
    int top = 46;
    int h = top + rowH * Math.max(1, sorted.size()) + 30;
    StringBuilder s = open(labelW + plotW + 40, h, title);
    axis01(s, labelW, top, plotW, rowH * sorted.size());
    double bx = labelW + plotW * clamp(base);
    for (int i = 0; i < sorted.size(); i++) {
      TornadoBar b = sorted.get(i);
      double y = top + i * rowH;
      double xl = labelW + plotW * clamp(Math.min(b.atLow(), b.atHigh()));
      double xh = labelW + plotW * clamp(Math.max(b.atLow(), b.atHigh()));
      String colour = b.atHigh() >= b.atLow() ? PALETTE[2] : PALETTE[1];
      s.append(
          String.format(
              Locale.ROOT,
              "<text x='%d' y='%.1f' text-anchor='end' class='lbl'>%s</text>%n",
              labelW - 6,
              y + 16,
              esc(b.label())));
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x='%.1f' y='%.1f' width='%.1f' height='%d' fill='%s'><title>%s: %.3f at P10, %.3f at P90</title></rect>%n",
              xl,
              y + 4,
              Math.max(1, xh - xl),
              rowH - 8,
              colour,
              esc(b.label()),
              b.atLow(),
              b.atHigh()));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#000' stroke-dasharray='4 3'/>%n",
            bx,
            bx,
            top - 4,
            top + rowH * sorted.size() + 4));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x='%.1f' y='%d' class='val' text-anchor='middle'>base %.1f%%</text>%n",
            bx,
            top - 8,
            100 * base));
    return s.append("</svg>\n").toString();
  }

  /** Line chart of series over rounds, y on {@code [lo, hi]}. */
  public static String lines(
      String title, String yLabel, double lo, double hi, List<Series> series) {
    int left = 50;
    int plotW = 460;
    int top = 34;
    int plotH = 220;
    int legendW = 170;
    int maxN = series.stream().mapToInt(x -> x.points().size()).max().orElse(1);
    StringBuilder s = open(left + plotW + legendW, top + plotH + 45, title);
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#999'/>%n",
            left,
            top,
            plotW,
            plotH));
    for (int k = 0; k <= 4; k++) {
      double v = lo + (hi - lo) * k / 4;
      double y = top + plotH - plotH * k / 4.0;
      s.append(
          String.format(
              Locale.ROOT,
              "<text x='%d' y='%.1f' text-anchor='end' class='tick'>%s</text><line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#eee'/>%n",
              left - 4,
              y + 4,
              fmt(v),
              left,
              left + plotW,
              y,
              y));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<text x='%d' y='%d' class='tick' text-anchor='middle'>round</text>%n",
            left + plotW / 2,
            top + plotH + 34));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x='12' y='%d' class='tick' transform='rotate(-90 12 %d)' text-anchor='middle'>%s</text>%n",
            top + plotH / 2,
            top + plotH / 2,
            esc(yLabel)));
    double dx = maxN <= 1 ? 0 : (double) plotW / (maxN - 1);
    for (int r = 0; r < maxN; r++) {
      if (maxN <= 12 || r % Math.max(1, maxN / 10) == 0) {
        s.append(
            String.format(
                Locale.ROOT,
                "<text x='%.1f' y='%d' class='tick' text-anchor='middle'>%d</text>%n",
                left + dx * r,
                top + plotH + 16,
                r));
      }
    }
    for (int k = 0; k < series.size(); k++) {
      Series sr = series.get(k);
      String colour = PALETTE[k % PALETTE.length];
      StringBuilder pts = new StringBuilder();
      for (int r = 0; r < sr.points().size(); r++) {
        double y = top + plotH - plotH * (sr.points().get(r) - lo) / (hi - lo);
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + dx * r, y));
      }
      s.append(
          String.format(
              Locale.ROOT,
              "<polyline fill='none' stroke='%s' stroke-width='2' points='%s'><title>%s</title></polyline>%n",
              colour,
              pts.toString().trim(),
              esc(sr.label())));
      double ly = top + 14 + 18 * k;
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='%s' stroke-width='3'/><text x='%d' y='%.1f' class='lbl'>%s</text>%n",
              left + plotW + 12,
              left + plotW + 30,
              ly,
              ly,
              colour,
              left + plotW + 36,
              ly + 4,
              esc(sr.label())));
    }
    return s.append("</svg>\n").toString();
  }

  private static StringBuilder open(int w, int h, String title) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' viewBox='0 0 %d %d' role='img' aria-label='%s'>%n",
            w,
            h,
            w,
            h,
            esc(title)));
    s.append("<title>").append(esc(title)).append("</title>\n");
    s.append(
        "<style>.lbl{font:12px sans-serif}.val{font:11px sans-serif}.tick{font:10px sans-serif;fill:#555}.ttl{font:bold 13px sans-serif}</style>\n");
    s.append("<text x='8' y='18' class='ttl'>").append(esc(title)).append("</text>\n");
    return s;
  }

  private static void axis01(StringBuilder s, int x0, int top, int plotW, int plotH) {
    for (int k = 0; k <= 4; k++) {
      double x = x0 + plotW * k / 4.0;
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#ddd'/><text x='%.1f' y='%d' class='tick' text-anchor='middle'>%d%%</text>%n",
              x,
              x,
              top,
              top + plotH,
              x,
              top + plotH + 14,
              25 * k));
    }
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** Escapes text for XML content and attributes. */
  public static String esc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&#39;")
        .replace("\"", "&quot;");
  }
}
