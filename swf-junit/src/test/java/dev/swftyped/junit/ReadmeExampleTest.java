package dev.swftyped.junit;

import static dev.swftyped.junit.SwfAssertions.assertThat;
import static dev.swftyped.junit.SwfAssertions.assertThatSwfCall;

import dev.swftyped.CurrentExecutionId;
import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.StartOptions;
import dev.swftyped.SwfTyped;
import dev.swftyped.WorkflowId;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// tag::example[]
@SwfTest
@RegisterDomain("orders")
@RegisterWorkflowType(name = "Order", version = "1",
    defaultTaskList = "order-deciders",
    defaultExecutionStartToCloseTimeout = "3600",
    defaultTaskStartToCloseTimeout = "30",
    defaultChildPolicy = "TERMINATE")
class ReadmeExampleTest {
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");

  @Test
  void aPaymentIsSignalledToItsOrder(SwfTyped swf, SwfFake fake) {
    ExecutionId order = swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-42"),
        StartOptions.defaults().withTags("tier-gold"));

    swf.signalExecution("orders", order, "payment-received", "{\"amount\":1999}");

    assertThat(fake).hasOpenExecution("order-42")
        .hasTags("tier-gold")
        .history().containsSignal("payment-received", "{\"amount\":1999}");
  }

  @Test
  void anUnpaidOrderTimesOutAfterAnHour(SwfTyped swf, SwfFake fake, FakeClock clock) {
    swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-42"));

    clock.advance(Duration.ofHours(1));

    assertThat(fake).hasExecution("order-42").hasStatus(ExecutionStatus.TIMED_OUT);
    assertThatSwfCall(() -> swf.signalExecution("orders", CurrentExecutionId.of("order-42"), "payment-received"))
        .failsWith("UnknownResourceFault");
  }
}
// end::example[]
