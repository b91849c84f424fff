package dev.swftyped;

/**
 * Matches the executions of one workflow id. SWF filters by workflow id only, so no run id is ever
 * sent.
 *
 * @param execution the workflow id
 */
public record IdExecutionFilter(CurrentExecutionId execution)
    implements OpenExecutionFilter, ClosedExecutionFilter {
  /**
   * Creates the value after checking its components.
   *
   * @param execution the workflow id
   */
  public IdExecutionFilter {
    Check.notNull("execution", execution);
  }

  /**
   * Returns a filter for the executions of the given workflow id.
   *
   * @param workflowId the workflow id
   * @return the filter
   * @throws IllegalArgumentException if the id is not a valid SWF workflow id
   */
  public static IdExecutionFilter of(String workflowId) {
    return new IdExecutionFilter(CurrentExecutionId.of(workflowId));
  }

  /**
   * Returns a filter for the executions of the given execution's workflow id; its run id, if any,
   * is ignored.
   *
   * @param execution the execution
   * @return the filter
   */
  public static IdExecutionFilter of(ExecutionTarget execution) {
    return of(Check.notNull("execution", execution).id());
  }
}
