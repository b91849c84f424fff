package dev.swftyped;

import java.time.Instant;
import java.util.Optional;

/**
 * Matches executions that started within a window of time, bounds included.
 *
 * @param earliest the earliest start time that matches
 * @param latest the latest start time that matches, if the window is bounded
 */
public record StartTimeExecutionFilter(Instant earliest, Optional<Instant> latest)
    implements ExecutionTimeFilter {
  /**
   * Creates the value after checking its components.
   *
   * @param earliest the earliest start time that matches
   * @param latest the latest start time that matches, if the window is bounded
   */
  public StartTimeExecutionFilter {
    Check.notNull("earliest", earliest);
    Check.notNull("latest", latest);
  }

  /**
   * Returns a filter for executions started at or after the given time.
   *
   * @param earliest the earliest start time that matches
   * @return the filter
   */
  public static StartTimeExecutionFilter since(Instant earliest) {
    return new StartTimeExecutionFilter(earliest, Optional.empty());
  }

  /**
   * Returns a filter for executions started at or between the given times.
   *
   * @param earliest the earliest start time that matches
   * @param latest the latest start time that matches
   * @return the filter
   */
  public static StartTimeExecutionFilter between(Instant earliest, Instant latest) {
    return new StartTimeExecutionFilter(earliest, Optional.of(Check.notNull("latest", latest)));
  }
}
