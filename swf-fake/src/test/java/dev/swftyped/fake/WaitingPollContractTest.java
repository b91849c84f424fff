package dev.swftyped.fake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;

/**
 * Polls that wait for a task (LP-3): handed a task made available by another call or by a clock
 * move, first come first served, released by {@code close()}. Every wait is bounded and every
 * thread joined; the fake's poll timeout is a few seconds so that an HTTP exchange stays short.
 */
@FakeOnly("watches polls wait in the fake's diagnostics and releases them with close()")
class WaitingPollContractTest extends TaskPlaneContract {
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @Override
  SwfFake.Builder configure(SwfFake.Builder builder) {
    return builder.pollTimeout(Duration.ofSeconds(4));
  }

  @AfterEach
  void joinThreads() throws InterruptedException {
    fake.close();
    threads.shutdown();
    assertThat(threads.awaitTermination(10, SECONDS)).as("every poller thread ends").isTrue();
  }

  /** Waits (in real time, bounded) until the fake reports the given waiting polls. */
  void awaitWaiting(String polls) throws InterruptedException {
    long deadline = System.nanoTime() + SECONDS.toNanos(5);
    while (!fake.diagnostics().contains("  " + polls + " on task list ")) {
      assertThat(System.nanoTime()).as("%s should be waiting:%n%s", polls, fake.diagnostics()).isLessThan(deadline);
      Thread.sleep(2);
    }
  }

  Future<PollForDecisionTaskResponse> pollDecisionInBackground() {
    return threads.submit(() -> pollDecision());
  }

  /** order-1 whose first decision task is done, so that it waits with nothing scheduled. */
  String idleRun(String workflowId) {
    String runId = start(workflowId);
    decide(pollDecision().taskToken());
    return runId;
  }

  @Test
  void aWaitingPollIsHandedTheTaskASignalSchedules() throws Exception {
    registerDomainAndType();
    String runId = idleRun("order-1");
    Future<PollForDecisionTaskResponse> poll = pollDecisionInBackground();
    awaitWaiting("1 decision poll");

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("go"));

    PollForDecisionTaskResponse task = poll.get(5, SECONDS);
    assertThat(task.taskToken()).isNotNull();
    assertThat(task.workflowExecution()).isEqualTo(run("order-1", runId));
    assertThat(task.startedEventId()).isEqualTo(7);
    assertThat(pendingDecisions(DECIDERS)).isZero();
  }

  @Test
  void aWaitingPollIsHandedTheTaskATimerSchedulesWhenTheClockMoves() throws Exception {
    registerDomainAndType();
    String runId = start("order-1");
    decide(pollDecision().taskToken(), startTimer("t", 30));
    Future<PollForDecisionTaskResponse> poll = pollDecisionInBackground();
    awaitWaiting("1 decision poll");

    clock.advance(Duration.ofSeconds(30));

    PollForDecisionTaskResponse task = poll.get(5, SECONDS);
    assertThat(task.startedEventId()).isEqualTo(8);
    assertThat(event("order-1", runId, 8).eventTimestamp()).isEqualTo(at(30));
  }

  @Test
  void aWaitingActivityPollIsHandedTheTaskADecisionSchedules() throws Exception {
    registerAll();
    start("order-1");
    Future<PollForActivityTaskResponse> poll = threads.submit(() -> pollActivity());
    awaitWaiting("1 activity poll");

    decide(pollDecision().taskToken(), scheduleActivity("a1"));

    PollForActivityTaskResponse task = poll.get(5, SECONDS);
    assertThat(task.activityId()).isEqualTo("a1");
    assertThat(task.startedEventId()).isEqualTo(6);
  }

  @Test
  void aWaitingDecisionPollIsHandedTheTaskAnActivityCompletionSchedules() throws Exception {
    registerAll();
    start("order-1");
    decide(pollDecision().taskToken(), scheduleActivity("a1"));
    PollForActivityTaskResponse activity = pollActivity();
    Future<PollForDecisionTaskResponse> poll = pollDecisionInBackground();
    awaitWaiting("1 decision poll");

    completeActivity(activity.taskToken(), "ok");

    assertThat(poll.get(5, SECONDS).startedEventId()).isEqualTo(9);
  }

  @Test
  void waitingPollsAreServedFirstComeFirstServed() throws Exception {
    registerDomainAndType();
    String first = idleRun("order-1");
    String second = idleRun("order-2");
    Future<PollForDecisionTaskResponse> earlier = pollDecisionInBackground();
    awaitWaiting("1 decision poll");
    Future<PollForDecisionTaskResponse> later = pollDecisionInBackground();
    awaitWaiting("2 decision polls");

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("go"));
    assertThat(earlier.get(5, SECONDS).workflowExecution()).isEqualTo(run("order-1", first));
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-2").signalName("go"));

    assertThat(later.get(5, SECONDS).workflowExecution()).isEqualTo(run("order-2", second));
  }

  @Test
  void aTaskScheduledWhileAnotherIsStartedIsHandedToAWaitingPollWhenThatOneCompletes() throws Exception {
    registerDomainAndType();
    start("order-1");
    PollForDecisionTaskResponse started = pollDecision();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("go"));
    Future<PollForDecisionTaskResponse> poll = pollDecisionInBackground();
    awaitWaiting("1 decision poll");

    decide(started.taskToken());

    assertThat(poll.get(5, SECONDS).previousStartedEventId()).isEqualTo(3);
  }

  @Test
  void closingTheFakeReleasesAWaitingPollWithTheEmptyTask() throws Exception {
    registerDomainAndType();
    Future<PollForDecisionTaskResponse> poll = pollDecisionInBackground();
    Future<PollForActivityTaskResponse> activity = threads.submit(() -> pollActivity());
    awaitWaiting("1 decision poll");
    awaitWaiting("1 activity poll");

    fake.close();

    PollForDecisionTaskResponse empty = poll.get(5, SECONDS);
    assertThat(empty.taskToken()).isNull();
    assertThat(empty.hasEvents()).isFalse();
    assertThat(empty.startedEventId()).isZero();
    assertThat(empty.previousStartedEventId()).isZero();
    assertThat(activity.get(5, SECONDS).taskToken()).isNull();
    assertThat(pollDecision().taskToken()).as("after close a poll answers at once").isNull();
  }

  @Test
  void aPollOnAnotherListKeepsWaiting() throws Exception {
    registerDomainAndType();
    idleRun("order-1");
    Future<PollForDecisionTaskResponse> other = threads.submit(() -> pollDecision("other"));
    awaitWaiting("1 decision poll");

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("go"));

    assertThat(other.isDone()).isFalse();
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    fake.close();
    assertThat(other.get(5, SECONDS).taskToken()).isNull();
  }

  @Test
  void anAsynchronousPollCompletesWhenATaskArrives() throws Exception {
    registerDomainAndType();
    idleRun("order-1");
    CompletableFuture<PollForDecisionTaskResponse> poll = fake.asyncClient()
        .pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name(DECIDERS)));
    awaitWaiting("1 decision poll");
    assertThat(poll).isNotDone();

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("go"));

    assertThat(poll.get(5, SECONDS).startedEventId()).isEqualTo(7);
  }
}
