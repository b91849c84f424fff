package dev.swftyped.examples;

import dev.swftyped.ExecutionStatus;
import java.util.Map;

/**
 * How many orders are in each state: open ones, and those closed within the report's window.
 *
 * @param byStatus the number of orders with each status that has any
 */
public record OrderReport(Map<ExecutionStatus, Long> byStatus) {
  /**
   * Creates the report.
   *
   * @param byStatus the number of orders with each status that has any
   */
  public OrderReport {
    byStatus = Map.copyOf(byStatus);
  }

  /**
   * Returns the number of orders with a status.
   *
   * @param status the status
   * @return the number, zero if none
   */
  public long count(ExecutionStatus status) {
    return byStatus.getOrDefault(status, 0L);
  }
}
