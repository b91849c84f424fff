package dev.swftyped.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Starting and terminating, the calls that add and close executions: measured in batches of
 * {@value #BATCH}, each on executions of its own, so the domain grows by one batch per iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class FakeStartTerminateBenchmark {
  static final int BATCH = 10_000;

  @Param({"1000", "100000", "1000000"})
  public int executions;

  private Store store;
  private int batch;
  private String[] toStart;
  private String[] toTerminate;

  @Setup
  public void fill() {
    store = new Store(executions);
  }

  /**
   * Prepares the next batch: fresh workflow ids to start, or freshly started executions to
   * terminate. The heap is then settled, so that a batch is not charged for collecting the garbage
   * of the ones before it.
   */
  @Setup(Level.Iteration)
  public void nextBatch(BenchmarkParams params) {
    batch++;
    boolean terminating = params.getBenchmark().endsWith(".terminate");
    toStart = new String[BATCH];
    toTerminate = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      toStart[i] = "batch-" + batch + "-" + i;
      toTerminate[i] = "open-" + batch + "-" + i;
      if (terminating) {
        store.swf.startWorkflowExecution(Store.start(toTerminate[i], "std"));
      }
    }
    Store.settle();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void start(Blackhole blackhole) {
    for (String workflowId : toStart) {
      blackhole.consume(store.swf.startWorkflowExecution(Store.start(workflowId, "vip")));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void terminate(Blackhole blackhole) {
    for (String workflowId : toTerminate) {
      blackhole.consume(store.swf.terminateWorkflowExecution(r -> r.domain(Store.DOMAIN).workflowId(workflowId)
          .reason("done")));
    }
  }
}
