package org.parley.summit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SvgTest {
  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  @Test
  void probabilityBarsAreWellFormedWithOneBarAndWhiskerPerOutcome() throws Exception {
    String svg =
        Svg.probabilityBars(
            "Outcomes <&>",
            List.of(
                new Svg.Bar("NO_DEAL", 0.2, 0.15, 0.25), new Svg.Bar("COMPLETE", 0.8, 0.75, 0.85)));
    Document d = parse(svg);
    assertThat(d.getElementsByTagName("rect").getLength()).isEqualTo(2);
    assertThat(svg).contains("Outcomes &lt;&amp;&gt;").contains("80.0%");
  }

  @Test
  void tornadoPutsTheWidestSwingFirst() throws Exception {
    String svg =
        Svg.tornado(
            "Drivers",
            0.5,
            List.of(new Svg.TornadoBar("small", 0.45, 0.55), new Svg.TornadoBar("big", 0.1, 0.9)));
    parse(svg);
    assertThat(svg.indexOf(">big<")).isLessThan(svg.indexOf(">small<"));
  }

  @Test
  void linesDrawOnePolylinePerSeries() throws Exception {
    String svg =
        Svg.lines(
            "Trajectories",
            "position",
            0,
            100,
            List.of(
                new Svg.Series("a", List.of(1.0, 2.0, 3.0)), new Svg.Series("b", List.of(50.0))));
    assertThat(parse(svg).getElementsByTagName("polyline").getLength()).isEqualTo(2);
  }
}
