package dev.swftyped;

import java.util.Optional;

/**
 * An activity task a worker took from SWF: what {@link SwfTyped#pollActivityTask} returns and an
 * {@link ActivityHandler} runs. (Python's {@code WorkerTask}.)
 *
 * @param token the task token, which every answer about this task sends: 1 to 1024 characters
 * @param activityId the task's id, unique among its execution's open activity tasks (SWF's {@code
 *     activityId})
 * @param activityType the task's activity type
 * @param execution the run that scheduled it
 * @param startedEventId the id of the {@code ActivityTaskStarted} event SWF recorded when it handed
 *     the task out
 * @param input the task's input, if the decision gave one
 */
public record ActivityTask(
    String token,
    String activityId,
    ActivityId activityType,
    ExecutionId execution,
    long startedEventId,
    Optional<String> input) {
  /**
   * Creates the value after checking its components.
   *
   * @param token the task token: 1 to 1024 characters
   * @param activityId the task's id: 1 to 256 characters
   * @param activityType the task's activity type
   * @param execution the run that scheduled it
   * @param startedEventId the id of its {@code ActivityTaskStarted} event, positive
   * @param input the task's input, at most 32,768 characters, if any
   */
  public ActivityTask {
    Check.length("task token", token, 1, 1024);
    Check.length("activity id", activityId, 1, 256);
    Check.notNull("activity type", activityType);
    Check.notNull("execution", execution);
    if (startedEventId < 1) {
      throw new IllegalArgumentException("started event id must be positive: " + startedEventId);
    }
    Check.notNull("input", input).ifPresent(value -> Check.length("input", value, 0, 32768));
  }
}
