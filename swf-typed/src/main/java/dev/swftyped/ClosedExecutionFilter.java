package dev.swftyped;

/**
 * A filter on a property of closed executions. SWF allows at most one per query.
 */
public sealed interface ClosedExecutionFilter
    permits IdExecutionFilter, WorkflowTypeExecutionFilter, TagExecutionFilter, CloseStatusExecutionFilter {}
