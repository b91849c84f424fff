package dev.swftyped.fake.model;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fake against the reference model: generated scenarios of registrations, starts, signals,
 * cancellations, terminations, clock advances and visibility queries, each step compared in full.
 *
 * <p>The build runs {@value #DEFAULT_SCENARIOS} scenarios from a fixed seed. {@code
 * -Dswf.properties.examples=N} runs N instead; {@code -Dswf.properties.seed=S} replays the one
 * scenario a failure names.
 */
class ModelBasedTest {
  static final int DEFAULT_SCENARIOS = 1000;
  static final long FIXED_SEED = 20_261_126L;

  @Test
  void theFakeBehavesAsTheModelSays() {
    String replay = System.getProperty("swf.properties.seed");
    if (replay != null) {
      check(Long.parseLong(replay));
      return;
    }
    int scenarios = Integer.getInteger("swf.properties.examples", DEFAULT_SCENARIOS);
    qt().withExamples(scenarios)
        .withFixedSeed(FIXED_SEED)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(ModelBasedTest::check);
  }

  /** Runs the scenario of a seed; on failure, shrinks it and reports the seed and the steps. */
  static void check(long seed) {
    List<Step> steps = Scenario.generate(seed, 30 + (int) Math.floorMod(seed, 40L));
    AssertionError failure = failure(steps);
    if (failure == null) {
      return;
    }
    List<Step> shrunk = Shrinker.shrink(steps, candidate -> failure(candidate) != null);
    AssertionError smallest = failure(shrunk);
    throw new AssertionError("The fake disagrees with the model (seed " + seed + "; replay with -Dswf.properties.seed="
        + seed + ").\nThe smallest failing sequence, of " + shrunk.size() + " steps (from " + steps.size() + "):\n"
        + IntStream.range(0, shrunk.size()).mapToObj(i -> "  " + (i + 1) + ". " + shrunk.get(i))
            .collect(Collectors.joining("\n"))
        + "\nwhich fails with: " + smallest.getMessage(), smallest);
  }

  private static AssertionError failure(List<Step> steps) {
    Harness harness = new Harness();
    try {
      for (Step step : steps) {
        harness.apply(step);
      }
      return null;
    } catch (AssertionError e) {
      return e;
    }
  }
}
