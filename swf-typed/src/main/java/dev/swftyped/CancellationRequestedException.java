package dev.swftyped;

/**
 * Thrown by a heartbeat when SWF answers that a decision requested the activity task's
 * cancellation. The task is still open: its worker should stop, then answer with {@link
 * SwfTyped#cancelActivityTask} (an {@link ActivityWorker} does so when its handler lets this
 * exception out). (Python's {@code Cancelled}.)
 */
public final class CancellationRequestedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The task whose cancellation was requested. */
  private final String taskToken;

  /**
   * Creates the exception for a task.
   *
   * @param taskToken the token of the task whose cancellation was requested
   */
  public CancellationRequestedException(String taskToken) {
    super("SWF requested the cancellation of activity task " + shown(Check.notNull("task token", taskToken)));
    this.taskToken = taskToken;
  }

  /**
   * {@return the token of the task whose cancellation was requested}
   */
  public String taskToken() {
    return taskToken;
  }

  private static String shown(String token) {
    return token.length() > 40 ? token.substring(0, 40) + "..." : token;
  }
}
