package dev.swftyped;

import java.util.Optional;

/**
 * The current open run of a workflow id: what SWF calls a {@code workflowId} without a {@code
 * runId}.
 *
 * <p>Operations given a {@code CurrentExecutionId} send no run id. It is also the id a new
 * execution is started with.
 *
 * @param id the workflow id: 1 to 256 characters, no {@code :}, {@code /}, {@code |} or control
 *     character, not the literal {@code arn}
 */
public record CurrentExecutionId(String id) implements ExecutionTarget {
  /**
   * Creates the value after checking its components.
   *
   * @param id the workflow id: 1 to 256 characters, no {@code :}, {@code /}, {@code |} or control character, not the literal {@code arn}
   */
  public CurrentExecutionId {
    Check.identifier("workflow id", id, 256);
  }

  /**
   * Returns the current open run of the given workflow id.
   *
   * @param id the workflow id
   * @return the execution id without a run id
   * @throws IllegalArgumentException if the id is not a valid SWF workflow id
   */
  public static CurrentExecutionId of(String id) {
    return new CurrentExecutionId(id);
  }

  /**
   * {@return empty: a current execution id names no run}
   */
  @Override
  public Optional<String> targetRunId() {
    return Optional.empty();
  }
}
