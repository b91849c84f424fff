package dev.swftyped.benchmarks;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of mixed calls on one fake of 100,000 executions: signals, describes, pages of 10
 * and filtered counts, from one thread and from two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class ContentionBenchmark {
  private static final int EXECUTIONS = 100_000;

  private Store store;

  @Setup
  public void fill() {
    store = new Store(EXECUTIONS);
  }

  private Object mixedCall() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int run = random.nextInt(EXECUTIONS);
    int kind = random.nextInt(10);
    if (kind < 4) {
      return store.swf.signalWorkflowExecution(r -> r.domain(Store.DOMAIN).workflowId(store.workflowIds[run])
          .runId(store.runIds[run]).signalName("paid"));
    }
    if (kind < 7) {
      return store.swf.describeWorkflowExecution(r -> r.domain(Store.DOMAIN)
          .execution(e -> e.workflowId(store.workflowIds[run]).runId(store.runIds[run])));
    }
    if (kind < 9) {
      return store.swf.listOpenWorkflowExecutions(r -> r.domain(Store.DOMAIN)
          .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).maximumPageSize(10));
    }
    return store.swf.countOpenWorkflowExecutions(r -> r.domain(Store.DOMAIN)
        .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).tagFilter(f -> f.tag("vip")));
  }

  @Benchmark
  @Threads(1)
  public Object mixedOneThread() {
    return mixedCall();
  }

  @Benchmark
  @Threads(2)
  public Object mixedTwoThreads() {
    return mixedCall();
  }
}
