package dev.swftyped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What SWF's visibility API reports about one execution.
 *
 * @param execution the run
 * @param workflow its workflow type
 * @param started when it started
 * @param status whether it is open, or how it closed
 * @param cancelRequested whether cancellation has been requested (SWF reports this only while the
 *     execution is open)
 * @param closed when it closed, if it has
 * @param parent the execution that started it as a child, if any
 * @param tags its tags, at most five; empty if it has none
 */
public record ExecutionInfo(
    ExecutionId execution,
    WorkflowId workflow,
    Instant started,
    ExecutionStatus status,
    boolean cancelRequested,
    Optional<Instant> closed,
    Optional<ExecutionId> parent,
    List<String> tags) {

  /**
   * Creates the value after checking its components.
   *
   * @param execution the run
   * @param workflow its workflow type
   * @param started when it started
   * @param status whether it is open, or how it closed
   * @param cancelRequested whether cancellation has been requested (SWF reports this only while the
   *     execution is open)
   * @param closed when it closed, if it has
   * @param parent the execution that started it as a child, if any
   * @param tags its tags, at most five; empty if it has none
   */
  public ExecutionInfo {
    Check.notNull("execution", execution);
    Check.notNull("workflow", workflow);
    Check.notNull("started", started);
    Check.notNull("status", status);
    Check.notNull("closed", closed);
    Check.notNull("parent", parent);
    tags = List.copyOf(Check.notNull("tags", tags));
  }
}
