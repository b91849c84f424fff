package dev.swftyped.junit;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.swf.model.SwfException;

/** Assertions on a call that should fail with an SWF error. */
public final class SwfCallAssert extends AbstractAssert<SwfCallAssert, ThrowingCallable> {

  SwfCallAssert(ThrowingCallable call) {
    super(call, SwfCallAssert.class);
  }

  /**
   * Makes the call and checks that it fails with an {@code SwfException} with the given error
   * code, such as {@code UnknownResourceFault} or {@code ValidationException}.
   *
   * <pre>{@code
   * // passes
   * assertThatSwfCall(() -> swf.describeDomain(r -> r.name("nowhere"))).failsWith("UnknownResourceFault");
   * // fails: the domain exists, so the call returns
   * assertThatSwfCall(() -> swf.describeDomain(r -> r.name("orders"))).failsWith("UnknownResourceFault");
   * }</pre>
   *
   * @param errorCode SWF's error code
   * @return assertions on the exception, for its message and more
   */
  public AbstractThrowableAssert<?, ? extends Throwable> failsWith(String errorCode) {
    isNotNull();
    Throwable thrown = Assertions.catchThrowable(actual);
    if (thrown == null) {
      throw failure("%nExpecting the call to fail with SWF error code:%n  \"%s\"%nbut it returned normally", errorCode);
    }
    if (!(thrown instanceof SwfException)) {
      throw failure("%nExpecting the call to fail with SWF error code:%n  \"%s\"%nbut it failed with:%n  %s",
          errorCode, thrown);
    }
    SwfException swf = (SwfException) thrown;
    String code = swf.awsErrorDetails() == null ? null : swf.awsErrorDetails().errorCode();
    if (!errorCode.equals(code)) {
      throw failureWithActualExpected(code, errorCode,
          "%nExpecting the call to fail with SWF error code:%n  \"%s\"%nbut it failed with error code:%n  \"%s\"%n"
              + "and message:%n  \"%s\"", errorCode, code, swf.awsErrorDetails().errorMessage());
    }
    return Assertions.assertThat(thrown);
  }
}
