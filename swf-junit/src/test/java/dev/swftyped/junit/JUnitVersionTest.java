package dev.swftyped.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each surefire run of this module uses the JUnit it is meant to: 5.14 by default, then 6. */
class JUnitVersionTest {

  @Test
  void theTestsRunOnTheExpectedJUnit() {
    String expected = System.getProperty("expected.junit.version");

    assertThat(expected).as("system property expected.junit.version").isNotNull();
    assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(expected);
    assertThat(org.junit.platform.testkit.engine.EngineTestKit.class.getPackage().getImplementationVersion())
        .isEqualTo(expected.startsWith("5.") ? "1" + expected.substring(1) : expected);
  }
}
