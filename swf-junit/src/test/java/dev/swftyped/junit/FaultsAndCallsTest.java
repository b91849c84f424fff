package dev.swftyped.junit;

import static dev.swftyped.junit.SwfAssertions.assertThat;
import static dev.swftyped.junit.SwfExtensionTest.onlyFailure;
import static dev.swftyped.junit.SwfExtensionTest.run;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swftyped.ActivityId;
import dev.swftyped.CurrentExecutionId;
import dev.swftyped.SwfTyped;
import dev.swftyped.Timeout;
import dev.swftyped.WorkflowId;
import dev.swftyped.fake.SwfFake;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;

/** Declared activity types and faults, and the assertions on the calls a test's code made. */
@SwfTest
@RegisterDomain("orders")
@RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "deciders",
    defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "30", defaultChildPolicy = "TERMINATE")
@RegisterActivityType(name = "Charge", version = "1", defaultTaskList = "payments",
    defaultTaskStartToCloseTimeout = "60", defaultTaskHeartbeatTimeout = "NONE")
class FaultsAndCallsTest {
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");

  @Test
  void declaredActivityTypesAreRegisteredWithTheirDefaults(SwfTyped swf) {
    var details = swf.describeActivityType("orders", ActivityId.of("Charge", "1"));

    org.assertj.core.api.Assertions.assertThat(details.defaultTaskConfiguration().taskList()).contains("payments");
    org.assertj.core.api.Assertions.assertThat(details.defaultTaskConfiguration().startToCloseTimeout())
        .contains(Timeout.ofSeconds(60));
    org.assertj.core.api.Assertions.assertThat(details.defaultTaskConfiguration().scheduleToStartTimeout())
        .isEqualTo(Optional.empty());
  }

  @Test
  @InjectFault(value = InjectFault.Kind.LOST_RESPONSE, operations = "StartWorkflowExecution", times = 1)
  void aDeclaredLostResponseShowsAStartThatSucceededUnseen(SwfTyped swf, SwfFake fake) {
    assertThatThrownBy(() -> swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1")))
        .isInstanceOf(SdkClientException.class);
    assertThatThrownBy(() -> swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1")))
        .isInstanceOf(WorkflowExecutionAlreadyStartedException.class);

    assertThat(fake).hasOpenExecution("order-1");
    assertThat(fake).calls().hasCalls("StartWorkflowExecution", 2)
        .containsOperationsInOrder("RegisterDomain", "StartWorkflowExecution", "StartWorkflowExecution");
  }

  @Test
  @InjectFault(value = InjectFault.Kind.THROTTLING, operations = "SignalWorkflowExecution", nth = 1)
  void callsAssertionsSeeTheFailedAndTheRetriedCalls(SwfTyped swf, SwfFake fake) {
    swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));
    assertThatThrownBy(() -> swf.signalExecution("orders", CurrentExecutionId.of("order-1"), "paid"))
        .isInstanceOf(software.amazon.awssdk.services.swf.model.SwfException.class);
    swf.signalExecution("orders", CurrentExecutionId.of("order-1"), "paid");

    assertThat(fake).calls().hasRetried("SignalWorkflowExecution", "ThrottlingException");
    assertThatThrownBy(() -> assertThat(fake).calls().haveNoFailures())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but a call to SignalWorkflowExecution failed with ThrottlingException.")
        .hasMessageContaining("SignalWorkflowExecution  ThrottlingException (injected Throttling[])");
    assertThatThrownBy(() -> assertThat(fake).calls().hasCalls("SignalWorkflowExecution", 1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting 1 call to:\n  SignalWorkflowExecution\nbut there were 2.");
  }

  @SwfTest
  @RegisterDomain("orders")
  @InjectFault(value = InjectFault.Kind.DELAY, delay = "two seconds")
  static class BadDelayTestCases {
    @Test
    void never() {}
  }

  @Test
  void aFaultWithAnUnreadableDelayFailsBeforeTheTest() {
    org.assertj.core.api.Assertions.assertThat(onlyFailure(run(BadDelayTestCases.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@InjectFault(DELAY) on BadDelayTestCases needs delay = an ISO-8601 duration such as \"PT2S\", "
            + "not \"two seconds\"");
  }
}
