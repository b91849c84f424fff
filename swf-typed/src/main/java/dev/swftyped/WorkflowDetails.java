package dev.swftyped;

/**
 * What SWF reports when a workflow type is described.
 *
 * @param info the workflow type's registration
 * @param defaultExecutionConfiguration the defaults its executions start with; settings it
 *     registered no default for are empty
 */
public record WorkflowDetails(WorkflowInfo info, PartialExecutionConfiguration defaultExecutionConfiguration) {
  /**
   * Creates the value after checking its components.
   *
   * @param info the workflow type's registration
   * @param defaultExecutionConfiguration the defaults its executions start with; settings it registered no default for are empty
   */
  public WorkflowDetails {
    Check.notNull("info", info);
    Check.notNull("default execution configuration", defaultExecutionConfiguration);
  }
}
