package dev.swftyped;

/**
 * Which timeout of a task or execution passed, as SWF reports it in its {@code *TimedOut} events.
 *
 * <p>Decision tasks time out start-to-close or schedule-to-start, executions and Lambda tasks only
 * start-to-close, activity tasks in any of the four ways.
 */
public enum TimeoutType {
  /** The task (or execution) ran longer than its start-to-close timeout. */
  START_TO_CLOSE,
  /** The task waited longer than its schedule-to-start timeout for a worker. */
  SCHEDULE_TO_START,
  /** The task took longer than its schedule-to-close timeout from scheduling to its end. */
  SCHEDULE_TO_CLOSE,
  /** The worker sent no heartbeat within the heartbeat timeout. */
  HEARTBEAT,
  /** A timeout type this library does not know; the event's {@code timeoutTypeAsString()} has SWF's name for it. */
  UNKNOWN;

  static TimeoutType of(String name) {
    return Sdk.constant(values(), name, UNKNOWN);
  }
}
