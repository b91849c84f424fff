package dev.swftyped;

import java.time.Instant;
import java.util.Optional;

/**
 * Matches executions that closed within a window of time, bounds included.
 *
 * @param earliest the earliest close time that matches
 * @param latest the latest close time that matches, if the window is bounded
 */
public record CloseTimeExecutionFilter(Instant earliest, Optional<Instant> latest)
    implements ExecutionTimeFilter {
  /**
   * Creates the value after checking its components.
   *
   * @param earliest the earliest close time that matches
   * @param latest the latest close time that matches, if the window is bounded
   */
  public CloseTimeExecutionFilter {
    Check.notNull("earliest", earliest);
    Check.notNull("latest", latest);
  }

  /**
   * Returns a filter for executions closed at or after the given time.
   *
   * @param earliest the earliest close time that matches
   * @return the filter
   */
  public static CloseTimeExecutionFilter since(Instant earliest) {
    return new CloseTimeExecutionFilter(earliest, Optional.empty());
  }

  /**
   * Returns a filter for executions closed at or between the given times.
   *
   * @param earliest the earliest close time that matches
   * @param latest the latest close time that matches
   * @return the filter
   */
  public static CloseTimeExecutionFilter between(Instant earliest, Instant latest) {
    return new CloseTimeExecutionFilter(earliest, Optional.of(Check.notNull("latest", latest)));
  }
}
