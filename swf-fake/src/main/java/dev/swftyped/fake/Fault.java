package dev.swftyped.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * A way a call to SWF goes wrong, for a test to inject with {@link SwfFake#inject}: the effect,
 * kept apart from which calls it hits ({@link Calls}).
 *
 * <ul>
 *   <li>{@link #throttling()}: SWF refuses the call with {@code ThrottlingException} (HTTP 400,
 *       {@code Rate exceeded}); nothing happens. The AWS SDK retries it.
 *   <li>{@link #internalError()}: SWF fails with {@code InternalFailure} (HTTP 500); nothing happens.
 *   <li>{@link #delay(Duration)}: the call is answered after a pause in real time.
 *   <li>{@link #fakeTimeDelay(Duration)}: the fake's clock moves on before the call is applied, as
 *       if the call had been slow to arrive.
 *   <li>{@link #lostResponse()}: the call takes effect, but its response is lost: in process the
 *       caller gets the SDK's {@code SdkClientException} of a connection closed before a response,
 *       over HTTP the server closes the connection without answering. This is what shows a client
 *       that retries a start that had, in fact, succeeded.
 * </ul>
 */
public sealed interface Fault {
  /**
   * {@return SWF's throttling: {@code ThrottlingException}, HTTP 400, nothing applied}
   */
  static Fault throttling() {
    return new Throttling();
  }

  /**
   * {@return an internal error of SWF: {@code InternalFailure}, HTTP 500, nothing applied}
   */
  static Fault internalError() {
    return new InternalError();
  }

  /**
   * Returns a pause in real time before the call is applied and answered.
   *
   * @param pause how long; positive
   * @return the fault
   */
  static Fault delay(Duration pause) {
    return new Delay(pause);
  }

  /**
   * Returns a move of the fake's clock before the call is applied (the fake needs a {@link
   * FakeClock}).
   *
   * @param pause how far the clock moves; positive
   * @return the fault
   */
  static Fault fakeTimeDelay(Duration pause) {
    return new FakeTimeDelay(pause);
  }

  /**
   * {@return a lost response: the call takes effect, the caller sees a broken connection}
   */
  static Fault lostResponse() {
    return new LostResponse();
  }

  /** SWF throttles the call. */
  record Throttling() implements Fault {}

  /** SWF fails with an internal error. */
  record InternalError() implements Fault {}

  /**
   * The call is answered after a pause in real time.
   *
   * @param pause how long; positive
   */
  record Delay(Duration pause) implements Fault {
    /**
     * Creates the fault after checking the pause.
     *
     * @param pause how long; positive
     */
    public Delay {
      positive(pause);
    }
  }

  /**
   * The fake's clock moves on before the call is applied.
   *
   * @param pause how far; positive
   */
  record FakeTimeDelay(Duration pause) implements Fault {
    /**
     * Creates the fault after checking the pause.
     *
     * @param pause how far; positive
     */
    public FakeTimeDelay {
      positive(pause);
    }
  }

  /** The call takes effect and its response is lost. */
  record LostResponse() implements Fault {}

  private static void positive(Duration pause) {
    Objects.requireNonNull(pause, "pause");
    if (pause.isNegative() || pause.isZero()) {
      throw new IllegalArgumentException("a delay must be positive, not " + pause);
    }
  }
}
