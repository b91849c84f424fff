package dev.swftyped.fake.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a scenario, a sequence of steps, from a seed: the same seed always gives the same
 * steps. Names come from small pools so that steps meet each other (the same workflow ids are
 * started, signalled and terminated; deciders reuse activity and timer ids), and a few steps are
 * invalid on purpose. Deciders and workers name their task by how many polls ago it was handed
 * out, so stale tokens come up as they do in real code.
 */
final class Scenario {
  private static final List<String> WORKFLOW_IDS = List.of("w1", "w2", "w3", "w4", "w5");
  private static final List<String> ACTIVITY_IDS = List.of("a1", "a2", "a3");
  /** Terminations also reach children, whose ids come from the deciders' StartChildWorkflowExecution. */
  private static final List<String> TERMINATED_IDS = List.of("w1", "w2", "w3", "w4", "w5", "c1", "c2");
  private static final List<String> TAGS = List.of("red", "blue", "green");
  /** Clock moves across the timeouts the scenarios use: timers, activity and decision tasks, executions, retention. */
  private static final List<Duration> SHORT_ADVANCES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ofSeconds(29), Duration.ofSeconds(30), Duration.ofSeconds(31),
      Duration.ofSeconds(40), Duration.ofSeconds(61), Duration.ofSeconds(100));
  private static final List<Duration> LONG_ADVANCES = List.of(Duration.ofSeconds(119), Duration.ofSeconds(301),
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
    steps.add(new Step.RegisterType("d1", "A", "2", false));
    steps.add(new Step.RegisterActivityType("d1", "Act", "1", true));
    steps.add(new Step.RegisterActivityType("d1", "Act", "2", false));
    steps.add(new Step.RegisterActivityType("d1", "Old", "1", true));
    steps.add(new Step.DeprecateActivityType("d1", "Old", "1"));
    steps.add(start());
    while (steps.size() < length) {
      steps.addAll(step());
    }
    return steps;
  }

  /** The next step, or a few that belong together: a decider's poll and answer, a worker's poll and result. */
  private List<Step> step() {
    int roll = random.nextInt(100);
    if (roll < 10) {
      return List.of(start());
    }
    if (roll < 13) {
      return List.of(new Step.Signal(domain(), pick(WORKFLOW_IDS), ref(), pick(List.of("go", "stop")),
          random.nextBoolean() ? null : "in" + random.nextInt(10)));
    }
    if (roll < 15) {
      return List.of(new Step.RequestCancel(domain(), pick(WORKFLOW_IDS), ref()));
    }
    if (roll < 17) {
      return List.of(new Step.Terminate(domain(), pick(TERMINATED_IDS), ref(), "r" + random.nextInt(10),
          random.nextInt(3) == 0 ? pick(List.of("ABANDON", "REQUEST_CANCEL", "TERMINATE")) : null));
    }
    if (roll < 25) {
      return List.of(new Step.Advance(random.nextInt(5) > 0 ? pick(SHORT_ADVANCES) : pick(LONG_ADVANCES)));
    }
    if (roll < 29) {
      return List.of(query());
    }
    if (roll < 30) {
      List<Step.Start> starts = new ArrayList<>();
      for (int i = random.nextInt(1, 4); i > 0; i--) {
        starts.add(start());
      }
      return List.of(new Step.PagesWithStarts(domain(), random.nextInt(1, 4), random.nextBoolean(), starts));
    }
    if (roll < 31) {
      return List.of(new Step.HistoryPages(domain(), pick(WORKFLOW_IDS), random.nextInt(1, 4), random.nextBoolean()));
    }
    if (roll < 33) {
      return List.of(registration());
    }
    if (roll < 63) {
      // a decider's turn: poll, perhaps something happens meanwhile, answer
      List<Step> turn = new ArrayList<>();
      int paging = random.nextInt(20);
      turn.add(new Step.PollDecision(domain(), random.nextInt(10) == 0 ? "other" : "deciders",
          random.nextBoolean() ? null : "decider-" + random.nextInt(3), pick(List.of(0, 0, 1000, 1, 2, 3, 5)),
          random.nextInt(4) == 0, random.nextInt(4) == 0, paging < 2 ? Step.Paging.SIGNAL_BETWEEN
          : paging < 5 ? Step.Paging.FIRST_ONLY : Step.Paging.ALL));
      int meanwhile = random.nextInt(20);
      if (meanwhile < 2) {
        // a trigger while the task is started: DT-3, and RD-9 if the answer closes the run
        turn.add(new Step.SignalTask(0));
      } else if (meanwhile < 3) {
        turn.add(new Step.Advance(pick(SHORT_ADVANCES)));
      }
      if (paging >= 2 && paging < 5 && random.nextInt(3) > 0) {
        turn.add(new Step.MorePages(0, Step.PageUse.SAME_QUERY));
      }
      if (random.nextInt(8) > 0) {
        turn.add(decide(0));
      }
      return turn;
    }
    if (roll < 67) {
      return List.of(decide(back()));
    }
    if (roll < 68) {
      int use = random.nextInt(10);
      return List.of(new Step.MorePages(random.nextInt(3) == 0 ? 1 : 0, use < 6 ? Step.PageUse.SAME_QUERY
          : use < 8 ? Step.PageUse.OTHER_QUERY : Step.PageUse.HISTORY));
    }
    if (roll < 90) {
      // a worker's turn: poll, perhaps heartbeat, report
      List<Step> turn = new ArrayList<>();
      turn.add(new Step.PollActivity(domain(), random.nextInt(8) == 0 ? "other" : "workers",
          random.nextBoolean() ? null : "worker-" + random.nextInt(3)));
      int then = random.nextInt(20);
      if (then < 9) {
        turn.add(finish(0));
      } else if (then < 12) {
        turn.add(heartbeat(0));
        turn.add(finish(0));
      } else if (then < 14) {
        // the last heartbeat's details are what a timeout reports (AT-7, AT-8)
        turn.add(heartbeat(0));
        turn.add(heartbeat(0));
        turn.add(new Step.Advance(pick(SHORT_ADVANCES)));
      } else if (then < 16) {
        turn.add(heartbeat(0));
        turn.add(new Step.Advance(pick(SHORT_ADVANCES)));
      } else if (then < 17) {
        // the task may time out meanwhile (TO-3)
        turn.add(new Step.Advance(pick(SHORT_ADVANCES)));
        turn.add(finish(0));
      } else if (then < 19) {
        // a heartbeat later on starts the heartbeat clock again (AT-7), but not start-to-close
        turn.add(new Step.Advance(pick(SHORT_ADVANCES)));
        turn.add(heartbeat(0));
        turn.add(new Step.Advance(pick(SHORT_ADVANCES)));
        turn.add(finish(0));
      }
      return turn;
    }
    return List.of(random.nextInt(3) == 0 ? heartbeat(back()) : finish(back()));
  }

  private Step registration() {
    int which = random.nextInt(20);
    if (which < 5) {
      return new Step.RegisterDomain(pick(List.of("d1", "d2")), pick(List.of("0", "1", "7", "NONE", "91", "x")));
    }
    if (which < 10) {
      String[] type = pick(List.of(new String[] {"A", "1"}, new String[] {"A", "2"}, new String[] {"B", "1"}));
      return new Step.RegisterType(domain(), type[0], type[1], random.nextInt(4) > 0);
    }
    if (which < 14) {
      return new Step.RegisterActivityType(domain(), pick(List.of("Act", "Old", "New")), pick(List.of("1", "2")),
          random.nextBoolean());
    }
    if (which < 16) {
      return new Step.DeprecateType(domain(), pick(List.of("A", "B")), pick(List.of("1", "2")));
    }
    if (which < 19) {
      return new Step.DeprecateActivityType(domain(), pick(List.of("Act", "New")), pick(List.of("1", "2")));
    }
    return new Step.DeprecateDomain(domain());
  }

  private Step.FinishActivity finish(int back) {
    int how = random.nextInt(20);
    return new Step.FinishActivity(back, random.nextInt(30) == 0,
        how < 12 ? Step.How.COMPLETE : how < 17 ? Step.How.FAIL : Step.How.CANCEL, text("x", 3), text("d", 2));
  }

  private Step.Heartbeat heartbeat(int back) {
    return new Step.Heartbeat(back, text("beat", 2));
  }

  private Step.Start start() {
    String[] type = random.nextInt(8) > 0 ? new String[] {"A", "1"}
        : pick(List.of(new String[] {"A", "2"}, new String[] {"B", "1"}, new String[] {"C", "9"}));
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
        random.nextBoolean() ? null : "order" + random.nextInt(100), random.nextInt(10) == 0 ? "other" : null,
        random.nextInt(5) == 0 ? pick(List.of("NONE", "10")) : null,
        random.nextInt(6) == 0 ? pick(List.of("5", "-3")) : null,
        random.nextInt(4) == 0 ? pick(List.of("REQUEST_CANCEL", "ABANDON")) : null);
  }

  // ---------------------------------------------------------------- deciders

  /** A decider's answer: usually to the latest task, with zero to four decisions, a closing one last. */
  private Step.Decide decide(int back) {
    int count = pick(List.of(0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4));
    List<DecisionSpec> decisions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      decisions.add(decision());
    }
    if (random.nextInt(8) > 0) {
      // as deciders write them: at most one closing decision, last (RD-2.3 otherwise)
      List<DecisionSpec> closing = decisions.stream().filter(DecisionSpec::closing).toList();
      decisions.removeAll(closing);
      if (!closing.isEmpty()) {
        decisions.add(closing.get(0));
      }
    }
    String context = random.nextInt(10) < 6 ? null : random.nextInt(4) == 0 ? "" : "ctx" + random.nextInt(10);
    return new Step.Decide(back, random.nextInt(40) == 0, decisions, context);
  }

  private DecisionSpec decision() {
    int roll = random.nextInt(96);
    if (roll < 35) {
      String[] type = pick(List.of(new String[] {"Act", "1"}, new String[] {"Act", "1"}, new String[] {"Act", "1"},
          new String[] {"Act", "1"}, new String[] {"Act", "1"}, new String[] {"Act", "1"}, new String[] {"Act", "2"},
          new String[] {"Old", "1"}, new String[] {"Nope", "1"}, new String[] {"New", "1"}));
      // a type without defaults needs every setting from the decision: give most of them (D-1.5, D-1.6)
      int given = type[1].equals("2") ? 3 : 1;
      return new DecisionSpec.ScheduleActivity(random.nextInt(40) == 0 ? "a:1" : pick(ACTIVITY_IDS), type[0], type[1],
          random.nextInt(4) >= given ? null : pick(List.of("workers", "other")), timeout(given), timeout(given),
          timeout(given), timeout(given), random.nextInt(5) > 0 ? null : pick(List.of("-2", "0", "7")), text("in", 10),
          text("ctl", 2));
    }
    if (roll < 41) {
      return new DecisionSpec.RequestCancelActivity(pick(ACTIVITY_IDS));
    }
    if (roll < 53) {
      return new DecisionSpec.StartTimer(pick(List.of("t1", "t2", "t 3")), random.nextInt(40) == 0
          ? pick(List.of("NONE", "1.5")) : pick(List.of("0", "5", "30", "90")), text("ctl", 2));
    }
    if (roll < 58) {
      return new DecisionSpec.CancelTimer(pick(List.of("t1", "t2", "t 3")));
    }
    if (roll < 63) {
      return new DecisionSpec.RecordMarker(pick(List.of("m1", "m2")), text("md", 3));
    }
    if (roll < 71) {
      String[] type = random.nextInt(4) > 0 ? new String[] {"A", "1"}
          : pick(List.of(new String[] {"A", "2"}, new String[] {"B", "1"}, new String[] {"C", "9"}));
      return new DecisionSpec.StartChild(pick(List.of("c1", "c2", "c3", "c1", "w1")), type[0], type[1],
          random.nextInt(4) > 0 ? null : pick(List.of("60", "600")),
          random.nextInt(4) > 0 ? null : pick(List.of("NONE", "10")),
          random.nextInt(6) > 0 ? null : pick(List.of("deciders", "other")),
          random.nextBoolean() ? null : pick(List.of("TERMINATE", "REQUEST_CANCEL", "ABANDON")), text("cin", 3),
          text("cctl", 2));
    }
    if (roll < 77) {
      return new DecisionSpec.SignalExternal(pick(List.of("w1", "w2", "w3", "c1", "c2")), ref(), null,
          pick(List.of("go", "stop")), text("sin", 3), text("sctl", 2));
    }
    if (roll < 80) {
      return new DecisionSpec.RequestCancelExternal(pick(List.of("w1", "w2", "w3", "c1", "c2")), ref(), null,
          text("rctl", 2));
    }
    if (roll < 95) {
      int which = random.nextInt(20);
      if (which < 8) {
        return new DecisionSpec.Complete(text("result", 5));
      }
      if (which < 12) {
        return new DecisionSpec.Fail(text("why", 3), text("fd", 2));
      }
      if (which < 15) {
        return new DecisionSpec.Cancel(text("cd", 2));
      }
      return new DecisionSpec.ContinueAsNew(random.nextInt(4) > 0 ? null : pick(List.of("1", "2", "9")),
          text("next", 5), random.nextInt(4) > 0 ? null : pick(List.of("60", "600")),
          random.nextInt(4) > 0 ? null : pick(List.of("NONE", "10")),
          random.nextInt(4) > 0 ? null : pick(List.of("deciders", "other")),
          random.nextInt(3) > 0 ? null : pick(List.of("TERMINATE", "REQUEST_CANCEL", "ABANDON")),
          random.nextInt(4) > 0 ? List.of() : pick(List.of(List.of("red"), List.of("blue", "green"))));
    }
    return new DecisionSpec.Malformed(random.nextBoolean());
  }

  /** An activity timeout a decision gives, in {@code given} cases out of four; else none (the type's default). */
  private String timeout(int given) {
    if (random.nextInt(4) >= given) {
      return null;
    }
    return random.nextInt(30) == 0 ? "1.5" : pick(List.of("NONE", "0", "10", "45", "200"));
  }

  /** How far back the task a step names was handed out: mostly the latest. */
  private int back() {
    return random.nextInt(5) == 0 ? random.nextInt(1, 4) : 0;
  }

  /** An optional text: absent about half the time, else a prefix and a number below {@code values}. */
  private String text(String prefix, int values) {
    return random.nextBoolean() ? null : prefix + random.nextInt(values);
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
    return random.nextInt(20) == 0 ? pick(List.of("d2", "nowhere")) : "d1";
  }

  private Step.RunRef ref() {
    int roll = random.nextInt(10);
    return roll < 6 ? Step.RunRef.NONE : roll < 9 ? Step.RunRef.LATEST : Step.RunRef.UNKNOWN;
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
