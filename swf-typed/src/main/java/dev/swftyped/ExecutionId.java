package dev.swftyped;

import java.util.Optional;

/**
 * One run of a workflow execution: its workflow id and the run id SWF gave it when it started.
 *
 * <p>Operations given an {@code ExecutionId} send the run id too.
 *
 * @param id the workflow id: 1 to 256 characters, no {@code :}, {@code /}, {@code |} or control
 *     character, not the literal {@code arn}
 * @param runId the run id: 1 to 64 characters
 */
public record ExecutionId(String id, String runId) implements ExecutionTarget {
  /**
   * Creates the value after checking its components.
   *
   * @param id the workflow id: 1 to 256 characters, no {@code :}, {@code /}, {@code |} or control character, not the literal {@code arn}
   * @param runId the run id: 1 to 64 characters
   */
  public ExecutionId {
    Check.identifier("workflow id", id, 256);
    Check.length("run id", runId, 1, 64);
  }

  /**
   * Returns the run with the given workflow id and run id.
   *
   * @param id the workflow id
   * @param runId the run id
   * @return the execution id
   * @throws IllegalArgumentException if either part is not valid for SWF
   */
  public static ExecutionId of(String id, String runId) {
    return new ExecutionId(id, runId);
  }

  /**
   * {@return this run's workflow id, without the run id}
   */
  public CurrentExecutionId current() {
    return new CurrentExecutionId(id);
  }

  /**
   * {@return the run id}
   */
  @Override
  public Optional<String> targetRunId() {
    return Optional.of(runId);
  }
}
