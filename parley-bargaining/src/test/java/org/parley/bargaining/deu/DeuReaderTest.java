package org.parley.bargaining.deu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Located errors of the DEU reader, on small hand-written files. */
class DeuReaderTest {
  private static final String HEADER =
      "\"prnr\"\t\"prname\"\t\"isnr\"\t\"intro\"\t\"pcom\"\t\"pde\"\t\"pfr\"\t\"scom\"\t\"sde\"\t\"sfr\"\t\"rp\"\t\"out\"";

  private static DeuDataset read(String text) throws IOException {
    return DeuReader.read(new StringReader(text), "t.tsv");
  }

  @Test
  void readsAMinimalFile() throws IOException {
    DeuDataset d =
        read(
            HEADER
                + "\n\t\t\t\t\"4.1\"\t\"4.1\"\t\"2.8\"\t\t\t\t\t\n"
                + "\"d1\"\t\"x\"\t\"d1i1\"\t\"26-01-00\"\t100\t0\t\t50\t80\t20\t\t40\n");
    assertThat(d.actors()).containsExactly("com", "de", "fr");
    assertThat(d.gdp()).containsEntry("fr", 2.8);
    DeuIssue i = d.issues().get(0);
    assertThat(i.actors()).containsExactly("com", "de");
    assertThat(i.saliences()).containsExactly(0.5, 0.8);
    assertThat(i.introYear()).hasValue(2000);
    assertThat(i.referencePoint()).isEmpty();
    assertThat(i.outcome()).hasValue(40.0);
    assertThat(i.line()).isEqualTo(3);
    assertThat(i.scorable()).isFalse();
  }

  @Test
  void positionOutOfRangeIsLocated() {
    assertThatThrownBy(
            () -> read(HEADER + "\n\"d1\"\t\"x\"\t\"d1i1\"\t\"\"\t100\t120\t0\t50\t80\t20\t\t40\n"))
        .isInstanceOf(DeuFormatException.class)
        .hasMessage("t.tsv:2:24: column 'pde' holds 120; expected a value in [0, 100]")
        .satisfies(e -> assertThat(((DeuFormatException) e).line()).isEqualTo(2));
  }

  @Test
  void nonNumberIsLocated() {
    assertThatThrownBy(
            () -> read(HEADER + "\n\"d1\"\t\"x\"\t\"d1i1\"\t\"\"\t100\t0\t0\t50\t80\t20\t\tabc\n"))
        .isInstanceOf(DeuFormatException.class)
        .hasMessageStartingWith("t.tsv:2:")
        .hasMessageContaining("column 'out' holds 'abc'; expected a number or a blank");
  }

  @Test
  void missingColumnAndEmptyFileAreReported() {
    assertThatThrownBy(() -> read("\"prnr\"\t\"isnr\"\n"))
        .isInstanceOf(DeuFormatException.class)
        .hasMessageContaining("t.tsv:1:1: missing column 'prname'");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(DeuFormatException.class)
        .hasMessage("t.tsv:1:1: the file is empty; expected a tab-separated header line");
    assertThatThrownBy(
            () -> read(HEADER + "\n\"d1\"\t\"x\"\t\"d1i1\"\t\"\"\t1\t1\t1\t1\t1\t1\t1\t1\t1\n"))
        .isInstanceOf(DeuFormatException.class)
        .hasMessageContaining("t.tsv:2:")
        .hasMessageContaining("13 fields; the header has 12");
  }

  @Test
  void salienceOutOfRangeIsLocated() {
    assertThatThrownBy(
            () -> read(HEADER + "\n\"d1\"\t\"x\"\t\"d1i1\"\t\"\"\t100\t0\t0\t50\t-5\t20\t\t40\n"))
        .isInstanceOf(DeuFormatException.class)
        .hasMessageContaining("column 'sde' holds -5; expected a value in [0, 100]");
  }
}
