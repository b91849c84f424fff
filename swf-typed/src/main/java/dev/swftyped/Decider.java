package dev.swftyped;

/**
 * A decider: the user's code that answers a decision task, run by a {@link DeciderWorker}.
 *
 * <p>It gets the task, whose {@link DecisionTask#state()} says what the history tells about the
 * run, and returns the decisions. If it throws, the worker sends no answer and logs the exception:
 * SWF then times the task out after the run's decision-task start-to-close timeout, and schedules
 * a new decision task with the same history and more.
 */
@FunctionalInterface
public interface Decider {
  /**
   * Decides what happens next in a run.
   *
   * @param task the decision task, with its history
   * @return the decisions (none is allowed), and the execution context and task-list override if
   *     any
   * @throws Exception if it cannot decide: the task is left to time out
   */
  Decisions decide(DecisionTask task) throws Exception;
}
