package dev.swftyped.junit;

import static dev.swftyped.junit.SwfAssertions.assertThat;

import dev.swftyped.ActivityId;
import dev.swftyped.CurrentExecutionId;
import dev.swftyped.Decider;
import dev.swftyped.Decision;
import dev.swftyped.Decisions;
import dev.swftyped.ExecutionState;
import dev.swftyped.ExecutionState.TaskStatus;
import dev.swftyped.ExecutionState.TimerStatus;
import dev.swftyped.SwfTyped;
import dev.swftyped.WorkflowId;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The workers example of swf-junit/README.md, compiled and run. */
// tag::workers[]
@SwfTest
@RegisterDomain("orders")
@RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "order-deciders",
    defaultExecutionStartToCloseTimeout = "864000", defaultTaskStartToCloseTimeout = "30",
    defaultChildPolicy = "TERMINATE")
@RegisterActivityType(name = "Ship", version = "1", defaultTaskList = "order-activities",
    defaultTaskScheduleToStartTimeout = "NONE", defaultTaskScheduleToCloseTimeout = "NONE",
    defaultTaskStartToCloseTimeout = "300", defaultTaskHeartbeatTimeout = "NONE")
class ReadmeWorkersExampleTest {
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");

  /** Ships an order once it is paid; fails it if no payment comes within three days. */
  static final Decider ORDERS = task -> {
    ExecutionState state = task.state();
    if (state.tasks().stream().anyMatch(ship -> ship.status() == TaskStatus.COMPLETED)) {
      return Decisions.of(Decision.CompleteWorkflowExecution.of().withResult("shipped"));
    }
    if (state.timers().stream().anyMatch(timer -> timer.status() == TimerStatus.FIRED)) {
      return Decisions.of(Decision.FailWorkflowExecution.of().withReason("unpaid"));
    }
    if (!state.signals().isEmpty() && state.tasks().isEmpty()) {
      return Decisions.of(Decision.CancelTimer.of("payment-deadline"),
          Decision.ScheduleActivityTask.of(ActivityId.of("Ship", "1"), "ship"));
    }
    return state.timers().isEmpty()
        ? Decisions.of(Decision.StartTimer.of("payment-deadline", Duration.ofDays(3)))
        : Decisions.of();
  };

  @Test
  void aPaymentOnTheSecondDayShipsTheOrder(SwfWorkers workers, SwfTyped swf, SwfFake fake) {
    workers.decider("orders", "order-deciders", ORDERS)
        .activities("orders", "order-activities", (task, context) -> Optional.of("tracking 1Z999"));
    swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-42"));

    workers.runFor(Duration.ofDays(2)); // two days pass at once: the decider started its timer
    swf.signalExecution("orders", CurrentExecutionId.of("order-42"), "payment-received");
    workers.awaitClosed("orders", "order-42", Duration.ofDays(10));

    assertThat(fake).hasExecution("order-42").hasResult("shipped")
        .history().inOrder()
        .containsSignal("payment-received")
        .hasTimerCanceled("payment-deadline")
        .hasActivityCompleted("ship", "tracking 1Z999");
  }

  @Test
  void anUnpaidOrderFailsAfterThreeDays(SwfWorkers workers, SwfTyped swf, SwfFake fake) {
    workers.decider("orders", "order-deciders", ORDERS);
    swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-42"));

    workers.awaitClosed("orders", "order-42", Duration.ofDays(10));

    assertThat(fake).hasExecution("order-42").hasFailureReason("unpaid")
        .history().hasTimerFired("payment-deadline");
  }
}
// end::workers[]
