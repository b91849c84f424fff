package dev.swftyped;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The configuration an execution runs with: the start request's settings, resolved against the
 * workflow type's defaults.
 *
 * @param timeout the execution's start-to-close timeout
 * @param decisionTaskTimeout the start-to-close timeout of its decision tasks
 * @param decisionTaskList the task list its decision tasks are scheduled on
 * @param childExecutionPolicy what happens to its children when it is terminated or times out
 * @param decisionTaskPriority the priority of its decision tasks, if one was set
 * @param lambdaRole the IAM role that runs its Lambda tasks, if one was set
 */
public record ExecutionConfiguration(
    Timeout timeout,
    Timeout decisionTaskTimeout,
    String decisionTaskList,
    ChildExecutionTerminationPolicy childExecutionPolicy,
    OptionalInt decisionTaskPriority,
    Optional<String> lambdaRole) {

  /**
   * Creates the value after checking its components.
   *
   * @param timeout the execution's start-to-close timeout
   * @param decisionTaskTimeout the start-to-close timeout of its decision tasks
   * @param decisionTaskList the task list its decision tasks are scheduled on
   * @param childExecutionPolicy what happens to its children when it is terminated or times out
   * @param decisionTaskPriority the priority of its decision tasks, if one was set
   * @param lambdaRole the IAM role that runs its Lambda tasks, if one was set
   */
  public ExecutionConfiguration {
    Check.notNull("timeout", timeout);
    Check.notNull("decision task timeout", decisionTaskTimeout);
    Check.notNull("decision task list", decisionTaskList);
    Check.notNull("child execution policy", childExecutionPolicy);
    Check.notNull("decision task priority", decisionTaskPriority);
    Check.notNull("lambda role", lambdaRole);
  }
}
