package dev.swftyped;

import java.util.OptionalInt;

/**
 * How many tasks, timers and children of an execution are open. SWF freezes these counts when the
 * execution closes.
 *
 * @param activityTasks open activity tasks (scheduled or started)
 * @param decisionTasks open decision tasks: 0 or 1
 * @param timers open timers
 * @param childExecutions open child executions
 * @param lambdaTasks open Lambda tasks, if SWF reported them
 */
public record ExecutionOpenCounts(
    int activityTasks, int decisionTasks, int timers, int childExecutions, OptionalInt lambdaTasks) {

  /**
   * Creates the value after checking its components.
   *
   * @param activityTasks open activity tasks (scheduled or started)
   * @param decisionTasks open decision tasks: 0 or 1
   * @param timers open timers
   * @param childExecutions open child executions
   * @param lambdaTasks open Lambda tasks, if SWF reported them
   */
  public ExecutionOpenCounts {
    if (activityTasks < 0 || decisionTasks < 0 || timers < 0 || childExecutions < 0) {
      throw new IllegalArgumentException("open counts must not be negative");
    }
    Check.notNull("lambda tasks", lambdaTasks);
  }
}
