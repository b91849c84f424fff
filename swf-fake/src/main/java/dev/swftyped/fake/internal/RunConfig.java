package dev.swftyped.fake.internal;

import java.util.List;
import software.amazon.awssdk.services.swf.model.ChildPolicy;

/**
 * What a run executes with, resolved against its workflow type's defaults: the configuration a
 * start, a child start or a continue-as-new settles on. Its {@code WorkflowExecutionStarted}
 * event, its describe and its children's initiated events read it; strings are exactly as SWF
 * reports them (timeouts in seconds or {@code NONE}); optional members are null when absent.
 *
 * @param type the workflow type
 * @param input the run's input, or null
 * @param executionTimeout its start-to-close timeout in seconds
 * @param taskTimeout its decision tasks' start-to-close timeout, seconds or NONE
 * @param taskList the task list its decision tasks are scheduled on
 * @param childPolicy what happens to its children when it is terminated or times out
 * @param taskPriority its decision tasks' priority, or null
 * @param lambdaRole its Lambda role, or null
 * @param tags its tags, possibly empty
 */
record RunConfig(
    RegisteredType type,
    String input,
    String executionTimeout,
    String taskTimeout,
    String taskList,
    ChildPolicy childPolicy,
    String taskPriority,
    String lambdaRole,
    List<String> tags) {

  long executionTimeoutMillis() {
    return Long.parseLong(executionTimeout) * 1000L;
  }

  int priority() {
    return taskPriority == null ? 0 : Integer.parseInt(taskPriority);
  }
}
