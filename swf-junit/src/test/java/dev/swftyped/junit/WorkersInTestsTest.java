package dev.swftyped.junit;

import static dev.swftyped.junit.SwfAssertions.assertThat;
import static dev.swftyped.junit.SwfExtensionTest.onlyFailure;
import static dev.swftyped.junit.SwfExtensionTest.run;

import dev.swftyped.ActivityId;
import dev.swftyped.CurrentExecutionId;
import dev.swftyped.Decider;
import dev.swftyped.Decision;
import dev.swftyped.Decisions;
import dev.swftyped.Event;
import dev.swftyped.ExecutionInfo;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.SwfTyped;
import dev.swftyped.WorkflowId;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Deciders and activity workers in a test: started by it, run against its fake with time skipped,
 * stopped after it; a decider's failure fails the test.
 */
class WorkersInTestsTest {
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");
  static final ActivityId SHIP = ActivityId.of("Ship", "1");

  /** Waits three days for a payment signal, then ships, then completes; gives up without it. */
  static final Decider ORDER_DECIDER = task -> {
    boolean paid = task.events().stream().anyMatch(event -> event instanceof Event.WorkflowExecutionSignaled);
    boolean timedOut = task.events().stream().anyMatch(event -> event instanceof Event.TimerFired);
    boolean shipped = task.events().stream().anyMatch(event -> event instanceof Event.ActivityTaskCompleted);
    boolean waiting = task.events().stream().anyMatch(event -> event instanceof Event.TimerStarted);
    if (shipped) {
      return Decisions.of(Decision.CompleteWorkflowExecution.of().withResult("shipped"));
    }
    if (paid) {
      return task.events().stream().anyMatch(event -> event instanceof Event.ActivityTaskScheduled) ? Decisions.of()
          : Decisions.of(Decision.ScheduleActivityTask.of(SHIP, "ship"));
    }
    if (timedOut) {
      return Decisions.of(Decision.FailWorkflowExecution.of().withReason("unpaid"));
    }
    return waiting ? Decisions.of()
        : Decisions.of(Decision.StartTimer.of("payment-deadline", Duration.ofDays(3)));
  };

