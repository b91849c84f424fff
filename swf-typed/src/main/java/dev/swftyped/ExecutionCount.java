package dev.swftyped;

/**
 * The number of executions that match a query.
 *
 * @param count how many executions matched; a lower bound if {@code truncated}
 * @param truncated whether SWF stopped counting before it saw every match
 */
public record ExecutionCount(int count, boolean truncated) {
  /**
   * Creates the value after checking its components.
   *
   * @param count how many executions matched; a lower bound if {@code truncated}
   * @param truncated whether SWF stopped counting before it saw every match
   */
  public ExecutionCount {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
  }
}
