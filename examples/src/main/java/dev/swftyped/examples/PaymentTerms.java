package dev.swftyped.examples;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a customer has to pay, and how a declined card is retried: what {@link OrderWorkflow}
 * decides by.
 *
 * @param window how long after placing an order the customer has to pay for it, in whole seconds
 * @param chargeAttempts how many times a card is charged before the order fails: at least 1
 * @param retryDelay how long to wait after a declined charge before the next attempt, in whole
 *     seconds
 */
public record PaymentTerms(Duration window, int chargeAttempts, Duration retryDelay) {
  /**
   * Creates the terms after checking them.
   *
   * @param window how long the customer has to pay, in whole seconds
   * @param chargeAttempts how many times a card is charged before the order fails: at least 1
   * @param retryDelay how long to wait before charging again, in whole seconds
   */
  public PaymentTerms {
    checkTimer("window", window);
    checkTimer("retry delay", retryDelay);
    if (chargeAttempts < 1) {
      throw new IllegalArgumentException("a card must be charged at least once: " + chargeAttempts + " attempts");
    }
  }

  /**
   * {@return the shop's terms: three days to pay, and three attempts to charge the card, an hour
   * apart}
   */
  public static PaymentTerms standard() {
    return new PaymentTerms(Duration.ofDays(3), 3, Duration.ofHours(1));
  }

  private static void checkTimer(String name, Duration duration) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero() || duration.toNanosPart() != 0) {
      throw new IllegalArgumentException("the " + name + " is an SWF timer: a positive number of whole seconds, not "
          + duration);
    }
  }
}
