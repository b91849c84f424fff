package dev.swftyped;

import java.util.Optional;

/**
 * An activity handler: the user's code that does an activity task, run by an {@link
 * ActivityWorker}.
 *
 * <p>What it returns completes the task; an exception it throws fails the task, with the
 * exception's class name as the reason and its stack trace as the details (each cut to SWF's
 * limits). Once SWF has said that a decision requested the task's cancellation (see {@link
 * ActivityContext}), the task is cancelled instead if the handler throws anything, {@link
 * CancellationRequestedException} included; a handler that returns a result after all completes
 * the task.
 */
@FunctionalInterface
public interface ActivityHandler {
  /**
   * Does an activity task.
   *
   * @param task the task
   * @param context the way to heartbeat and to learn of a cancellation request
   * @return the task's result, or empty to complete it without one: at most 32,768 characters
   * @throws Exception if it fails: the task fails (or is cancelled if its cancellation was
   *     requested)
   */
  Optional<String> handle(ActivityTask task, ActivityContext context) throws Exception;
}
