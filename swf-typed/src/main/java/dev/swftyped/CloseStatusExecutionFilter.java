package dev.swftyped;

/**
 * Matches the closed executions that closed with one status.
 *
 * @param status the close status: any status but {@link ExecutionStatus#OPEN}
 */
public record CloseStatusExecutionFilter(ExecutionStatus status) implements ClosedExecutionFilter {
  /**
   * Creates the value after checking its components.
   *
   * @param status the close status: any status but {@link ExecutionStatus#OPEN}
   */
  public CloseStatusExecutionFilter {
    if (Check.notNull("status", status).isOpen()) {
      throw new IllegalArgumentException("close status filter needs a close status, not OPEN");
    }
  }

  /**
   * Returns a filter for the executions that closed with the given status.
   *
   * @param status the close status
   * @return the filter
   * @throws IllegalArgumentException if the status is {@link ExecutionStatus#OPEN}
   */
  public static CloseStatusExecutionFilter of(ExecutionStatus status) {
    return new CloseStatusExecutionFilter(status);
  }
}
