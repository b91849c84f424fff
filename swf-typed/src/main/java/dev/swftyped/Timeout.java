package dev.swftyped;

import java.time.Duration;
import java.util.Optional;

/**
 * A timeout as SWF states it: either no timeout at all ({@code NONE}) or a whole number of seconds.
 *
 * <p>Where a timeout may also be left to the workflow type's default, the API uses {@code
 * Optional<Timeout>}: empty means "use the default".
 */
public sealed interface Timeout permits Timeout.None, Timeout.Limited {
  /**
   * {@return the absence of a timeout (SWF's {@code NONE})}
   */
  static Timeout none() {
    return new None();
  }

  /**
   * Returns a timeout of the given duration.
   *
   * @param duration a whole, non-negative number of seconds, at most 99,999,999
   * @return the timeout
   * @throws IllegalArgumentException if the duration is negative, has a fraction of a second, or is
   *     too long for SWF
   */
  static Timeout of(Duration duration) {
    return new Limited(duration);
  }

  /**
   * Returns a timeout of the given number of seconds.
   *
   * @param seconds a non-negative number of seconds, at most 99,999,999
   * @return the timeout
   * @throws IllegalArgumentException if the number is negative or too large for SWF
   */
  static Timeout ofSeconds(long seconds) {
    return new Limited(Duration.ofSeconds(seconds));
  }

  /**
   * {@return the duration, or empty if there is no timeout}
   */
  Optional<Duration> duration();

  /**
   * {@return the value SWF sends and receives: {@code NONE} or the number of seconds}
   */
  String wireValue();

  /**
   * Parses SWF's representation of a timeout.
   *
   * @param value {@code NONE} or a number of seconds
   * @return the timeout
   * @throws IllegalArgumentException if the value is neither
   */
  static Timeout parse(String value) {
    Check.notNull("timeout", value);
    if (value.equals("NONE")) {
      return none();
    }
    boolean digits = !value.isEmpty() && value.length() <= 18;
    long seconds = 0;
    for (int i = 0; digits && i < value.length(); i++) {
      char c = value.charAt(i);
      digits = c >= '0' && c <= '9';
      seconds = seconds * 10 + (c - '0');
    }
    if (!digits) {
      throw new IllegalArgumentException("timeout must be NONE or a number of seconds: \"" + value + "\"");
    }
    return ofSeconds(seconds);
  }

  /** No timeout: SWF's {@code NONE}. */
  record None() implements Timeout {
    /**
     * {@return empty: there is no timeout}
     */
    @Override
    public Optional<Duration> duration() {
      return Optional.empty();
    }

    /**
     * {@return {@code NONE}}
     */
    @Override
    public String wireValue() {
      return "NONE";
    }
  }

  /**
   * A timeout of a whole number of seconds.
   *
   * @param value the timeout: whole, non-negative seconds, at most 99,999,999
   */
  record Limited(Duration value) implements Timeout {
    /**
     * Creates the value after checking its components.
     *
     * @param value the timeout: whole, non-negative seconds, at most 99,999,999
     */
    public Limited {
      Check.wholeSeconds("timeout", value);
    }

    /**
     * {@return the duration}
     */
    @Override
    public Optional<Duration> duration() {
      return Optional.of(value);
    }

    /**
     * {@return the number of seconds, in decimal}
     */
    @Override
    public String wireValue() {
      return Long.toString(value.getSeconds());
    }
  }
}
