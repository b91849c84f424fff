package dev.swftyped.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.RequestCancelWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.SignalWorkflowExecutionResponse;

/** What one call costs in the fake, on domains of 1,000 to 1,000,000 open executions. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class FakeOperationsBenchmark {
  @Param({"1000", "100000", "1000000"})
  public int executions;

  private Store store;
  private int next;

  private int[] order;

  @Setup
  public void fill() {
    store = new Store(executions);
    order = Store.shuffled(executions);
  }

  /** The next execution to call, in a random order fixed for the trial, so caches get no help. */
  private int nextRun() {
    int run = order[next];
    next = next + 1 == executions ? 0 : next + 1;
    return run;
  }

  @Benchmark
  public SignalWorkflowExecutionResponse signal() {
    int run = nextRun();
    return store.swf.signalWorkflowExecution(r -> r.domain(Store.DOMAIN).workflowId(store.workflowIds[run])
        .runId(store.runIds[run]).signalName("paid").input("{\"amount\":1999}"));
  }

  @Benchmark
  public RequestCancelWorkflowExecutionResponse requestCancel() {
    int run = nextRun();
    return store.swf.requestCancelWorkflowExecution(r -> r.domain(Store.DOMAIN).workflowId(store.workflowIds[run])
        .runId(store.runIds[run]));
  }

  @Benchmark
  public DescribeWorkflowExecutionResponse describe() {
    int run = nextRun();
    return store.swf.describeWorkflowExecution(r -> r.domain(Store.DOMAIN)
        .execution(e -> e.workflowId(store.workflowIds[run]).runId(store.runIds[run])));
  }

  @Benchmark
  public GetWorkflowExecutionHistoryResponse history() {
    int run = nextRun();
    return store.swf.getWorkflowExecutionHistory(r -> r.domain(Store.DOMAIN)
        .execution(e -> e.workflowId(store.workflowIds[run]).runId(store.runIds[run])));
  }

  @Benchmark
  public ListOpenWorkflowExecutionsResponse listPageOf100() {
    return store.swf.listOpenWorkflowExecutions(r -> r.domain(Store.DOMAIN)
        .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).maximumPageSize(100));
  }

  @Benchmark
  public CountOpenWorkflowExecutionsResponse countWithTagFilter() {
    return store.swf.countOpenWorkflowExecutions(r -> r.domain(Store.DOMAIN)
        .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).tagFilter(f -> f.tag("vip")));
  }
}
