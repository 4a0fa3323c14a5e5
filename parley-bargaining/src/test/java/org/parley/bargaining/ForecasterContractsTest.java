package org.parley.bargaining;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.parley.bargaining.NashBargaining.Disagreement;
import org.parley.bargaining.NashBargaining.Utility;
import org.parley.bargaining.eum.EumOptions;
import org.parley.bargaining.eum.ExpectedUtilityModel;

/** The {@link ForecasterContract} for each forecaster of this package and of eum. */
class ForecasterContractsTest {
  @Nested
  class Compromise extends ForecasterContract {
    @Override
    protected Forecaster forecaster() {
      return new CompromiseModel();
    }
  }

  @Nested
  class Median extends ForecasterContract {
    @Override
    protected Forecaster forecaster() {
      return new WeightedMedian();
    }
  }

  @Nested
  class NashStatusQuo extends ForecasterContract {
    @Override
    protected Forecaster forecaster() {
      return new NashBargaining();
    }
  }

  @Nested
  class NashLinearFar extends ForecasterContract {
    @Override
    protected Forecaster forecaster() {
      return new NashBargaining(Utility.LINEAR, WeightScheme.SALIENCE, new Disagreement.Far());
    }
  }

  @Nested
  class EumScholz extends ForecasterContract {
    @Override
    protected Forecaster forecaster() {
      return new ExpectedUtilityModel();
    }
  }

  @Nested
  class EumPaper extends ForecasterContract {
    @Override
    protected Forecaster forecaster() {
      return new ExpectedUtilityModel(EumOptions.paperLiteral());
    }
  }

  @Nested
  class Blend extends ForecasterContract {
    @Override
    protected Forecaster forecaster() {
      return CalibratedBlend.deuDefault();
    }
  }

  @Nested
  class PowerMean extends ForecasterContract {
    @Override
    protected Forecaster forecaster() {
      return PowerWeightedMean.deuDefault();
    }
  }

  @Nested
  class BlendWithMidpoint extends ForecasterContract {
    @Override
    protected Forecaster forecaster() {
      // The scale midpoint alone would fail "lone actor"; with weight 0 it only adds its label.
      return new CalibratedBlend(
          List.of(new CompromiseModel(), new ScaleMidpoint()), new double[] {1, 0});
    }
  }
}
