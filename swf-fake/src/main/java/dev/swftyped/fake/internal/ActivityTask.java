package dev.swftyped.fake.internal;

/**
 * An open activity task of a run: scheduled, and perhaps started, with its resolved settings and
 * the deadlines of its four timeouts. Mutated only under the engine's lock.
 */
final class ActivityTask implements TaskQueue.Entry {
  final Execution run;
  final Event.ActivityTaskScheduled scheduled;
  final long scheduledEventId;
  final long seq;
  final int priority;

  /** The id of its {@code ActivityTaskStarted} event, or 0 while it waits for a worker. */
  long startedEventId;
  /** The id of the latest {@code ActivityTaskCancelRequested} for it, or 0. */
  long cancelRequestedEventId;
  /** The details of the latest heartbeat, or null if it sent none. */
  String heartbeatDetails;

  Deadline.ActivityTimeout scheduleToStart;
  Deadline.ActivityTimeout scheduleToClose;
  Deadline.ActivityTimeout startToClose;
  Deadline.ActivityTimeout heartbeat;

  ActivityTask(Execution run, Event.ActivityTaskScheduled scheduled, long scheduledEventId, long seq) {
    this.run = run;
    this.scheduled = scheduled;
    this.scheduledEventId = scheduledEventId;
    this.seq = seq;
    this.priority = scheduled.taskPriority() == null ? 0 : Integer.parseInt(scheduled.taskPriority());
  }

  String activityId() {
    return scheduled.activityId();
  }

  boolean started() {
    return startedEventId != 0;
  }

  @Override
  public int priority() {
    return priority;
  }

  @Override
  public long scheduledMillis() {
    return scheduled.millis();
  }

  @Override
  public long seq() {
    return seq;
  }
}
