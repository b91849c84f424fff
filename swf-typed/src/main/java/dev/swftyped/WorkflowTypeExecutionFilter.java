package dev.swftyped;

import java.util.Optional;

/**
 * Matches the executions of one workflow type, or of every version of a workflow type's name.
 *
 * @param name the workflow type's name
 * @param version the version, or empty for every version
 */
public record WorkflowTypeExecutionFilter(String name, Optional<String> version)
    implements OpenExecutionFilter, ClosedExecutionFilter {
  /**
   * Creates the value after checking its components.
   *
   * @param name the workflow type's name
   * @param version the version, or empty for every version
   */
  public WorkflowTypeExecutionFilter {
    Check.length("workflow type name", name, 1, 256);
    Check.notNull("workflow type version", version)
        .ifPresent(v -> Check.length("workflow type version", v, 0, 64));
  }

  /**
   * Returns a filter for the executions of the given workflow type.
   *
   * @param workflow the workflow type
   * @return the filter
   */
  public static WorkflowTypeExecutionFilter of(WorkflowId workflow) {
    Check.notNull("workflow", workflow);
    return new WorkflowTypeExecutionFilter(workflow.name(), Optional.of(workflow.version()));
  }

  /**
   * Returns a filter for the executions of every version of the named workflow type.
   *
   * @param name the workflow type's name
   * @return the filter
   */
  public static WorkflowTypeExecutionFilter named(String name) {
    return new WorkflowTypeExecutionFilter(name, Optional.empty());
  }
}
