package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * Deciders and activity workers on many threads against one fake, with real waiting polls: every
 * task is handed out exactly once, none is lost, every workflow closes; and closing the fake
 * releases the polls that wait.
 */
class TaskPlaneConcurrencyTest {
  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  static final int WORKFLOWS = 100;
  static final int ACTIVITIES_PER_WORKFLOW = 3;
  static final int DECIDERS = 4;
  static final int WORKERS = 4;
  /** How long the whole run may take in real time before the test gives up (it takes well under a second). */
  static final Duration LIMIT = Duration.ofSeconds(60);

  final SwfFake fake = SwfFake.builder().clock(FakeClock.at(START)).pollTimeout(Duration.ofMillis(200)).build();
  final SwfClient swf = fake.client();

  /** Every decision task and activity task handed out, by run and started event: a second hand-out is a failure. */
  final Set<String> decisionTasks = ConcurrentHashMap.newKeySet();
  final Set<String> activityTasks = ConcurrentHashMap.newKeySet();
  final Map<String, AtomicInteger> completedActivities = new ConcurrentHashMap<>();
  final AtomicInteger closedWorkflows = new AtomicInteger();
  final List<String> problems = new ArrayList<>();

  @Test
  void pollersOnManyThreadsGetEveryTaskExactlyOnce() throws Exception {
    swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
    // No timeouts: the clock does not move, and nothing may be handed out twice because it timed out.
    swf.registerWorkflowType(r -> r.domain("d").name("T").version("1").defaultTaskList(t -> t.name("deciders"))
        .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("NONE")
        .defaultChildPolicy("TERMINATE"));
    swf.registerActivityType(r -> r.domain("d").name("A").version("1").defaultTaskList(t -> t.name("workers"))
        .defaultTaskScheduleToStartTimeout("NONE").defaultTaskScheduleToCloseTimeout("NONE")
        .defaultTaskStartToCloseTimeout("NONE").defaultTaskHeartbeatTimeout("NONE"));
    ExecutorService pool = Executors.newFixedThreadPool(DECIDERS + WORKERS);
    long deadline = System.nanoTime() + LIMIT.toNanos();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> pollers = new ArrayList<>();
    for (int i = 0; i < DECIDERS; i++) {
      String identity = "decider-" + i;
      pollers.add(pool.submit(() -> {
        loop(go, deadline, () -> decide(identity));
        return null;
      }));
    }
    for (int i = 0; i < WORKERS; i++) {
      String identity = "worker-" + i;
      pollers.add(pool.submit(() -> {
        loop(go, deadline, () -> work(identity));
        return null;
      }));
    }
    // The pollers wait before there is anything to do; the starts hand them their first tasks.
    go.countDown();
    List<String> runIds = new ArrayList<>();
    for (int i = 0; i < WORKFLOWS; i++) {
      String workflowId = "w" + i;
      runIds.add(swf.startWorkflowExecution(r -> r.domain("d").workflowId(workflowId)
          .workflowType(t -> t.name("T").version("1"))).runId());
    }
    for (Future<?> poller : pollers) {
      poller.get(LIMIT.toSeconds() + 10, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(problems).isEmpty();
    assertThat(closedWorkflows.get()).as("workflows completed by the deciders").isEqualTo(WORKFLOWS);
    assertThat(activityTasks).hasSize(WORKFLOWS * ACTIVITIES_PER_WORKFLOW);
    assertThat(completedActivities).hasSize(WORKFLOWS * ACTIVITIES_PER_WORKFLOW);
    assertThat(completedActivities.values()).allMatch(count -> count.get() == 1);
    assertThat(swf.countOpenWorkflowExecutions(r -> r.domain("d").startTimeFilter(f -> f.oldestDate(START)))
        .count()).isZero();
    assertThat(swf.countPendingDecisionTasks(r -> r.domain("d").taskList(t -> t.name("deciders"))).count()).isZero();
    assertThat(swf.countPendingActivityTasks(r -> r.domain("d").taskList(t -> t.name("workers"))).count()).isZero();
    for (int i = 0; i < WORKFLOWS; i++) {
      String workflowId = "w" + i;
      String runId = runIds.get(i);
      WorkflowExecutionInfo info = swf.describeWorkflowExecution(r -> r.domain("d")
          .execution(e -> e.workflowId(workflowId).runId(runId))).executionInfo();
      assertThat(info.closeStatus()).isEqualTo(CloseStatus.COMPLETED);
      List<HistoryEvent> history = swf.getWorkflowExecutionHistory(r -> r.domain("d")
          .execution(e -> e.workflowId(workflowId).runId(runId))).events();
      assertThat(count(history, EventType.ACTIVITY_TASK_SCHEDULED)).isEqualTo(ACTIVITIES_PER_WORKFLOW);
      assertThat(count(history, EventType.ACTIVITY_TASK_STARTED)).isEqualTo(ACTIVITIES_PER_WORKFLOW);
      assertThat(count(history, EventType.ACTIVITY_TASK_COMPLETED)).isEqualTo(ACTIVITIES_PER_WORKFLOW);
      assertThat(count(history, EventType.DECISION_TASK_STARTED))
          .as("decision tasks of %s", workflowId)
          .isEqualTo(count(history, EventType.DECISION_TASK_COMPLETED));
      assertOneDecisionTaskAtATime(workflowId, history);
    }
  }

  /** Polls and answers until every workflow has closed, or the time is up. */
  private void loop(CountDownLatch go, long deadline, Supplier<Boolean> pollOnce) throws InterruptedException {
    go.await();
    while (closedWorkflows.get() < WORKFLOWS && System.nanoTime() < deadline) {
      pollOnce.get();
    }
  }

  /**
   * One decider's poll: the first task of a run schedules its activities, the task that sees them
   * all completed completes the run, any other answers with no decisions.
   */
  private boolean decide(String identity) {
    PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain("d").taskList(t -> t.name("deciders"))
        .identity(identity));
    if (task.taskToken() == null) {
      return false;
    }
    String runId = task.workflowExecution().runId();
    if (!decisionTasks.add(runId + "@" + task.startedEventId())) {
      problem("decision task " + runId + "@" + task.startedEventId() + " handed out twice");
    }
    assertThat(task.nextPageToken()).as("a history of one page").isNull();
    List<Decision> decisions = new ArrayList<>();
    if (count(task.events(), EventType.ACTIVITY_TASK_SCHEDULED) == 0) {
      for (int i = 0; i < ACTIVITIES_PER_WORKFLOW; i++) {
        String activityId = "a" + i;
        decisions.add(Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
            .scheduleActivityTaskDecisionAttributes(a -> a.activityId(activityId)
                .activityType(t -> t.name("A").version("1")).input(runId + "/" + activityId)).build());
      }
    } else if (count(task.events(), EventType.ACTIVITY_TASK_COMPLETED) == ACTIVITIES_PER_WORKFLOW) {
      decisions.add(Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION).build());
    }
    swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(decisions));
    if (!decisions.isEmpty() && decisions.get(0).decisionType() == DecisionType.COMPLETE_WORKFLOW_EXECUTION) {
      closedWorkflows.incrementAndGet();
    }
    return true;
  }

  /** One worker's poll: completes the activity task it gets. */
  private boolean work(String identity) {
    PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain("d").taskList(t -> t.name("workers"))
        .identity(identity));
    if (task.taskToken() == null) {
      return false;
    }
    String activity = task.workflowExecution().runId() + "/" + task.activityId();
    if (!activityTasks.add(activity) || !task.input().equals(activity)) {
      problem("activity task " + activity + " handed out twice, or with the input of another");
    }
    swf.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result(activity));
    completedActivities.computeIfAbsent(activity, ignored -> new AtomicInteger()).incrementAndGet();
    return true;
  }

  private synchronized void problem(String problem) {
    problems.add(problem);
  }

  private static long count(List<HistoryEvent> events, EventType type) {
    return events.stream().filter(e -> e.eventType() == type).count();
  }

  /** A decision task is started only after the previous one completed (DT-4). */
  private static void assertOneDecisionTaskAtATime(String workflowId, List<HistoryEvent> history) {
    boolean started = false;
    for (HistoryEvent event : history) {
      if (event.eventType() == EventType.DECISION_TASK_STARTED) {
        assertThat(started).as("two decision tasks of %s started at once", workflowId).isFalse();
        started = true;
      } else if (event.eventType() == EventType.DECISION_TASK_COMPLETED) {
        started = false;
      }
    }
  }

  @Test
  void closingTheFakeReleasesEveryWaitingPoll() throws Exception {
    SwfFake waiting = SwfFake.builder().clock(FakeClock.at(START)).pollTimeout(Duration.ofSeconds(60)).build();
    SwfClient client = waiting.client();
    client.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> polls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      polls.add(pool.submit(() -> client.pollForDecisionTask(r -> r.domain("d").taskList(t -> t.name("deciders")))
          .taskToken()));
      polls.add(pool.submit(() -> client.pollForActivityTask(r -> r.domain("d").taskList(t -> t.name("workers")))
          .taskToken()));
    }
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!(waiting.diagnostics().contains("4 decision polls on task list deciders")
        && waiting.diagnostics().contains("4 activity polls on task list workers"))) {
      assertThat(System.nanoTime()).as("the eight polls should wait within 10 s").isLessThan(waitUntil);
      Thread.sleep(5);
    }
    long closing = System.nanoTime();
    waiting.close();
    for (Future<String> poll : polls) {
      assertThat(poll.get(5, TimeUnit.SECONDS)).as("a released poll answers the empty task").isNull();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(5));
    assertThat(waiting.diagnostics()).doesNotContain("Waiting polls");
    long later = System.nanoTime();
    assertThat(client.pollForDecisionTask(r -> r.domain("d").taskList(t -> t.name("deciders"))).taskToken()).isNull();
    assertThat(Duration.ofNanos(System.nanoTime() - later)).as("a poll after close answers at once")
        .isLessThan(Duration.ofSeconds(5));
    pool.shutdownNow();
  }
}
