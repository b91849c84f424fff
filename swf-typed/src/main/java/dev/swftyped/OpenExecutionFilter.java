package dev.swftyped;

/**
 * A filter on a property of open executions. SWF allows at most one per query.
 */
public sealed interface OpenExecutionFilter
    permits IdExecutionFilter, WorkflowTypeExecutionFilter, TagExecutionFilter {}
