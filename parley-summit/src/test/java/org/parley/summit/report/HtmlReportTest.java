package org.parley.summit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.io.BuiltInScenarios;
import org.parley.summit.simulation.CancellationToken;
import org.parley.summit.simulation.ProgressListener;

/** The HTML report parses, holds its three charts, and needs nothing from the network. */
class HtmlReportTest {
  private static String html;

  @BeforeAll
  static void render() {
    var s = BuiltInScenarios.load("singapore-2018").orElseThrow();
    var r =
        ReportBuilder.build(
                s,
                new AnalysisRequest("eum", List.of("compromise"), 500, 3, 2, "COLLAPSED", 50, 0),
                ProgressListener.NONE,
                new CancellationToken())
            .orElseThrow();
    html = HtmlReport.render(r);
  }

  @Test
  void parsesWithoutErrorsAndHasTheThreeCharts() {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document d = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).isEmpty();
    assertThat(d.title()).contains("The 2018 US–North Korea summit");
    assertThat(d.select("svg")).hasSize(3);
    assertThat(d.select("svg polyline")).hasSize(5); // one trajectory per issue
    assertThat(d.select("h2"))
        .extracting(Element::text)
        .containsExactly(
            "1. What can the meeting achieve?",
            "2. Will the deal hold?",
            "3. What would change that?");
  }

  @Test
  void isSelfContained() {
    Document d = Jsoup.parse(html);
    assertThat(d.select("script")).isEmpty();
    assertThat(d.select("link, img, iframe")).isEmpty();
    assertThat(d.select("[src], [href]")).as("no external resources").isEmpty();
    assertThat(html).doesNotContain("url(", "@import");
  }

  @Test
  void svgChartsAreWellFormedXml() {
    Document d = Jsoup.parse(html);
    for (Element svg : d.select("svg")) {
      Document x = Jsoup.parse(svg.outerHtml(), "", Parser.xmlParser().setTrackErrors(10));
      assertThat(x.select("svg")).hasSize(1);
    }
  }
}
