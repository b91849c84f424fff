package dev.swftyped;

import java.util.Optional;

/**
 * The execution an operation acts on: either the current open run of a workflow id ({@link
 * CurrentExecutionId}, no run id is sent) or one particular run ({@link ExecutionId}, the run id is
 * sent and SWF checks that this run is the open one).
 */
public sealed interface ExecutionTarget permits CurrentExecutionId, ExecutionId {
  /**
   * {@return the workflow id (SWF's {@code workflowId})}
   */
  String id();

  /**
   * {@return the run id, if this target names one run}
   */
  Optional<String> targetRunId();
}
