package dev.swftyped.benchmarks;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * Heap retained per closed execution: a fake is filled with executions that are started (with a
 * small input and one tag) and terminated, and the heap is measured after garbage collection
 * before and after.
 */
public final class HeapPerExecution {
  private HeapPerExecution() {}

  /**
   * Measures and prints the heap per closed execution.
   *
   * @param args the number of executions (default 1,000,000)
   */
  public static void main(String[] args) {
    int executions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    System.out.printf("Heap per closed execution, over %,d executions: %,.0f bytes%n", executions,
        measure(executions));
  }

  static double measure(int executions) {
    FakeClock clock = FakeClock.at(Store.START);
    SwfFake fake = SwfFake.builder().clock(clock).seed(1).build();
    SwfClient swf = fake.client();
    Store.registerDomainAndType(swf);
    long before = usedHeapAfterGc();
    for (int i = 0; i < executions; i++) {
      if (i % 1000 == 999) {
        clock.advance(Duration.ofMillis(1));
      }
      String workflowId = "order-" + i;
      swf.startWorkflowExecution(Store.start(workflowId, i % 2 == 0 ? "vip" : "std"));
      swf.terminateWorkflowExecution(r -> r.domain(Store.DOMAIN).workflowId(workflowId).reason("done"));
    }
    long after = usedHeapAfterGc();
    if (!fake.toString().endsWith("closed=" + executions + "}")) {
      throw new IllegalStateException("unexpected store: " + fake);
    }
    return (after - before) / (double) executions;
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
