package dev.swftyped.fake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.LimitExceededException;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;

/**
 * Polls that wait in real time (LP-3, LP-4): a poll with nothing to take answers the empty task when
 * its timeout ends; on a clock that does not notify the fake, a waiting poll wakes by itself when a
 * timer is due; a task list holds at most 1,000 waiting polls. In process only: these depend on
 * real time, in fractions of a second, or hold a thousand pending futures.
 */
class PollTimeoutTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private SwfFake fake;

  @AfterEach
  void stop() throws InterruptedException {
    if (fake != null) {
      fake.close();
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(10, SECONDS)).isTrue();
  }

  SwfClient newFake(Clock clock, Duration pollTimeout) {
    fake = SwfFake.builder().clock(clock).seed(7).pollTimeout(pollTimeout).build();
    SwfClient swf = fake.client();
    swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("1"));
    swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1").defaultTaskList(t -> t.name("deciders"))
        .defaultExecutionStartToCloseTimeout("60").defaultTaskStartToCloseTimeout("NONE")
        .defaultChildPolicy(ChildPolicy.TERMINATE));
    return swf;
  }

  static PollForDecisionTaskResponse poll(SwfClient swf) {
    return swf.pollForDecisionTask(r -> r.domain("orders").taskList(t -> t.name("deciders")));
  }

  @Test
  void aPollWithNothingToTakeAnswersEmptyWhenItsTimeoutEnds() throws Exception {
    SwfClient swf = newFake(FakeClock.at(java.time.Instant.parse("2026-03-01T12:00:00Z")), Duration.ofMillis(200));

    Future<PollForDecisionTaskResponse> poll = threads.submit(() -> poll(swf));
    CompletableFuture<PollForDecisionTaskResponse> async = fake.asyncClient()
        .pollForDecisionTask(r -> r.domain("orders").taskList(t -> t.name("deciders")));

    assertThat(poll.get(5, SECONDS).taskToken()).isNull();
    assertThat(poll.get().startedEventId()).isZero();
    assertThat(async.get(5, SECONDS).taskToken()).isNull();
    assertThat(fake.diagnostics()).doesNotContain("Waiting polls");
  }

  @Test
  void onAClockThatDoesNotNotifyAWaitingPollWakesWhenATimerIsDue() throws Exception {
    SwfClient swf = newFake(Clock.systemUTC(), Duration.ofSeconds(5));
    swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-1").workflowType(t -> t.name("Order")
        .version("1")));
    String token = poll(swf).taskToken();
    swf.respondDecisionTaskCompleted(r -> r.taskToken(token).decisions(d -> d.decisionType(DecisionType.START_TIMER)
        .startTimerDecisionAttributes(a -> a.timerId("t").startToFireTimeout("1"))));

    PollForDecisionTaskResponse task = threads.submit(() -> poll(swf)).get(5, SECONDS);

    assertThat(task.taskToken()).as("woken by the timer, not by the poll timeout").isNotNull();
    assertThat(task.previousStartedEventId()).isEqualTo(3);
  }

  @Test
  void aThousandAndFirstWaitingPollOnOneListIsRefused() throws Exception {
    newFake(FakeClock.at(java.time.Instant.parse("2026-03-01T12:00:00Z")), Duration.ofSeconds(60));
    List<CompletableFuture<PollForDecisionTaskResponse>> polls = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      polls.add(fake.asyncClient().pollForDecisionTask(r -> r.domain("orders").taskList(t -> t.name("deciders"))));
    }
    assertThat(polls).noneMatch(CompletableFuture::isDone);
    CompletableFuture<PollForDecisionTaskResponse> elsewhere = fake.asyncClient()
        .pollForDecisionTask(r -> r.domain("orders").taskList(t -> t.name("another-list")));
    assertThat(elsewhere).as("the limit is per task list").isNotDone();

    ExecutionException refused = catchThrowableOfType(ExecutionException.class, () -> fake.asyncClient()
        .pollForDecisionTask(r -> r.domain("orders").taskList(t -> t.name("deciders"))).get(5, SECONDS));

    assertThat(refused.getCause()).isInstanceOf(LimitExceededException.class);
    LimitExceededException fault = (LimitExceededException) refused.getCause();
    assertThat(fault.awsErrorDetails().errorCode()).isEqualTo("LimitExceededFault");
    assertThat(fault.awsErrorDetails().errorMessage())
        .isEqualTo("Limit on maximum concurrent poll requests per task list reached");
    fake.close();
    assertThat(elsewhere.get(5, SECONDS).taskToken()).isNull();
    for (CompletableFuture<PollForDecisionTaskResponse> poll : polls) {
      assertThat(poll.get(5, SECONDS).taskToken()).isNull();
    }
  }
}
