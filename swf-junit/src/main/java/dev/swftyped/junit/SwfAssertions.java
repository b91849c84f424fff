package dev.swftyped.junit;

import dev.swftyped.Event;
import dev.swftyped.fake.SwfFake;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.swf.model.HistoryEvent;

/**
 * Entry points of the AssertJ assertions for SWF tests.
 *
 * <pre>{@code
 * assertThat(fake).hasOpenExecution("order-42").hasTags("tier-gold")
 *     .history().containsSignal("payment-received", "{\"amount\":1999}");
 * assertThatSwfCall(() -> orders.place(order)).failsWith("WorkflowExecutionAlreadyStartedFault");
 * }</pre>
 */
public final class SwfAssertions {
  private SwfAssertions() {}

  /**
   * Starts assertions on a fake's executions, in its only domain (see {@link
   * SwfFakeAssert#inDomain}).
   *
   * @param fake the fake
   * @return the assertions
   */
  public static SwfFakeAssert assertThat(SwfFake fake) {
    return new SwfFakeAssert(fake, null);
  }

  /**
   * Starts assertions on a history, as {@code GetWorkflowExecutionHistory} returns it.
   *
   * @param history the events, oldest first
   * @return the assertions
   */
  public static HistoryAssert assertThatHistory(List<HistoryEvent> history) {
    return new HistoryAssert(history.stream().map(Event::of).toList());
  }

  /**
   * Starts assertions on a call that should fail with an SWF error.
   *
   * @param call the call, not yet made
   * @return the assertions
   */
  public static SwfCallAssert assertThatSwfCall(ThrowingCallable call) {
    return new SwfCallAssert(call);
  }
}
