/**
 * Typed values and operations for Amazon Simple Workflow Service.
 *
 * <p>{@link dev.swftyped.SwfTyped} is the entry point: it wraps an AWS SDK {@code SwfClient} and
 * offers one method per SWF operation on executions, their histories, domains, workflow types and
 * activity types, with immutable, validated values for their arguments and results. History events
 * are the sealed {@link dev.swftyped.Event} family, decisions the sealed {@link
 * dev.swftyped.Decision} family, and {@link dev.swftyped.ExecutionState} is what a history says
 * about its execution. Deciders take {@link dev.swftyped.DecisionTask}s and answer with {@link
 * dev.swftyped.Decisions}; activity workers take {@link dev.swftyped.ActivityTask}s; {@link
 * dev.swftyped.DeciderWorker} and {@link dev.swftyped.ActivityWorker} run the user's {@link
 * dev.swftyped.Decider} and {@link dev.swftyped.ActivityHandler} on polling threads. No method
 * accepts or returns {@code null}; values that SWF may omit are returned as {@link
 * java.util.Optional}.
 */
package dev.swftyped;
