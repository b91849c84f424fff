package dev.swftyped;

import java.time.Instant;
import java.util.Optional;

/**
 * What SWF reports when one execution is described.
 *
 * @param info the execution's visibility information
 * @param configuration the configuration it runs with
 * @param openCounts its open tasks, timers and children
 * @param latestActivityTaskScheduled when an activity task was last scheduled for it, if ever
 * @param latestContext the latest execution context a decider gave, if any
 */
public record ExecutionDetails(
    ExecutionInfo info,
    ExecutionConfiguration configuration,
    ExecutionOpenCounts openCounts,
    Optional<Instant> latestActivityTaskScheduled,
    Optional<String> latestContext) {

  /**
   * Creates the value after checking its components.
   *
   * @param info the execution's visibility information
   * @param configuration the configuration it runs with
   * @param openCounts its open tasks, timers and children
   * @param latestActivityTaskScheduled when an activity task was last scheduled for it, if ever
   * @param latestContext the latest execution context a decider gave, if any
   */
  public ExecutionDetails {
    Check.notNull("info", info);
    Check.notNull("configuration", configuration);
    Check.notNull("open counts", openCounts);
    Check.notNull("latest activity task scheduled", latestActivityTaskScheduled);
    Check.notNull("latest context", latestContext);
  }
}
