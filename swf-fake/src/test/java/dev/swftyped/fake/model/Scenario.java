package dev.swftyped.fake.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a scenario, a sequence of steps, from a seed: the same seed always gives the same
 * steps. Names come from small pools so that steps meet each other (the same workflow ids are
 * started, signalled and terminated), and a few steps are invalid on purpose.
 */
final class Scenario {
  private static final List<String> WORKFLOW_IDS = List.of("w1", "w2", "w3", "w4", "w5");
  private static final List<String> TAGS = List.of("red", "blue", "green");
  private static final List<Duration> ADVANCES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(29),
      Duration.ofSeconds(30), Duration.ofSeconds(31), Duration.ofSeconds(61), Duration.ofSeconds(119),
      Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(8));
  private static final long[] OFFSETS = {-1000, 0, 30_000, 60_000, 3_600_000, 86_400_000, 10 * 86_400_000L};
  private static final long[] SPANS = {0, 30_000, 3_600_000, 2 * 86_400_000L};

  private final SplittableRandom random;

  private Scenario(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static List<Step> generate(long seed, int length) {
    return new Scenario(seed).steps(length);
  }

  private List<Step> steps(int length) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step.RegisterDomain("d1", pick(List.of("7", "1", "0", "NONE"))));
    steps.add(new Step.RegisterType("d1", "A", "1", true));
    while (steps.size() < length) {
      steps.add(step());
    }
    return steps;
  }

  private Step step() {
    int roll = random.nextInt(100);
    if (roll < 25) {
      return start();
    }
    if (roll < 35) {
      return new Step.Signal(domain(), pick(WORKFLOW_IDS), ref(), pick(List.of("go", "stop")),
          random.nextBoolean() ? null : "in" + random.nextInt(10));
    }
    if (roll < 42) {
      return new Step.RequestCancel(domain(), pick(WORKFLOW_IDS), ref());
    }
    if (roll < 51) {
      return new Step.Terminate(domain(), pick(WORKFLOW_IDS), ref(), "r" + random.nextInt(10),
          random.nextInt(3) == 0 ? pick(List.of("ABANDON", "REQUEST_CANCEL")) : null);
    }
    if (roll < 63) {
      return new Step.Advance(pick(ADVANCES));
    }
    if (roll < 84) {
      return query();
    }
    if (roll < 87) {
      List<Step.Start> starts = new ArrayList<>();
      for (int i = random.nextInt(1, 4); i > 0; i--) {
        starts.add(start());
      }
      return new Step.PagesWithStarts(domain(), random.nextInt(1, 4), random.nextBoolean(), starts);
    }
    if (roll < 92) {
      return new Step.HistoryPages(domain(), pick(WORKFLOW_IDS), random.nextInt(1, 4), random.nextBoolean());
    }
    if (roll < 94) {
      return new Step.RegisterDomain(pick(List.of("d1", "d2")), pick(List.of("0", "1", "7", "NONE", "91", "x")));
    }
    if (roll < 98) {
      String[] type = pick(List.of(new String[] {"A", "1"}, new String[] {"A", "2"}, new String[] {"B", "1"}));
      return new Step.RegisterType(domain(), type[0], type[1], random.nextInt(4) > 0);
    }
    if (roll < 99) {
      return new Step.DeprecateType(domain(), pick(List.of("A", "B")), pick(List.of("1", "2")));
    }
    return new Step.DeprecateDomain(domain());
  }

  private Step.Start start() {
    String[] type = pick(List.of(new String[] {"A", "1"}, new String[] {"A", "1"}, new String[] {"A", "1"},
        new String[] {"A", "2"}, new String[] {"B", "1"}, new String[] {"C", "9"}));
    List<String> tags = new ArrayList<>();
    if (random.nextInt(30) == 0) {
      tags.addAll(List.of("1", "2", "3", "4", "5", "6"));
    } else {
      for (String tag : TAGS) {
        if (random.nextInt(3) == 0) {
          tags.add(tag);
        }
      }
    }
    String timeout = random.nextInt(5) < 2 ? null
        : pick(List.of("30", "30", "120", "3600", "86400", "86400", "NONE", "31536001"));
    return new Step.Start(domain(), pick(WORKFLOW_IDS), type[0], type[1], tags, timeout,
        random.nextBoolean() ? null : "order" + random.nextInt(100));
  }

  private Step.Query query() {
    boolean closed = random.nextBoolean();
    Step.Time time = closed
        ? pick(List.of(Step.Time.START, Step.Time.START, Step.Time.CLOSE, Step.Time.CLOSE, Step.Time.CLOSE,
            Step.Time.NEITHER, Step.Time.BOTH))
        : random.nextInt(20) == 0 ? Step.Time.NEITHER : Step.Time.START;
    long oldest = Harness.START.toEpochMilli() + OFFSETS[random.nextInt(OFFSETS.length)];
    Long latest = random.nextBoolean() ? null : oldest + SPANS[random.nextInt(SPANS.length)];
    Views.Filter filter = pick(closed
        ? List.of(Views.Filter.NONE, Views.Filter.NONE, Views.Filter.ID, Views.Filter.TYPE_NAME,
            Views.Filter.TYPE_VERSION, Views.Filter.TAG, Views.Filter.CLOSE_STATUS)
        : List.of(Views.Filter.NONE, Views.Filter.NONE, Views.Filter.ID, Views.Filter.TYPE_NAME,
            Views.Filter.TYPE_VERSION, Views.Filter.TAG));
    String value;
    switch (filter) {
      case ID:
        value = pick(WORKFLOW_IDS);
        break;
      case TYPE_NAME:
        value = pick(List.of("A", "B"));
        break;
      case TYPE_VERSION:
        value = pick(List.of("A/1", "A/2", "B/1"));
        break;
      case TAG:
        value = pick(TAGS);
        break;
      case CLOSE_STATUS:
        value = pick(List.of("TERMINATED", "TIMED_OUT", "COMPLETED"));
        break;
      default:
        value = null;
    }
    boolean second = filter != Views.Filter.NONE && random.nextInt(20) == 0;
    int pageSize = random.nextInt(30) == 0 ? pick(List.of(-1, 1001)) : pick(List.of(1, 2, 3, 5, 1000, 0));
    return new Step.Query(domain(), closed, time, oldest, latest, filter, value, second, random.nextBoolean(),
        pageSize, random.nextInt(3) == 0);
  }

  private String domain() {
    return random.nextInt(10) == 0 ? pick(List.of("d2", "nowhere")) : "d1";
  }

  private Step.RunRef ref() {
    int roll = random.nextInt(10);
    return roll < 6 ? Step.RunRef.NONE : roll < 9 ? Step.RunRef.LATEST : Step.RunRef.UNKNOWN;
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
