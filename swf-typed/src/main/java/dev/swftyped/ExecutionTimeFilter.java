package dev.swftyped;

import java.time.Instant;
import java.util.Optional;

/**
 * A window of time that executions must have started in ({@link StartTimeExecutionFilter}) or
 * closed in ({@link CloseTimeExecutionFilter}). Both bounds are inclusive.
 */
public sealed interface ExecutionTimeFilter permits StartTimeExecutionFilter, CloseTimeExecutionFilter {
  /**
   * {@return the earliest matching time (SWF's {@code oldestDate})}
   */
  Instant earliest();

  /**
   * {@return the latest matching time (SWF's {@code latestDate}), if the window is bounded}
   */
  Optional<Instant> latest();
}
