package dev.swftyped;

import java.time.Duration;

/**
 * How a domain is configured.
 *
 * @param executionRetention how long closed executions are kept: whole days, 0 to 90; zero keeps
 *     nothing once an execution closes (SWF's {@code 0} and {@code NONE} both read as zero)
 */
public record DomainConfiguration(Duration executionRetention) {
  /**
   * Creates the value after checking its components.
   *
   * @param executionRetention how long closed executions are kept: whole days, 0 to 90; zero keeps nothing once an execution closes (SWF's {@code 0} and {@code NONE} both read as zero)
   */
  public DomainConfiguration {
    Check.notNull("execution retention", executionRetention);
    if (executionRetention.isNegative()
        || executionRetention.compareTo(Duration.ofDays(90)) > 0
        || !executionRetention.equals(Duration.ofDays(executionRetention.toDays()))) {
      throw new IllegalArgumentException(
          "execution retention must be a whole number of days from 0 to 90, but was " + executionRetention);
    }
  }

  /**
   * Returns a configuration that keeps closed executions for the given number of days.
   *
   * @param days 0 to 90
   * @return the configuration
   * @throws IllegalArgumentException if the number of days is not from 0 to 90
   */
  public static DomainConfiguration retainingDays(int days) {
    return new DomainConfiguration(Duration.ofDays(days));
  }
}
