package org.parley.games;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** equals and hashCode agree when an exact profile is compared with its floating-point twin. */
class ProfileEqualityTest {
  @Test
  void exactAndDoubleMixedProfilesThatAreEqualHashAlike() {
    MixedProfile exact =
        MixedProfile.ofRationals(
            new Rational[][] {
              {Rational.of(1, 2), Rational.of(1, 2)}, {Rational.of(1), Rational.of(0)}
            });
    MixedProfile doubles = MixedProfile.ofDoubles(new double[][] {{0.5, 0.5}, {1, 0}});
    assertThat(exact).isEqualTo(doubles);
    assertThat(exact.hashCode()).isEqualTo(doubles.hashCode());
  }

  @Test
  void exactAndDoubleBehaviourProfilesThatAreEqualHashAlike() {
    BehaviourProfile exact =
        BehaviourProfile.ofRationals(new Rational[][][] {{{Rational.of(1, 4), Rational.of(3, 4)}}});
    BehaviourProfile doubles = BehaviourProfile.ofDoubles(new double[][][] {{{0.25, 0.75}}});
    assertThat(exact).isEqualTo(doubles);
    assertThat(exact.hashCode()).isEqualTo(doubles.hashCode());
  }
}
