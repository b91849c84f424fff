package dev.swftyped.junit;

import dev.swftyped.fake.SwfCall;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the calls a fake answered (see {@code SwfFake.calls()}), oldest first: how many
 * went to an operation, which failed, which were retried. Every failure message lists the calls.
 */
public final class CallsAssert extends AbstractAssert<CallsAssert, List<SwfCall>> {

  CallsAssert(List<SwfCall> calls) {
    super(calls, CallsAssert.class);
  }

  /**
   * Checks how many calls went to an operation.
   *
   * <pre>{@code
   * // passes when the code started one execution and then signalled it twice
   * assertThat(fake).calls().hasCalls("SignalWorkflowExecution", 2);
   * }</pre>
   *
   * @param operation SWF's name of the operation
   * @param count how many calls
   * @return these assertions
   */
  public CallsAssert hasCalls(String operation, int count) {
    isNotNull();
    long actualCount = actual.stream().filter(call -> call.operation().equals(operation)).count();
    if (actualCount != count) {
      throw failureWithActualExpected(actualCount, count, "%nExpecting %s call%s to:%n  %s%nbut there %s %s.%n"
          + "The calls:%n%s", count, count == 1 ? "" : "s", operation, actualCount == 1 ? "was" : "were", actualCount,
          format(actual));
    }
    return myself;
  }

  /**
   * Checks that calls went to these operations in this order, possibly with other calls between.
   *
   * <pre>{@code
   * assertThat(fake).calls().containsOperationsInOrder("StartWorkflowExecution", "SignalWorkflowExecution");
   * }</pre>
   *
   * @param operations SWF's names of the operations
   * @return these assertions
   */
  public CallsAssert containsOperationsInOrder(String... operations) {
    isNotNull();
    int next = 0;
    for (SwfCall call : actual) {
      if (next < operations.length && call.operation().equals(operations[next])) {
        next++;
      }
    }
    if (next < operations.length) {
      throw failure("%nExpecting calls to, in this order:%n  %s%nbut %s is missing after %s.%nThe calls:%n%s",
          Arrays.asList(operations), operations[next], next == 0 ? "the start" : operations[next - 1], format(actual));
    }
    return myself;
  }

  /**
   * Checks that a call to an operation failed with an SWF error code, and that the same operation
   * was called again afterwards: what a client that retries does.
   *
   * <pre>{@code
   * // passes when the SDK retried a throttled start
   * assertThat(fake).calls().hasRetried("StartWorkflowExecution", "ThrottlingException");
   * }</pre>
   *
   * @param operation SWF's name of the operation
   * @param errorCode SWF's error code of the failed call
   * @return these assertions
   */
  public CallsAssert hasRetried(String operation, String errorCode) {
    isNotNull();
    for (int i = 0; i < actual.size(); i++) {
      SwfCall call = actual.get(i);
      if (call.operation().equals(operation) && call.errorCode().filter(errorCode::equals).isPresent()) {
        for (int j = i + 1; j < actual.size(); j++) {
          if (actual.get(j).operation().equals(operation)) {
            return myself;
          }
        }
        throw failure("%nExpecting the call to %s that failed with %s to be retried%nbut no call to %s came after it."
            + "%nThe calls:%n%s", operation, errorCode, operation, format(actual));
      }
    }
    throw failure("%nExpecting a call to %s that failed with %s%nbut there is none.%nThe calls:%n%s", operation,
        errorCode, format(actual));
  }

  /**
   * Checks that no call failed, whatever the reason.
   *
   * <pre>{@code
   * assertThat(fake).calls().haveNoFailures();
   * }</pre>
   *
   * @return these assertions
   */
  public CallsAssert haveNoFailures() {
    isNotNull();
    for (SwfCall call : actual) {
      if (call.errorCode().isPresent()) {
        throw failure("%nExpecting no call to have failed%nbut a call to %s failed with %s.%nThe calls:%n%s",
            call.operation(), call.errorCode().get(), format(actual));
      }
    }
    return myself;
  }

  /** The calls one a line: number, fake time, operation, outcome and any injected fault. */
  static String format(List<SwfCall> calls) {
    if (calls.isEmpty()) {
      return "  (no calls)";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < calls.size(); i++) {
      SwfCall call = calls.get(i);
      if (i > 0) {
        out.append('\n');
      }
      out.append("  ").append(i + 1).append("  ").append(call.time()).append("  ").append(call.operation())
          .append("  ").append(call.errorCode().orElse("ok"));
      call.fault().ifPresent(fault -> out.append(" (injected ").append(fault).append(')'));
    }
    return out.toString();
  }
}
