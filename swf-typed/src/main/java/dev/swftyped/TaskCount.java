package dev.swftyped;

/**
 * The number of tasks waiting on a task list: SWF's {@code PendingTaskCount}.
 *
 * @param count how many tasks are scheduled and not yet started; a lower bound if {@code truncated}
 * @param truncated whether SWF stopped counting before it saw every task
 */
public record TaskCount(int count, boolean truncated) {
  /**
   * Creates the value after checking its components.
   *
   * @param count how many tasks are scheduled and not yet started; a lower bound if {@code
   *     truncated}
   * @param truncated whether SWF stopped counting before it saw every task
   */
  public TaskCount {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
  }
}
