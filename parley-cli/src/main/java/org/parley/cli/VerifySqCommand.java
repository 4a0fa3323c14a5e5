package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.games.Rational;
import org.parley.verification.safeguards.DetectionLevel;
import org.parley.verification.safeguards.Material;
import org.parley.verification.safeguards.SignificantQuantities;
import org.parley.verification.safeguards.TimelinessGoal;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley verify sq}: material amounts in IAEA significant quantities (verification.md §6).
 */
@Command(
    name = "sq",
    mixinStandardHelpOptions = true,
    description =
        "Nuclear material in IAEA significant quantities. Converts kg to SQ or back (Safeguards"
            + " Glossary 2001, Table II), with the timeliness goal and detection-probability levels.")
public final class VerifySqCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--material",
      required = true,
      description = "One of: pu, u233, heu, leu, natu, depu, th.")
  Material material;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Amount amount;

  /** The amount, in kilograms or in significant quantities. */
  static final class Amount {
    @Option(
        names = "--kg",
        converter = VerifyCommand.RationalConverter.class,
        description =
            "Amount in kg (Pu or U-233 element; contained U-235 for heu/leu; total U or Th otherwise).")
    Rational kg;

    @Option(
        names = "--sq",
        converter = VerifyCommand.RationalConverter.class,
        description = "Amount in significant quantities (converted to kg).")
    Rational sq;
  }

  @Option(
      names = "--irradiated",
      description = "The material is irradiated (3-month instead of 1-month goal for direct use).")
  boolean irradiated;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    Rational sq;
    Rational kg;
    try {
      if (amount.kg != null) {
        kg = amount.kg;
        sq = SignificantQuantities.of(material, kg);
      } else {
        sq = amount.sq;
        kg = SignificantQuantities.kilograms(material, sq);
      }
    } catch (IllegalArgumentException ex) {
      throw VerifyCommand.badInput(
          "sq",
          new IllegalArgumentException(
              (amount.kg != null ? "--kg: " : "--sq: ") + ex.getMessage()));
    }
    TimelinessGoal goal = TimelinessGoal.of(material, irradiated);
    new VerifyCommand.Report(
            "sq",
            "Significant quantities: "
                + kg
                + " "
                + material.measure()
                + " of "
                + material.displayName())
        .input("material", material.code())
        .input("kg", kg)
        .input("sq", sq)
        .input("irradiated", irradiated)
        .exact(
            "significantQuantityKg",
            "1 SQ (" + material.measure() + ")",
            material.significantQuantityKg())
        .exact("kilograms", "amount in kg", kg)
        .exact("significantQuantities", "amount in SQ", sq)
        .text("use", "use category", material.directUse() ? "direct use" : "indirect use")
        .integer("timelinessMonths", "timeliness goal (months)", goal.months())
        .exact(
            "detectionHigh", "detection probability, high level", DetectionLevel.HIGH.probability())
        .exact("detectionLow", "detection probability, low level", DetectionLevel.LOW.probability())
        .print(spec, json);
    return ExitCodes.OK;
  }
}