  @SwfTest
  @RegisterDomain("orders")
  @RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "deciders",
      defaultExecutionStartToCloseTimeout = "2592000", defaultTaskStartToCloseTimeout = "30",
      defaultChildPolicy = "TERMINATE")
  @RegisterActivityType(name = "Ship", version = "1", defaultTaskList = "workers",
      defaultTaskScheduleToStartTimeout = "NONE", defaultTaskScheduleToCloseTimeout = "NONE",
      defaultTaskStartToCloseTimeout = "60", defaultTaskHeartbeatTimeout = "NONE")
  static class OrderTestCases {
    @Test
    void aPaymentOnDayTwoShipsTheOrder(SwfWorkers workers, SwfTyped swf, SwfFake fake, FakeClock clock) {
      workers.decider("orders", "deciders", ORDER_DECIDER)
          .activities("orders", "workers", (task, context) -> Optional.of("shipped " + task.activityId()));
      swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));

      workers.runFor(Duration.ofDays(2));
      swf.signalExecution("orders", CurrentExecutionId.of("order-1"), "payment-received");
      ExecutionInfo closed = workers.awaitClosed("orders", "order-1", Duration.ofDays(5));

      org.assertj.core.api.Assertions.assertThat(closed.status()).isEqualTo(ExecutionStatus.COMPLETED);
      org.assertj.core.api.Assertions.assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
      assertThat(fake).hasExecution("order-1").hasResult("shipped").history().inOrder()
          .containsSignal("payment-received")
          .hasActivityCompleted("ship", "shipped ship");
    }

    @Test
    void withoutAPaymentTheOrderFailsAfterThreeDays(SwfWorkers workers, SwfTyped swf, SwfFake fake) {
      workers.decider("orders", "deciders", ORDER_DECIDER);
      swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));

      ExecutionInfo closed = workers.awaitClosed("orders", "order-1", Duration.ofDays(5));

      org.assertj.core.api.Assertions.assertThat(closed.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(fake).hasExecution("order-1").hasFailureReason("unpaid").history().hasTimerFired("payment-deadline");
    }

    @Test
    void anActivityHandlerThatThrowsFailsItsTaskNotTheTest(SwfWorkers workers, SwfTyped swf, SwfFake fake) {
      workers.decider("orders", "deciders", task -> task.events().stream()
              .anyMatch(event -> event instanceof Event.ActivityTaskFailed)
              ? Decisions.of(Decision.FailWorkflowExecution.of().withReason("could not ship"))
              : task.events().stream().anyMatch(event -> event instanceof Event.ActivityTaskScheduled) ? Decisions.of()
              : Decisions.of(Decision.ScheduleActivityTask.of(SHIP, "ship")))
          .activities("orders", "workers", (task, context) -> {
            throw new IllegalStateException("the van broke down");
          });
      swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));

      workers.awaitClosed("orders", "order-1", Duration.ofDays(1));

      assertThat(fake).hasExecution("order-1").hasFailureReason("could not ship").history()
          .hasActivityFailed("ship", "java.lang.IllegalStateException");
    }
  }

  @Test
  void deciderAndWorkersRunTheWorkflowsOfATest() {
    SwfExtensionTest.run(OrderTestCases.class).assertStatistics(stats -> stats.started(3).succeeded(3));
  }

  @SwfTest
  @RegisterDomain("orders")
  @RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "deciders",
      defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "30",
      defaultChildPolicy = "TERMINATE")
  static class FailingDeciderTestCases {
    @Test
    void waitsForAnOrderWhoseDeciderThrows(SwfWorkers workers, SwfTyped swf) {
      workers.decider("orders", "deciders", task -> {
        throw new IllegalStateException("a bug in the decider");
      });
      swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));

      workers.awaitClosed("orders", "order-1", Duration.ofDays(1));
    }
  }

  @Test
  void aDeciderThatThrowsFailsTheTestAtOnceWithItsException() {
    Throwable failure = onlyFailure(run(FailingDeciderTestCases.class));

    org.assertj.core.api.Assertions.assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("the decider on task list deciders of domain orders failed on a decision task of "
            + "order-1: java.lang.IllegalStateException: a bug in the decider")
        .hasRootCauseMessage("a bug in the decider");
    org.assertj.core.api.Assertions.assertThat(failure.getSuppressed()).singleElement()
        .satisfies(diagnostics -> org.assertj.core.api.Assertions.assertThat(diagnostics.getMessage())
            .contains("execution order-1 run "));
  }

  @SwfTest
  @RegisterDomain("orders")
  @RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "deciders",
      defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "30",
      defaultChildPolicy = "TERMINATE")
  static class UnseenDeciderFailureTestCases {
    static final CountDownLatch DECIDING = new CountDownLatch(1);

    @Test
    void startsAnOrderAndEndsWhileItsDeciderThrows(SwfWorkers workers, SwfTyped swf) throws InterruptedException {
      workers.decider("orders", "deciders", task -> {
        DECIDING.countDown();
        throw new IllegalStateException("a bug nobody waited for");
      });
      swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));
      org.assertj.core.api.Assertions.assertThat(DECIDING.await(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aDeciderFailureTheTestDidNotSeeFailsItAfterwards() {
    Throwable failure = onlyFailure(run(UnseenDeciderFailureTestCases.class));

    org.assertj.core.api.Assertions.assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.lang.IllegalStateException: a bug nobody waited for");
  }

  @Test
  void noWorkerThreadOutlivesItsTest() {
    SwfExtensionTest.run(OrderTestCases.class);
    SwfExtensionTest.run(FailingDeciderTestCases.class);

    Set<String> left = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
        .filter(name -> name.startsWith("swf-decider") || name.startsWith("swf-activity"))
        .collect(Collectors.toSet());
    org.assertj.core.api.Assertions.assertThat(left).isEmpty();
  }
}
