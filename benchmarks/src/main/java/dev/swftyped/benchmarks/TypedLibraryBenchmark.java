package dev.swftyped.benchmarks;

import dev.swftyped.ExecutionCount;
import dev.swftyped.ExecutionDetails;
import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionInfo;
import dev.swftyped.ListOptions;
import dev.swftyped.OpenExecutionQuery;
import dev.swftyped.StartTimeExecutionFilter;
import dev.swftyped.SwfTyped;
import dev.swftyped.TagExecutionFilter;
import java.time.Instant;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.SignalWorkflowExecutionResponse;

/** The typed library's cost over the raw SDK calls it makes, both on the fake. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class TypedLibraryBenchmark {
  private static final int EXECUTIONS = 10_000;
  private static final OpenExecutionQuery VIP = OpenExecutionQuery.defaults()
      .withStartTime(StartTimeExecutionFilter.since(Instant.EPOCH))
      .withFilter(TagExecutionFilter.of("vip"));
  private static final OpenExecutionQuery ALL = OpenExecutionQuery.defaults()
      .withStartTime(StartTimeExecutionFilter.since(Instant.EPOCH));
  private static final ListOptions PAGE_OF_100 = ListOptions.defaults().withPageSize(100);

  private Store store;
  private SwfTyped typed;
  private ExecutionId[] runs;
  private int[] order;
  private int next;

  @Setup
  public void fill() {
    store = new Store(EXECUTIONS);
    typed = SwfTyped.create(store.swf, store.clock);
    runs = new ExecutionId[EXECUTIONS];
    for (int i = 0; i < EXECUTIONS; i++) {
      runs[i] = ExecutionId.of(store.workflowIds[i], store.runIds[i]);
    }
    order = Store.shuffled(EXECUTIONS);
  }

  private int nextRun() {
    int run = order[next];
    next = next + 1 == EXECUTIONS ? 0 : next + 1;
    return run;
  }

  @Benchmark
  public void typedSignal() {
    typed.signalExecution(Store.DOMAIN, runs[nextRun()], "paid", "{\"amount\":1999}");
  }

  @Benchmark
  public SignalWorkflowExecutionResponse rawSignal() {
    int run = nextRun();
    return store.swf.signalWorkflowExecution(r -> r.domain(Store.DOMAIN).workflowId(store.workflowIds[run])
        .runId(store.runIds[run]).signalName("paid").input("{\"amount\":1999}"));
  }

  @Benchmark
  public ExecutionDetails typedDescribe() {
    return typed.describeExecution(Store.DOMAIN, runs[nextRun()]);
  }

  @Benchmark
  public DescribeWorkflowExecutionResponse rawDescribe() {
    int run = nextRun();
    return store.swf.describeWorkflowExecution(r -> r.domain(Store.DOMAIN)
        .execution(e -> e.workflowId(store.workflowIds[run]).runId(store.runIds[run])));
  }

  @Benchmark
  public List<ExecutionInfo> typedListPageOf100() {
    return typed.listOpenExecutions(Store.DOMAIN, ALL, PAGE_OF_100).limit(100).toList();
  }

  @Benchmark
  public ListOpenWorkflowExecutionsResponse rawListPageOf100() {
    return store.swf.listOpenWorkflowExecutions(r -> r.domain(Store.DOMAIN)
        .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).maximumPageSize(100));
  }

  @Benchmark
  public ExecutionCount typedCount() {
    return typed.countOpenExecutions(Store.DOMAIN, VIP);
  }

  @Benchmark
  public CountOpenWorkflowExecutionsResponse rawCount() {
    return store.swf.countOpenWorkflowExecutions(r -> r.domain(Store.DOMAIN)
        .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).tagFilter(f -> f.tag("vip")));
  }
}
