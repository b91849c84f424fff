package dev.swftyped.benchmarks;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/**
 * A fake holding a given number of open executions in one domain, started a millisecond apart
 * per thousand, half of them tagged {@code vip}.
 */
final class Store {
  static final String DOMAIN = "bench";
  static final WorkflowType TYPE = WorkflowType.builder().name("Order").version("1").build();
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  final FakeClock clock = FakeClock.at(START);
  final SwfFake fake;
  final SwfClient swf;
  final String[] workflowIds;
  final String[] runIds;

  Store(int executions) {
    fake = SwfFake.builder().clock(clock).seed(1).openExecutionLimit(Integer.MAX_VALUE).pollTimeout(Duration.ZERO)
        .build();
    swf = fake.client();
    registerDomainAndType(swf);
    workflowIds = new String[executions];
    runIds = new String[executions];
    for (int i = 0; i < executions; i++) {
      if (i % 1000 == 999) {
        clock.advance(Duration.ofMillis(1));
      }
      workflowIds[i] = "order-" + i;
      runIds[i] = swf.startWorkflowExecution(start(workflowIds[i], i % 2 == 0 ? "vip" : "std")).runId();
    }
    settle();
  }

  /** The numbers 0 to n - 1 in a random order, the same in every run. */
  static int[] shuffled(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Random random = new java.util.Random(42);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /** Collects the garbage of filling the store, so that measurements do not pay for it. */
  static void settle() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  static void registerDomainAndType(SwfClient swf) {
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("30"));
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name(TYPE.name()).version(TYPE.version())
        .defaultTaskList(t -> t.name("deciders"))
        .defaultExecutionStartToCloseTimeout("31536000")
        .defaultTaskStartToCloseTimeout("30")
        .defaultChildPolicy("TERMINATE"));
  }

  static StartWorkflowExecutionRequest start(String workflowId, String tag) {
    return StartWorkflowExecutionRequest.builder()
        .domain(DOMAIN)
        .workflowId(workflowId)
        .workflowType(TYPE)
        .tagList(tag)
        .input("{\"order\":42}")
        .build();
  }
}
