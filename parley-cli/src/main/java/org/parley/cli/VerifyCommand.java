package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.games.Rational;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code parley verify}: inspection games, sampling plans and safeguards arithmetic, one subcommand
 * per model (docs/models/verification.md). Every subcommand prints text, or JSON with {@code
 * --json}; exact results print as a fraction and a decimal.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Inspection games, sampling plans and safeguards arithmetic.",
    subcommands = {
      VerifyDresherCommand.class,
      VerifyInspectionCommand.class,
      VerifyAccountancyCommand.class,
      VerifySampleCommand.class,
      VerifyAllocateCommand.class,
      VerifySqCommand.class,
    })
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Missing a subcommand: dresher, inspection, accountancy, sample, allocate or sq");
  }

  /** Decimal places printed next to exact fractions. */
  static final int DECIMALS = 10;

  /** Parses an integer, a fraction ({@code 1/20}) or a decimal ({@code 0.05}) exactly. */
  static final class RationalConverter implements CommandLine.ITypeConverter<Rational> {
    @Override
    public Rational convert(String value) {
      try {
        return Rational.parse(value.trim());
      } catch (NumberFormatException | ArithmeticException e) {
        throw new CommandLine.TypeConversionException(
            "'"
                + value
                + "' is not a number; expected an integer, a fraction like 1/20 or a decimal like 0.05");
      }
    }
  }

  /** Turns a model's validation message into bad input (exit 2) for {@code command}. */
  static UserInputException badInput(String command, IllegalArgumentException e) {
    return new UserInputException("verify " + command + ": " + e.getMessage());
  }

  /**
   * What a subcommand reports, collected once and printed as aligned text or as JSON. Keys are JSON
   * names; labels are what the text shows.
   */
  static final class Report {
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> input = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private Map<String, Object> section = root;

    Report(String model, String title) {
      root.put("model", model);
      root.put("input", input);
      lines.add(title);
    }

    /** Records an input parameter (JSON only; the title shows the inputs in text). */
    Report input(String key, Object value) {
      input.put(key, value instanceof Rational r ? r.toString() : value);
      return this;
    }

    /** Starts a nested JSON object and a text heading. */
    Report section(String key, String heading) {
      Map<String, Object> m = new LinkedHashMap<>();
      root.put(key, m);
      section = m;
      lines.add(heading);
      return this;
    }

    /** Back to the top level. */
    Report end() {
      section = root;
      return this;
    }

    Report exact(String key, String label, Rational value) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("exact", value.toString());
      m.put("decimal", value.doubleValue());
      section.put(key, m);
      String text =
          value.isInteger() ? value.toString() : value + " = " + value.toDecimalString(DECIMALS);
      return line(label, text);
    }

    Report number(String key, String label, double value) {
      section.put(key, value);
      return line(label, String.format(java.util.Locale.ROOT, "%.10g", value));
    }

    Report integer(String key, String label, long value) {
      section.put(key, value);
      return line(label, Long.toString(value));
    }

    Report text(String key, String label, String value) {
      section.put(key, value);
      return line(label, value);
    }

    Report flag(String key, String label, boolean value) {
      section.put(key, value);
      return line(label, value ? "yes" : "no");
    }

    /** A text-only note. */
    Report note(String text) {
      lines.add("  " + text);
      return this;
    }

    private Report line(String label, String value) {
      String indent = section == root ? "  " : "    ";
      lines.add(String.format("%s%-44s %s", indent, label, value));
      return this;
    }

    /** Prints to the command's standard output. */
    void print(CommandSpec spec, boolean json) {
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        try {
          out.println(Output.JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot write JSON", e);
        }
      } else {
        lines.forEach(out::println);
      }
      out.flush();
    }
  }
}
