package dev.swftyped;

import java.util.Optional;

/**
 * Which open executions to list or count: a start-time window and at most one property filter.
 *
 * <p>Without a start-time window, {@link SwfTyped} asks for the executions started in the last 90
 * days on its clock.
 *
 * @param startTime the start-time window, or empty for the last 90 days
 * @param filter the property filter, if any
 */
public record OpenExecutionQuery(Optional<StartTimeExecutionFilter> startTime, Optional<OpenExecutionFilter> filter) {
  private static final OpenExecutionQuery DEFAULTS = new OpenExecutionQuery(Optional.empty(), Optional.empty());

  /**
   * Creates the value after checking its components.
   *
   * @param startTime the start-time window, or empty for the last 90 days
   * @param filter the property filter, if any
   */
  public OpenExecutionQuery {
    Check.notNull("start time", startTime);
    Check.notNull("filter", filter);
  }

  /**
   * {@return the query for every open execution started in the last 90 days}
   */
  public static OpenExecutionQuery defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this query with the given start-time window.
   *
   * @param startTime the window
   * @return the new query
   */
  public OpenExecutionQuery withStartTime(StartTimeExecutionFilter startTime) {
    return new OpenExecutionQuery(Optional.of(Check.notNull("start time", startTime)), filter);
  }

  /**
   * Returns this query with the given property filter, replacing any other.
   *
   * @param filter the property filter
   * @return the new query
   */
  public OpenExecutionQuery withFilter(OpenExecutionFilter filter) {
    return new OpenExecutionQuery(startTime, Optional.of(Check.notNull("filter", filter)));
  }
}
