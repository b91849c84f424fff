package dev.swftyped;

/**
 * What an {@link ActivityHandler} is given besides its task: heartbeats, and whether SWF has said
 * that a decision requested the task's cancellation.
 *
 * <p>SWF reports a cancellation request only in the answer to a heartbeat. A heartbeat the handler
 * sends throws {@link CancellationRequestedException} when it gets that answer; heartbeats the
 * worker sends on its schedule (see {@link ActivityWorker.Builder#heartbeatInterval}) set {@link
 * #isCancelRequested()}. The handler's thread is not interrupted for a cancellation request: an
 * interrupt means that the worker is shutting down and its deadline has passed. A long handler
 * should therefore heartbeat, or look at {@link #isCancelRequested()}, as it goes.
 *
 * <p>Implementations are thread-safe. The worker's implementation is for the handler's call only.
 */
public interface ActivityContext {
  /**
   * {@return the task being handled}
   */
  ActivityTask task();

  /**
   * Sends a heartbeat without details.
   *
   * @throws CancellationRequestedException if a decision requested the task's cancellation
   */
  void heartbeat() throws CancellationRequestedException;

  /**
   * Sends a heartbeat with details, which the worker's scheduled heartbeats send again.
   *
   * @param details the progress so far: at most 2048 characters
   * @throws CancellationRequestedException if a decision requested the task's cancellation
   */
  void heartbeat(String details) throws CancellationRequestedException;

  /**
   * {@return whether a heartbeat, the handler's or the worker's, has learnt that a decision
   * requested the task's cancellation}
   */
  boolean isCancelRequested();
}
