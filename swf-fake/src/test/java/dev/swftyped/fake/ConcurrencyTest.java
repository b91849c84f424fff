package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/** Many threads calling one fake see atomic operations: nothing is lost, doubled or torn. */
class ConcurrencyTest {
  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  static final int THREADS = 8;
  static final int CALLS = 600;
  static final int WORKFLOW_IDS = 12;

  final SwfFake fake = SwfFake.builder().clock(FakeClock.at(START)).build();
  final SwfClient swf = fake.client();
  final Map<String, AtomicInteger> signalsByRun = new ConcurrentHashMap<>();
  final Map<String, String> workflowIdByRun = new ConcurrentHashMap<>();
  final AtomicInteger starts = new AtomicInteger();

  @Test
  void concurrentCallsKeepEveryInvariant() throws Exception {
    swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
    swf.registerWorkflowType(r -> r.domain("d").name("T").version("1").defaultTaskList(t -> t.name("l"))
        .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("5").defaultChildPolicy("ABANDON"));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      workers.add(pool.submit(() -> {
        go.await();
        work(new Random(seed));
        return null;
      }));
    }
    go.countDown();
    for (Future<?> worker : workers) {
      worker.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    List<WorkflowExecutionInfo> open = listOpen();
    List<WorkflowExecutionInfo> closed = listClosed();
    assertThat(open.stream().map(info -> info.execution().workflowId())).doesNotHaveDuplicates();
    assertThat(open.size() + closed.size()).isEqualTo(starts.get());
    assertThat(swf.countOpenWorkflowExecutions(r -> r.domain("d").startTimeFilter(f -> f.oldestDate(START))).count())
        .isEqualTo(open.size());
    for (String runId : workflowIdByRun.keySet()) {
      List<HistoryEvent> history = history(workflowIdByRun.get(runId), runId);
      assertThat(history).extracting(HistoryEvent::eventId)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, history.size()).boxed().toList());
      assertThat(history.get(0).eventType()).isEqualTo(EventType.WORKFLOW_EXECUTION_STARTED);
      assertThat(history.stream().filter(e -> e.eventType() == EventType.WORKFLOW_EXECUTION_SIGNALED).count())
          .as("signals recorded for run %s", runId)
          .isEqualTo(signalsByRun.getOrDefault(runId, new AtomicInteger()).get());
    }
  }

  private void work(Random random) {
    List<String> myRuns = new ArrayList<>();
    for (int call = 0; call < CALLS; call++) {
      String workflowId = "w" + random.nextInt(WORKFLOW_IDS);
      try {
        switch (random.nextInt(6)) {
          case 0:
          case 1: {
            String runId = swf.startWorkflowExecution(r -> r.domain("d").workflowId(workflowId)
                .workflowType(t -> t.name("T").version("1"))).runId();
            starts.incrementAndGet();
            workflowIdByRun.put(runId, workflowId);
            myRuns.add(runId);
            break;
          }
          case 2: {
            if (!myRuns.isEmpty()) {
              String runId = myRuns.get(random.nextInt(myRuns.size()));
              swf.signalWorkflowExecution(r -> r.domain("d").workflowId(workflowIdByRun.get(runId)).runId(runId)
                  .signalName("s"));
              signalsByRun.computeIfAbsent(runId, ignored -> new AtomicInteger()).incrementAndGet();
            }
            break;
          }
          case 3:
            swf.terminateWorkflowExecution(r -> r.domain("d").workflowId(workflowId));
            break;
          case 4:
            swf.requestCancelWorkflowExecution(r -> r.domain("d").workflowId(workflowId));
            break;
          default:
            listOpen();
            break;
        }
      } catch (WorkflowExecutionAlreadyStartedException | UnknownResourceException expected) {
        // a duplicate start or a run that another thread closed: both are answers SWF gives
      }
    }
  }

  private List<WorkflowExecutionInfo> listOpen() {
    List<WorkflowExecutionInfo> all = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      ListOpenWorkflowExecutionsResponse response = swf.listOpenWorkflowExecutions(r -> r.domain("d")
          .startTimeFilter(f -> f.oldestDate(START)).maximumPageSize(3).nextPageToken(page));
      all.addAll(response.executionInfos());
      token = response.nextPageToken();
    } while (token != null);
    return all;
  }

  private List<WorkflowExecutionInfo> listClosed() {
    List<WorkflowExecutionInfo> all = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      ListClosedWorkflowExecutionsResponse response = swf.listClosedWorkflowExecutions(r -> r.domain("d")
          .startTimeFilter(f -> f.oldestDate(START)).nextPageToken(page));
      all.addAll(response.executionInfos());
      token = response.nextPageToken();
    } while (token != null);
    return all;
  }

  private List<HistoryEvent> history(String workflowId, String runId) {
    GetWorkflowExecutionHistoryResponse response = swf.getWorkflowExecutionHistory(r -> r.domain("d")
        .execution(e -> e.workflowId(workflowId).runId(runId)));
    assertThat(response.nextPageToken()).isNull();
    return response.events();
  }
}
