package dev.swftyped;

import java.util.Optional;

/**
 * Which closed executions to list or count: one time window (on start or close time) and at most
 * one property filter.
 *
 * <p>Without a time window, {@link SwfTyped} asks for the executions closed in the last 90 days on
 * its clock. Listings are ordered by start time under a start-time window and by close time under a
 * close-time window.
 *
 * @param time the start-time or close-time window, or empty for the last 90 days of close time
 * @param filter the property filter, if any
 */
public record ClosedExecutionQuery(Optional<ExecutionTimeFilter> time, Optional<ClosedExecutionFilter> filter) {
  private static final ClosedExecutionQuery DEFAULTS = new ClosedExecutionQuery(Optional.empty(), Optional.empty());

  /**
   * Creates the value after checking its components.
   *
   * @param time the start-time or close-time window, or empty for the last 90 days of close time
   * @param filter the property filter, if any
   */
  public ClosedExecutionQuery {
    Check.notNull("time", time);
    Check.notNull("filter", filter);
  }

  /**
   * {@return the query for every execution closed in the last 90 days}
   */
  public static ClosedExecutionQuery defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this query with the given time window, replacing any other.
   *
   * @param time a start-time or close-time window
   * @return the new query
   */
  public ClosedExecutionQuery withTime(ExecutionTimeFilter time) {
    return new ClosedExecutionQuery(Optional.of(Check.notNull("time", time)), filter);
  }

  /**
   * Returns this query with the given property filter, replacing any other.
   *
   * @param filter the property filter
   * @return the new query
   */
  public ClosedExecutionQuery withFilter(ClosedExecutionFilter filter) {
    return new ClosedExecutionQuery(time, Optional.of(Check.notNull("filter", filter)));
  }
}
