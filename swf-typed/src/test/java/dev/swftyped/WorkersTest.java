package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swftyped.fake.Calls;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.Fault;
import dev.swftyped.fake.SwfFake;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskRequest;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;

/**
 * Deciders and activity handlers run by workers against the fake, on real threads: no task lost
 * or handled twice, graceful shutdown with tasks in hand and past its deadline, handler failures,
 * cancellation through heartbeats (the handler's and the worker's), a decider's failure left to
 * its timeout, SWF's errors in the loops, and the lifecycle. Every wait is bounded and every
 * thread joined.
 */
class WorkersTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final WorkflowId ORDER = TasksAgainstFakeTest.ORDER;
  static final ActivityId CHARGE = TasksAgainstFakeTest.CHARGE;
  static final Duration WAIT = Duration.ofSeconds(20);

  final FakeClock clock = FakeClock.at(START);
  final SwfFake fake = SwfFake.builder().clock(clock).seed(11).pollTimeout(Duration.ofMillis(200)).build();
  final SwfTyped swf = SwfTyped.create(fake.client(), clock);
  final ConcurrentLogger log = new ConcurrentLogger();
  final List<AutoCloseable> workers = new ArrayList<>();

  WorkersTest() {
    TasksAgainstFakeTest.register(swf);
  }

  @AfterEach
  void closeEverything() throws Exception {
    for (AutoCloseable worker : workers) {
      worker.close();
    }
    fake.close();
    assertThat(liveWorkerThreads()).isEmpty();
  }

  /** A logger that keeps every record, from any thread. */
  static final class ConcurrentLogger implements System.Logger {
    record LogRecord(Level level, String message, Throwable thrown) {}

    final ConcurrentLinkedQueue<LogRecord> records = new ConcurrentLinkedQueue<>();

    @Override
    public String getName() {
      return "concurrent";
    }

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
      records.add(new LogRecord(level, message, thrown));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      // as java.util.logging does: a message with no parameters is not a pattern (its quotes stay)
      String message = params == null || params.length == 0 ? format : java.text.MessageFormat.format(format, params);
      records.add(new LogRecord(level, message, null));
    }

    List<String> warnings() {
      return records.stream().filter(r -> r.level() == Level.WARNING).map(LogRecord::message).toList();
    }
  }

  static List<String> liveWorkerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("swf-"))
        .toList();
  }

  ActivityWorker activities(ActivityHandler handler, int threads) {
    return activities(ActivityWorker.builder(swf, "orders", "payments", handler).threads(threads));
  }

  ActivityWorker activities(ActivityWorker.Builder builder) {
    ActivityWorker worker = builder.identity("worker").logger(log).build();
    workers.add(worker);
    return worker.start();
  }

  DeciderWorker decider(Decider decider) {
    DeciderWorker worker = DeciderWorker.builder(swf, "orders", "deciders", decider).identity("decider")
        .threads(2).logger(log).build();
    workers.add(worker);
    return worker.start();
  }

  /** Starts a run and answers its first decision task on this thread with the given decisions. */
  ExecutionId startWith(String id, Decision... decisions) {
    ExecutionId run = swf.startExecution("orders", ORDER, CurrentExecutionId.of(id));
    DecisionTask task = swf.pollDecisionTask("orders", "deciders").orElseThrow();
    swf.respondDecisionTask(task, Decisions.of(decisions));
    return run;
  }

  /** Waits, in real time, until the run's history has an event that passes the test. */
  <E extends Event> E awaitEvent(ExecutionId run, Class<E> type, Predicate<? super E> test) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<E> found = swf.listHistory("orders", run).filter(type::isInstance).map(type::cast).filter(test)
          .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + run + " after " + WAIT + ":\n"
        + fake.diagnostics());
  }

  <E extends Event> E awaitEvent(ExecutionId run, Class<E> type) throws InterruptedException {
    return awaitEvent(run, type, event -> true);
  }

  static void await(CountDownLatch latch) throws InterruptedException {
    assertThat(latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("latch reached zero in time").isTrue();
  }

  // ---------------------------------------------------------------- many tasks

  @Test
  void noTaskIsLostOrHandledTwiceUnderEightThreads() {
    int workflows = 30;
    int perWorkflow = 10;
    Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    decider(task -> {
      ExecutionState state = task.state();
      if (state.tasks().isEmpty()) {
        List<Decision> schedule = new ArrayList<>();
        for (int i = 0; i < perWorkflow; i++) {
          schedule.add(Decision.ScheduleActivityTask.of(CHARGE, "a" + i).withInput(task.execution().id()));
        }
        return Decisions.of(schedule);
      }
      if (state.tasks().stream().allMatch(t -> t.status() == ExecutionState.TaskStatus.COMPLETED)) {
        return Decisions.of(Decision.CompleteWorkflowExecution.of().withResult(Integer.toString(state.tasks().size())));
      }
      return Decisions.of();
    });
    activities((task, context) -> {
      handled.computeIfAbsent(task.input().orElseThrow() + "/" + task.activityId(), key -> new AtomicInteger())
          .incrementAndGet();
      return Optional.of(task.activityId());
    }, 8);

    for (int w = 0; w < workflows; w++) {
      swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-" + w));
    }
    for (int w = 0; w < workflows; w++) {
      assertThat(fake.awaitClosed("orders", "order-" + w, Duration.ofDays(1)).closeStatus())
          .isEqualTo(CloseStatus.COMPLETED);
    }

    assertThat(handled).hasSize(workflows * perWorkflow);
    assertThat(handled.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    for (int w = 0; w < workflows; w++) {
      ExecutionInfo info = swf.listClosedExecutions("orders", ClosedExecutionQuery.defaults()
          .withFilter(IdExecutionFilter.of(CurrentExecutionId.of("order-" + w)))).findFirst().orElseThrow();
      ExecutionState state = ExecutionState.of(swf.listHistory("orders", info.execution()).toList());
      assertThat(state.result()).contains("10");
      assertThat(state.tasks()).extracting(ExecutionState.TaskState::result)
          .allSatisfy(result -> assertThat(result).isPresent());
    }
    assertThat(log.warnings()).isEmpty();
  }

  @Test
  void aDeciderReadsAHistoryOfSeveralPages() {
    ExecutionId run = swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));
    for (int i = 0; i < 1500; i++) {
      swf.signalExecution("orders", run, "s" + i);
    }
    decider(task -> Decisions.of(Decision.CompleteWorkflowExecution.of()
        .withResult(task.state().signals().size() + " signals in " + task.events().size() + " events")));

    assertThat(fake.awaitClosed("orders", "order-1", Duration.ofDays(1)).closeStatus())
        .isEqualTo(CloseStatus.COMPLETED);
    assertThat(ExecutionState.of(swf.listHistory("orders", run).toList()).result())
        .contains("1500 signals in 1503 events");
    assertThat(fake.calls()).filteredOn(call -> call.operation().equals("PollForDecisionTask")
            && ((software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest) call.request())
                .nextPageToken() != null)
        .singleElement()
        .satisfies(call -> assertThat(((software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest)
            call.request()).identity()).isEqualTo("decider"));
  }

  // ---------------------------------------------------------------- shutdown

  @Test
  void shutdownStopsPollingAndLetsTheTasksInHandFinish() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ActivityWorker worker = activities((task, context) -> {
      started.countDown();
      assertThat(release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
      return Optional.of("done " + task.activityId());
    }, 3);
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"),
        Decision.ScheduleActivityTask.of(CHARGE, "b"));
    await(started);

    boolean[] finished = new boolean[1];
    Thread shutdown = new Thread(() -> finished[0] = worker.shutdown(WAIT));
    shutdown.start();
    shutdown.join(300);
    assertThat(shutdown.isAlive()).as("shutdown waits for the tasks in hand").isTrue();
    release.countDown();
    shutdown.join(WAIT.toMillis());

    assertThat(shutdown.isAlive()).isFalse();
    assertThat(finished[0]).isTrue();
    assertThat(liveWorkerThreads()).isEmpty();
    assertThat(ExecutionState.of(swf.listHistory("orders", run).toList()).tasks())
        .extracting(ExecutionState.TaskState::result)
        .containsExactly(Optional.of("done a"), Optional.of("done b"));
  }

  @Test
  void pastTheDeadlineHandlersAreInterruptedAndTheirTasksFail() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    ActivityWorker worker = activities((task, context) -> {
      started.countDown();
      Thread.sleep(WAIT.toMillis());
      return Optional.of("too late");
    }, 2);
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"));
    await(started);

    long before = System.nanoTime();
    boolean finished = worker.shutdown(Duration.ofMillis(200));

    assertThat(finished).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    assertThat(liveWorkerThreads()).isEmpty();
    Event.ActivityTaskFailed failed = awaitEvent(run, Event.ActivityTaskFailed.class);
    assertThat(failed.reason()).contains("java.lang.InterruptedException");
    assertThat(log.warnings()).anySatisfy(message -> assertThat(message)
        .matches("swf-activity-worker-payments-[12] was still running a task when the shutdown's deadline passed: "
            + "interrupting it"));
  }

  @Test
  void aPollThatIgnoresInterruptsIsWaitedForAndLoggedAsAPoll() {
    CountDownLatch polling = new CountDownLatch(1);
    SwfClient deafClient = new SwfClient() { // like the SDK's Apache client: a read in progress ignores interrupts
      @Override
      public PollForActivityTaskResponse pollForActivityTask(PollForActivityTaskRequest request) {
        polling.countDown();
        long until = System.nanoTime() + Duration.ofMillis(500).toNanos();
        while (System.nanoTime() < until) {
          LockSupport.parkNanos(until - System.nanoTime());
        }
        return PollForActivityTaskResponse.builder().build(); // SWF's empty answer
      }

      @Override
      public String serviceName() {
        return "swf";
      }

      @Override
      public void close() {}
    };
    ActivityWorker worker = ActivityWorker.builder(SwfTyped.create(deafClient, clock), "orders", "payments",
        (task, context) -> Optional.empty()).logger(log).build().start();
    workers.add(worker);
    assertThat(awaitQuietly(polling)).isTrue();

    boolean finished = worker.shutdown(Duration.ofMillis(50));

    assertThat(finished).isFalse();
    assertThat(liveWorkerThreads()).isEmpty();
    assertThat(log.warnings()).containsExactly("swf-activity-worker-payments-1 was still polling (an HTTP client that "
        + "ignores interrupts ends a poll only when SWF answers it) when the shutdown's deadline passed: "
        + "interrupting it");
  }

  private static boolean awaitQuietly(CountDownLatch latch) {
    try {
      return latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void shutdownInterruptsWaitingPollsAtOnce() {
    SwfFake slowPolls = SwfFake.builder().clock(clock).pollTimeout(Duration.ofSeconds(60)).build();
    SwfTyped slow = SwfTyped.create(slowPolls.client(), clock);
    TasksAgainstFakeTest.register(slow);
    ActivityWorker activityWorker = ActivityWorker.builder(slow, "orders", "payments", (task, context) -> Optional.empty())
        .threads(4).logger(log).build().start();
    DeciderWorker deciderWorker = DeciderWorker.builder(slow, "orders", "deciders", task -> Decisions.of())
        .threads(4).logger(log).build().start();

    long before = System.nanoTime();
    boolean activitiesFinished = activityWorker.shutdown(Duration.ofSeconds(30));
    boolean decisionsFinished = deciderWorker.shutdown(Duration.ofSeconds(30));

    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    assertThat(activitiesFinished).isTrue();
    assertThat(decisionsFinished).isTrue();
    assertThat(liveWorkerThreads()).isEmpty();
    assertThat(log.warnings()).isEmpty();
    slowPolls.close();
  }

  // ---------------------------------------------------------------- failures

  @Test
  void aHandlersExceptionFailsTheTaskWithItsClassNameAndStackTraceCutToSwfsLimits() throws Exception {
    activities((task, context) -> {
      throw new IllegalStateException("card declined: " + "x".repeat(40_000));
    }, 1);
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"));

    Event.ActivityTaskFailed failed = awaitEvent(run, Event.ActivityTaskFailed.class);

    assertThat(failed.reason()).contains("java.lang.IllegalStateException");
    assertThat(failed.details()).hasValueSatisfying(details -> {
      assertThat(details).startsWith("java.lang.IllegalStateException: card declined: xxx");
      assertThat(details).hasSize(32768).endsWith("...");
    });
    assertThat(log.warnings()).anySatisfy(message -> assertThat(message)
        .startsWith("The handler failed on activity task a (Charge 1) of ExecutionId[id=order-1"));
  }

  @Test
  void aStackTraceWithinTheLimitIsSentWhole() throws Exception {
    activities((task, context) -> {
      throw new java.io.UncheckedIOException("disk full", new java.io.IOException("no space"));
    }, 1);
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"));

    Event.ActivityTaskFailed failed = awaitEvent(run, Event.ActivityTaskFailed.class);

    assertThat(failed.reason()).contains("java.io.UncheckedIOException");
    assertThat(failed.details()).hasValueSatisfying(details -> assertThat(details)
        .startsWith("java.io.UncheckedIOException: disk full")
        .contains("Caused by: java.io.IOException: no space")
        .contains("at dev.swftyped.WorkersTest")
        .doesNotEndWith("..."));
  }

  @Test
  void aResultOverSwfsLimitFailsTheTask() throws Exception {
    activities((task, context) -> Optional.of("r".repeat(32769)), 1);
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"));

    Event.ActivityTaskFailed failed = awaitEvent(run, Event.ActivityTaskFailed.class);

    assertThat(failed.reason()).contains("java.lang.IllegalArgumentException");
    assertThat(failed.details().orElseThrow()).contains("result has 32769 characters");
  }

  @Test
  void reasonsAndDetailsAreCutToSwfsLimitsWithoutSplittingACharacter() {
    assertThat(ActivityWorker.cut("abc", 3)).isEqualTo("abc");
    assertThat(ActivityWorker.cut("abcd", 3)).isEqualTo("...");
    assertThat(ActivityWorker.cut("x".repeat(300), 256)).hasSize(256).endsWith("...");
    String emoji = "\uD83D\uDE00";
    String cut = ActivityWorker.cut("x".repeat(252) + emoji + "yyyy", 256);
    assertThat(cut).isEqualTo("x".repeat(252) + "...");
    assertThat(ActivityWorker.reason(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    assertThat(ActivityWorker.details(new IllegalStateException("m".repeat(40_000)))).hasSize(32768);
  }

  @Test
  void aDecidersExceptionLeavesTheTaskToItsStartToCloseTimeout() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch failedOnce = new CountDownLatch(1);
    decider(task -> {
      if (calls.incrementAndGet() == 1) {
        failedOnce.countDown();
        throw new IllegalStateException("not today");
      }
      return Decisions.of(Decision.CompleteWorkflowExecution.of().withResult("attempt " + calls.get()));
    });
    ExecutionId run = swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));
    await(failedOnce);
    awaitWarning(); // logged once the worker has given the task up, instead of answering it

    assertThat(swf.lastHistoryEvent("orders", run)).isInstanceOf(Event.DecisionTaskStarted.class);
    assertThat(log.warnings()).singleElement().satisfies(message -> assertThat(message)
        .contains("The decider failed on the decision task of ExecutionId[id=order-1")
        .endsWith("the task is left to its start-to-close timeout"));

    clock.advance(Duration.ofSeconds(30));

    assertThat(fake.awaitClosed("orders", "order-1", Duration.ofDays(1)).closeStatus())
        .isEqualTo(CloseStatus.COMPLETED);
    ExecutionState state = ExecutionState.of(swf.listHistory("orders", run).toList());
    assertThat(state.result()).contains("attempt 2");
    assertThat(swf.listHistory("orders", run)).filteredOn(Event.DecisionTaskTimedOut.class::isInstance).hasSize(1);
  }

  @Test
  void swfErrorsInTheLoopAreLoggedAndTheLoopGoesOnAfterABackoff() throws Exception {
    fake.inject(Fault.throttling(), Calls.to("PollForActivityTask").times(3));
    fake.inject(Fault.internalError(), Calls.to("RespondActivityTaskCompleted").once());
    AtomicInteger handled = new AtomicInteger();
    activities((task, context) -> Optional.of("handled " + handled.incrementAndGet()), 1);
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"),
        Decision.ScheduleActivityTask.of(CHARGE, "b"));

    awaitEvent(run, Event.ActivityTaskCompleted.class);

    assertThat(log.warnings()).filteredOn(message -> message.contains("polling failed; polling again in"))
        .containsExactly("swf-activity-worker-payments: polling failed; polling again in 100 ms",
            "swf-activity-worker-payments: polling failed; polling again in 200 ms",
            "swf-activity-worker-payments: polling failed; polling again in 400 ms");
    assertThat(log.warnings()).filteredOn(message -> message.contains("SWF did not take the answer")).hasSize(1);
    assertThat(handled.get()).isEqualTo(2);
  }

  @Test
  void anAnswerWithADeadTokenIsLoggedAndTheWorkerGoesOn() throws Exception {
    AtomicInteger handled = new AtomicInteger();
    activities((task, context) -> {
      if (handled.incrementAndGet() == 1) {
        clock.advance(Duration.ofSeconds(601)); // past the task's start-to-close timeout
      }
      return Optional.of("handled " + task.activityId());
    }, 1);
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"));
    awaitEvent(run, Event.ActivityTaskTimedOut.class);
    swf.signalExecution("orders", run, "again");
    swf.respondDecisionTask(swf.pollDecisionTask("orders", "deciders").orElseThrow(),
        Decisions.of(Decision.ScheduleActivityTask.of(CHARGE, "b")));

    Event.ActivityTaskCompleted completed = awaitEvent(run, Event.ActivityTaskCompleted.class);

    assertThat(completed.result()).contains("handled b");
    assertThat(log.records).filteredOn(r -> r.message().contains("SWF did not take the answer")).singleElement()
        .satisfies(r -> assertThat(r.thrown())
            .isInstanceOf(software.amazon.awssdk.services.swf.model.UnknownResourceException.class));
  }

  @Test
  void backoffDoublesUpToTenSeconds() {
    Duration backoff = Duration.ZERO;
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      backoff = PollingThreads.next(backoff);
      millis.add(backoff.toMillis());
    }
    assertThat(millis).containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 6400L, 10_000L, 10_000L);
  }

  // ---------------------------------------------------------------- cancellation

  @Test
  void aHandlerThatHeartbeatsLearnsOfTheCancellationAndTheTaskIsCancelled() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    activities((task, context) -> {
      started.countDown();
      long deadline = System.nanoTime() + WAIT.toNanos();
      for (int step = 0; System.nanoTime() < deadline; step++) {
        context.heartbeat("step " + step);
        Thread.sleep(10);
      }
      return Optional.of("never cancelled");
    }, 1);
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"));
    await(started);

    swf.signalExecution("orders", run, "customer-cancelled");
    swf.respondDecisionTask(swf.pollDecisionTask("orders", "deciders").orElseThrow(),
        Decisions.of(Decision.RequestCancelActivityTask.of("a")));

    awaitEvent(run, Event.ActivityTaskCanceled.class);
    assertThat(swf.listHistory("orders", run)).noneMatch(event -> event instanceof Event.ActivityTaskCompleted
        || event instanceof Event.ActivityTaskFailed);
    assertThat(ExecutionState.of(swf.listHistory("orders", run).toList()).tasks()).singleElement()
        .extracting(ExecutionState.TaskState::status).isEqualTo(ExecutionState.TaskStatus.CANCELLED);
  }

  @Test
  void theWorkersScheduledHeartbeatsSetTheFlagAndTheTaskIsCancelled() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger beatsSeen = new AtomicInteger();
    activities(ActivityWorker.builder(swf, "orders", "payments", (task, context) -> {
      started.countDown();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!context.isCancelRequested() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      beatsSeen.incrementAndGet();
      throw new IllegalStateException("stopped as asked");
    }).heartbeatInterval(Duration.ofMillis(20)));
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"));
    await(started);

    swf.signalExecution("orders", run, "customer-cancelled");
    swf.respondDecisionTask(swf.pollDecisionTask("orders", "deciders").orElseThrow(),
        Decisions.of(Decision.RequestCancelActivityTask.of("a")));

    awaitEvent(run, Event.ActivityTaskCanceled.class);
    assertThat(beatsSeen.get()).isEqualTo(1);
    assertThat(swf.listHistory("orders", run)).noneMatch(Event.ActivityTaskFailed.class::isInstance);
  }

  @Test
  void scheduledHeartbeatsKeepALongTaskAliveAndResendTheLatestDetails() throws Exception {
    swf.registerActivityType("orders", ActivityId.of("Ship", "1"), PartialTaskConfiguration.builder()
        .taskList("payments").startToCloseTimeout(Timeout.ofSeconds(600)).scheduleToStartTimeout(Timeout.none())
        .scheduleToCloseTimeout(Timeout.none()).heartbeatTimeout(Timeout.ofSeconds(10)).build());
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    activities(ActivityWorker.builder(swf, "orders", "payments", (task, context) -> {
      context.heartbeat("packed");
      started.countDown();
      assertThat(release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
      return Optional.of("shipped");
    }).heartbeatInterval(Duration.ofMillis(20)));
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(ActivityId.of("Ship", "1"), "ship"));
    await(started);

    int before = heartbeats();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (heartbeats() < before + 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    clock.advance(Duration.ofSeconds(9));
    awaitHeartbeatAfterClockMove();
    clock.advance(Duration.ofSeconds(9));
    release.countDown();

    awaitEvent(run, Event.ActivityTaskCompleted.class);
    assertThat(swf.listHistory("orders", run)).noneMatch(Event.ActivityTaskTimedOut.class::isInstance);
    assertThat(fake.calls()).filteredOn(call -> call.operation().equals("RecordActivityTaskHeartbeat"))
        .extracting(call -> ((software.amazon.awssdk.services.swf.model.RecordActivityTaskHeartbeatRequest)
            call.request()).details())
        .containsOnly("packed");
  }

  /** Waits, in real time and bounded, until the worker has logged a warning. */
  private void awaitWarning() throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (log.warnings().isEmpty()) {
      assertThat(System.nanoTime()).as("a warning is logged within %s", WAIT).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private int heartbeats() {
    return (int) fake.calls().stream().filter(call -> call.operation().equals("RecordActivityTaskHeartbeat")).count();
  }

  private void awaitHeartbeatAfterClockMove() throws InterruptedException {
    Instant moved = clock.instant();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (fake.calls().stream().noneMatch(call -> call.operation().equals("RecordActivityTaskHeartbeat")
        && !call.time().isBefore(moved)) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  // ---------------------------------------------------------------- lifecycle

  @Test
  void aWorkerStartsOnceAndClosesAnyNumberOfTimes() {
    ActivityWorker worker = ActivityWorker.builder(swf, "orders", "payments", (task, context) -> Optional.empty())
        .logger(log).build();
    assertThat(worker.toString()).isEqualTo("ActivityWorker{domain=orders, taskList=payments, new}");
    worker.start();

    assertThatThrownBy(worker::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("already started");
    worker.close();
    worker.close();
    assertThat(worker.shutdown(Duration.ZERO)).isTrue();
    assertThatThrownBy(worker::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(worker.toString()).endsWith("closed}");

    DeciderWorker never = DeciderWorker.builder(swf, "orders", "deciders", task -> Decisions.of()).build();
    never.close();
    assertThatThrownBy(never::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aHandlerCannotShutItsOwnWorkerDown() throws Exception {
    java.util.concurrent.atomic.AtomicReference<ActivityWorker> self = new java.util.concurrent.atomic.AtomicReference<>();
    CountDownLatch built = new CountDownLatch(1);
    self.set(activities((task, context) -> {
      await(built);
      self.get().close();
      return Optional.of("closed myself");
    }, 1));
    built.countDown();
    ExecutionId run = startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"));

    Event.ActivityTaskFailed failed = awaitEvent(run, Event.ActivityTaskFailed.class);

    assertThat(failed.reason()).contains("java.lang.IllegalStateException");
    assertThat(failed.details().orElseThrow()).contains("cannot be shut down from one of its own threads");
  }

  @Test
  void buildersRejectWhatCannotWork() {
    ActivityHandler handler = (task, context) -> Optional.empty();
    assertThatThrownBy(() -> ActivityWorker.builder(swf, "orders", "payments", handler).threads(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActivityWorker.builder(swf, "orders", "payments", handler).heartbeatInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActivityWorker.builder(swf, "orders", " payments", handler))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeciderWorker.builder(swf, "orders", "a|b", task -> Decisions.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeciderWorker.builder(swf, "orders", "deciders", task -> Decisions.of())
        .shutdownTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workersChangeNothingProcessWideAndLeaveNoThreadBehind() throws Exception {
    Properties before = (Properties) System.getProperties().clone();
    activities((task, context) -> Optional.of("ok"), 4);
    startWith("order-1", Decision.ScheduleActivityTask.of(CHARGE, "a"));
    decider(task -> Decisions.of(Decision.CompleteWorkflowExecution.of()));
    assertThat(fake.awaitClosed("orders", "order-1", Duration.ofDays(1)).closeStatus())
        .isEqualTo(CloseStatus.COMPLETED);

    for (AutoCloseable worker : workers) {
      worker.close();
    }

    assertThat(liveWorkerThreads()).isEmpty();
    assertThat(System.getProperties()).isEqualTo(before);
  }
}
