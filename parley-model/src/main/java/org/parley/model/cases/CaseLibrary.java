package org.parley.model.cases;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Agreement;
import org.parley.model.AgreementEnd;
import org.parley.model.Precedent;

/**
 * The precedent and agreement datasets bundled as resources ({@code precedents.csv}, {@code
 * dprk_agreements.csv}; see {@code SOURCE.md} beside them). Immutable and shared.
 */
public final class CaseLibrary {
  /** The id of the bundled agreements dataset. */
  public static final String DPRK_AGREEMENTS = "dprk-agreements";

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
  private static volatile CaseLibrary bundled;

  private final List<Precedent> precedents;
  private final List<AgreementRow> agreements;

  private CaseLibrary(List<Precedent> precedents, List<AgreementRow> agreements) {
    this.precedents = List.copyOf(precedents);
    this.agreements = List.copyOf(agreements);
  }

  /** The library read from the bundled resources (read once). */
  public static CaseLibrary bundled() {
    CaseLibrary lib = bundled;
    if (lib == null) {
      synchronized (CaseLibrary.class) {
        lib = bundled;
        if (lib == null) {
          lib = new CaseLibrary(readPrecedents(), readAgreements());
          bundled = lib;
        }
      }
    }
    return lib;
  }

  /** Every completed reversal in the dataset, whatever its date. */
  public List<Precedent> precedents() {
    return precedents;
  }

  /** The completed reversals dated on or before {@code asOf}. */
  public List<Precedent> precedentsAsOf(LocalDate asOf) {
    return precedents.stream().filter(p -> !p.completed().isAfter(asOf)).toList();
  }

  /** The precedent with this id, whatever its date. */
  public Optional<Precedent> precedent(String id) {
    return precedents.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The ids of the agreements in the dataset, whatever their date. */
  public List<String> agreementIds() {
    return agreements.stream().map(AgreementRow::id).toList();
  }

  /** The date an agreement was concluded, if the id exists. */
  public Optional<LocalDate> agreementDate(String id) {
    return agreements.stream().filter(a -> a.id().equals(id)).map(AgreementRow::date).findFirst();
  }

  /**
   * The agreements concluded on or before {@code asOf}, each with how it had ended as known on that
   * date (an end after {@code asOf} reads as still in force).
   */
  public List<Agreement> agreementsAsOf(LocalDate asOf) {
    return agreements.stream().filter(a -> !a.date().isAfter(asOf)).map(a -> a.asOf(asOf)).toList();
  }

  /** A slug of a state's name: lower case, runs of other characters as one hyphen. */
  static String slug(String state) {
    return state.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** The first date (yyyy, yyyy-mm or yyyy-mm-dd; missing parts read as 1) in free text. */
  static Optional<LocalDate> firstDate(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int y = Integer.parseInt(m.group(1));
    int mo = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int d = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    return Optional.of(LocalDate.of(y, mo, d));
  }

  private static List<Precedent> readPrecedents() {
    List<Precedent> out = new ArrayList<>();
    for (Map<String, String> row : rows("precedents.csv")) {
      Optional<LocalDate> completed = firstDate(row.get("completion_date"));
      if (completed.isEmpty()) {
        continue; // not a completed reversal (North Korea's freezes)
      }
      String state = row.get("state");
      boolean external =
          row.getOrDefault("external_military_action_or_territorial_loss_after", "")
              .trim()
              .toLowerCase(Locale.ROOT)
              .startsWith("yes");
      out.add(
          new Precedent(
              slug(state),
              state,
              row.get("reversal_type"),
              completed.get(),
              external,
              firstDate(row.get("aftermath_key_date")).orElse(null),
              row.get("source")));
    }
    return out;
  }

  private static List<AgreementRow> readAgreements() {
    List<AgreementRow> out = new ArrayList<>();
    for (Map<String, String> row : rows("dprk_agreements.csv")) {
      out.add(
          new AgreementRow(
              row.get("id"),
              row.get("name"),
              firstDate(row.get("date"))
                  .orElseThrow(() -> new IllegalStateException("agreement without a date: " + row)),
              firstDate(row.get("end_date")).orElse(null),
              endOf(row.get("end_trigger_side")),
              row.get("source")));
    }
    return out;
  }

  private static AgreementEnd endOf(String trigger) {
    String t = trigger == null ? "" : trigger.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("dprk")) {
      return AgreementEnd.BROKEN_BY_COMPLIER;
    }
    if (t.startsWith("both")) {
      return AgreementEnd.BROKEN_BY_BOTH;
    }
    if (t.startsWith("n/a") || t.contains("completed")) {
      return AgreementEnd.COMPLETED;
    }
    if (t.isEmpty()) {
      return AgreementEnd.ONGOING;
    }
    return AgreementEnd.BROKEN_BY_COUNTERPART;
  }

  private static List<Map<String, String>> rows(String resource) {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (InputStream in = CaseLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + resource);
      }
      try (MappingIterator<Map<String, String>> it =
          mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
        return it.readAll();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + resource, e);
    }
  }

  /** One row of the agreements dataset. */
  private record AgreementRow(
      String id, String name, LocalDate date, LocalDate endDate, AgreementEnd end, String source) {
    Agreement asOf(LocalDate asOf) {
      AgreementEnd known = endDate == null || endDate.isAfter(asOf) ? AgreementEnd.ONGOING : end;
      return new Agreement(id, name, date, known, source);
    }
  }
}
