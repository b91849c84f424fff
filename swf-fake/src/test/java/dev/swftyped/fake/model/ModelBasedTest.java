package dev.swftyped.fake.model;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fake against the reference model: generated scenarios of registrations (domains, workflow
 * and activity types), starts, signals, cancellations, terminations, clock advances across every
 * timeout, visibility queries, and deciders and workers: decision polls read page by page,
 * decision batches of every kind (invalid ones included, children, continue-as-new, external
 * signals and cancellations), activity polls, results and heartbeats, stale and foreign tokens.
 * After each step everything a client can observe is compared with the model ({@link Harness}).
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
    if (Boolean.getBoolean("swf.model.stats")) {
      System.out.println("How often the scenarios produced each event, error and step:");
      STATS.forEach((what, count) -> System.out.println("  " + count + "\t" + what));
    }
  }

  /**
   * The smallest sequences that once showed engine bugs the model found (the token resolved before
   * the batch's own rules, RD-1; a heartbeat without details, AT-8), kept as regression tests.
   */
  @Test
  void sequencesThatOnceShowedEngineBugsAgreeWithTheModel() {
    List<Step> setup = List.of(new Step.RegisterDomain("d1", "7"), new Step.RegisterType("d1", "A", "1", true),
        new Step.RegisterActivityType("d1", "Act", "1", true),
        new Step.Start("d1", "w1", "A", "1", List.of(), null, null, null, null, null, null),
        new Step.PollDecision("d1", "deciders", null, 0, false, false, Step.Paging.ALL));
    Map<String, List<Step>> bugs = new TreeMap<>();
    bugs.put("RD-1: a closed run's token, with a batch whose closing decision is not last",
        List.of(new Step.Terminate("d1", "w1", Step.RunRef.NONE, "r", null),
            new Step.Decide(0, false, List.of(new DecisionSpec.Complete(null), new DecisionSpec.Complete(null)), null)));
    bugs.put("RD-1: a completed decision task's token, with a batch that breaks SWF's rules",
        List.of(new Step.Decide(0, false, List.of(), null),
            new Step.Decide(0, false, List.of(new DecisionSpec.StartTimer("t1", "NONE", null)), null)));
    bugs.put("AT-8: a heartbeat without details after one with details, then a heartbeat timeout",
        List.of(new Step.Decide(0, false, List.of(new DecisionSpec.ScheduleActivity("a1", "Act", "1", null, null, null,
                null, null, null, null, null)), null),
            new Step.PollActivity("d1", "workers", null), new Step.Heartbeat(0, "beat"), new Step.Heartbeat(0, null),
            new Step.Advance(java.time.Duration.ofSeconds(40))));
    List<String> failures = new java.util.ArrayList<>();
    bugs.forEach((bug, steps) -> {
      List<Step> sequence = new java.util.ArrayList<>(setup);
      sequence.addAll(steps);
      AssertionError failure = failure(sequence);
      if (failure != null) {
        failures.add(bug + ":\n    " + failure.getMessage().replace("\n", "\n    "));
      }
    });
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " engine bugs are back:\n" + String.join("\n", failures));
    }
  }

  /** With {@code -Dswf.model.stats=true}: how often each event type, error code and step kind came up. */
  static final Map<String, Integer> STATS = new TreeMap<>();

  private static void count(Harness harness, List<Step> steps) {
    if (!Boolean.getBoolean("swf.model.stats")) {
      return;
    }
    for (Model.Run run : harness.model.runs) {
      for (Model.Ev event : run.events) {
        STATS.merge("event " + event.type() + (event.attrs().containsKey("cause") ? " " + event.attrs().get("cause")
            : event.attrs().containsKey("timeoutType") ? " " + event.attrs().get("timeoutType") : ""), 1, Integer::sum);
      }
    }
    harness.outcomes.forEach((what, count) -> STATS.merge(what, count, Integer::sum));
    for (Step step : steps) {
      STATS.merge("step " + step.getClass().getSimpleName(), 1, Integer::sum);
    }
  }

  /** Runs the scenario of a seed; on failure, shrinks it and reports the seed and the steps. */
  static void check(long seed) {
    List<Step> steps = Scenario.generate(seed, 40 + (int) Math.floorMod(seed, 50L));
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
      harness.finish();
      count(harness, steps);
      return null;
    } catch (AssertionError e) {
      return e;
    }
  }
}
