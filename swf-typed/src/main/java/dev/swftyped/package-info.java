/**
 * Typed values and operations for Amazon Simple Workflow Service.
 *
 * <p>{@link dev.swftyped.SwfTyped} is the entry point: it wraps an AWS SDK {@code SwfClient} and
 * offers one method per SWF operation on executions, domains and workflow types, with immutable,
 * validated values for their arguments and results. No method accepts or returns {@code null};
 * values that SWF may omit are returned as {@link java.util.Optional}.
 */
package dev.swftyped;
