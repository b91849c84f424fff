package dev.swftyped.fake.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.swf.model.ActivityTaskTimeoutType;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.DecisionTaskTimeoutType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;

/**
 * One run of a workflow execution: its history and the state SWF derives from it, as a state
 * machine. Each transition appends its events, schedules or cancels its deadlines and offers the
 * tasks it creates to their task lists; the SWF rules that decide which transition happens live in
 * the operations ({@code *Ops}, {@link DecisionBatch}) and in {@link State#apply}. Fields are
 * package-private and mutated only under the engine's lock.
 *
 * <p>The decision slot follows the task-plane spec (section 2): at most one decision task
 * scheduled and at most one started, both possibly at once; a scheduled task can be handed out
 * only when none is started.
 */
final class Execution {
  /** What {@link #latestActivityMillis} holds for a run that never had an activity event. */
  static final long NO_ACTIVITY = Long.MIN_VALUE;

  final State state;
  final Domain domain;
  final String workflowId;
  final String runId;
  final RunConfig config;
  final long startMillis;
  /** Orders runs that start in the same millisecond; unique within a fake. */
  final long seq;
  final long deadlineMillis;
  /** The parent run of a child, or null; the Initiated event's id in the parent, or 0. */
  final WorkflowExecution parent;
  final long parentInitiatedEventId;
  private WorkflowExecution sdkExecution;

  /**
   * The open parent run a child reports its close to, and the id of the parent's {@code
   * ChildWorkflowExecutionStarted} for it; null and 0 for a run without a parent, or once the
   * parent has closed.
   */
  Execution parentRun;
  long parentStartedEventId;
  /** A parent's open children, in the order they started. */
  final List<Execution> children = new ArrayList<>(0);

  /** The list new decision tasks are scheduled on (a task-list override moves it). */
  String decisionTaskList;
  /**
   * A temporary task-list override's schedule-to-start timeout (seconds), and the list to go back
   * to when it passes; null while no temporary override is in force (RD-12).
   */
  String overrideScheduleToStart;
  String overriddenTaskList;

  /** Whether a decision batch is being applied: its trigger events schedule one decision task at its end. */
  private boolean inBatch;
  private boolean batchTriggered;

  CloseStatus closeStatus;
  long closeMillis;
  long closeSeq;
  boolean cancelRequested;
  Deadline.ExecutionTimeout timeout;

  // The decision slot.
  /** The decision task scheduled and not started, or null; its schedule-to-start timeout, if any. */
  PendingDecision scheduledDecision;
  private Deadline.DecisionTaskTimeout scheduledDecisionTimeout;
  /** Whether the started decision task was handed out on a temporary override's list. */
  private boolean startedOnOverride;
  /** The started decision task's {@code DecisionTaskStarted} id, or 0; and its scheduled event's id. */
  long startedDecisionEventId;
  long startedDecisionScheduledEventId;
  private Deadline.DecisionTaskTimeout startedDecisionTimeout;
  /** The started event of the last decision task that was completed, or 0. */
  long previousStartedEventId;
  /** The latest execution context a decider gave, or null. */
  String latestExecutionContext;
  long latestActivityMillis = NO_ACTIVITY;

  /** Open activity tasks by activity id, in scheduling order; and by their scheduled event's id. */
  final LinkedHashMap<String, ActivityTask> activities = new LinkedHashMap<>(2);
  private final Map<Long, ActivityTask> activitiesByEvent = new HashMap<>(2);
  /** Open timers by timer id. */
  final LinkedHashMap<String, Timer> timers = new LinkedHashMap<>(2);

  // Open counts as they were when the run closed (SWF freezes them).
  private int closedDecisionTasks;
  private int closedActivityTasks;
  private int closedTimers;
  private int closedChildren;

  /** The history, oldest first: {@code eventCount} events at the start of the array. */
  private Event[] events = new Event[4];
  private int eventCount;
  /**
   * The events as SWF sends them, made when first read and kept: a decider reads the whole
   * history at every decision task, so each event is built once rather than once per task. Null
   * until the history is first read.
   */
  private HistoryEvent[] sdkEvents;

  Execution(State state, Domain domain, String workflowId, String runId, RunConfig config, long startMillis,
      long seq, WorkflowExecution parent, long parentInitiatedEventId) {
    this.state = state;
    this.domain = domain;
    this.workflowId = workflowId;
    this.runId = runId;
    this.config = config;
    this.startMillis = startMillis;
    this.seq = seq;
    this.deadlineMillis = startMillis + config.executionTimeoutMillis();
    this.parent = parent;
    this.parentInitiatedEventId = parentInitiatedEventId;
    this.decisionTaskList = config.taskList();
  }

  boolean isOpen() {
    return closeStatus == null;
  }

  RegisteredType type() {
    return config.type();
  }

  WorkflowExecution sdkExecution() {
    if (sdkExecution == null) {
      sdkExecution = WorkflowExecution.builder().workflowId(workflowId).runId(runId).build();
    }
    return sdkExecution;
  }

  // ---------------------------------------------------------------- history

  /** Appends an event and returns its id. */
  long append(Event event) {
    if (eventCount == events.length) {
      events = Arrays.copyOf(events, eventCount + (eventCount >> 1) + 1);
    }
    events[eventCount++] = event;
    return eventCount;
  }

  /**
   * Appends an event and, if it is a trigger event, schedules a decision task after it (DT-2); in a
   * decision batch, after the batch's last event (RD-7).
   */
  long appendTrigger(Event event) {
    long id = append(event);
    if (event.triggersDecision()) {
      if (inBatch) {
        batchTriggered = true;
      } else {
        scheduleDecisionTask(event.millis());
      }
    }
    return id;
  }

  /** Starts applying a decision batch: trigger events wait for {@link #endBatch}. */
  void beginBatch() {
    inBatch = true;
    batchTriggered = false;
  }

  /** Ends a decision batch: one decision task if the batch had a trigger event (RD-7), then the slot opens (RD-6). */
  void endBatch(long at) {
    inBatch = false;
    if (batchTriggered) {
      scheduleDecisionTask(at);
    }
    releaseDecisionSlot();
  }

  int eventCount() {
    return eventCount;
  }

  /** The event with the given id, counting from 1. */
  Event event(long eventId) {
    return events[(int) eventId - 1];
  }

  /** The event with the given id as SWF sends it. */
  HistoryEvent sdkEvent(long eventId) {
    int at = (int) eventId - 1;
    if (sdkEvents == null || sdkEvents.length < eventCount) {
      sdkEvents = sdkEvents == null ? new HistoryEvent[eventCount] : Arrays.copyOf(sdkEvents, events.length);
    }
    HistoryEvent event = sdkEvents[at];
    if (event == null) {
      event = events[at].toSdk(eventId);
      sdkEvents[at] = event;
    }
    return event;
  }

  // ---------------------------------------------------------------- decision tasks

  /** A decision task waiting on its list, as the list orders it. */
  record PendingDecision(Execution run, long eventId, long scheduledMillis, long seq, int priority, String taskList)
      implements TaskQueue.Entry {}

  /** Schedules a decision task unless one is already scheduled (DT-2); it waits if one is started (DT-4). */
  void scheduleDecisionTask(long at) {
    if (scheduledDecision != null || !isOpen()) {
      return;
    }
    String scheduleToStart = overrideScheduleToStart != null ? overrideScheduleToStart : "NONE";
    long eventId = append(new Event.DecisionTaskScheduled(at, decisionTaskList, config.taskTimeout(),
        config.taskPriority(), scheduleToStart));
    scheduledDecision = new PendingDecision(this, eventId, at, state.ids.nextSeq(), config.priority(),
        decisionTaskList);
    domain.countPendingDecisionTask(decisionTaskList, 1);
    if (!scheduleToStart.equals("NONE")) {
      scheduledDecisionTimeout = new Deadline.DecisionTaskTimeout(at + Long.parseLong(scheduleToStart) * 1000L,
          state.ids.nextSeq(), this, DecisionTaskTimeoutType.SCHEDULE_TO_START);
      state.deadlines.add(scheduledDecisionTimeout);
    }
    if (startedDecisionEventId == 0) {
      state.offer(domain, TaskQueue.Kind.DECISION, decisionTaskList, scheduledDecision);
    }
  }

  /**
   * Moves future decision tasks to another list (RD-12): for good, or, with a schedule-to-start
   * timeout, until a decision task on that list is not started, or not completed, in time.
   */
  void overrideTaskList(String taskList, String scheduleToStart) {
    if (scheduleToStart == null) {
      overriddenTaskList = null;
      overrideScheduleToStart = null;
    } else {
      if (overriddenTaskList == null) {
        overriddenTaskList = decisionTaskList;
      }
      overrideScheduleToStart = scheduleToStart;
    }
    decisionTaskList = taskList;
  }

  /** A temporary override's time ran out: decision tasks go back to the original list (RD-12). */
  private void revertTaskList() {
    if (overriddenTaskList != null) {
      decisionTaskList = overriddenTaskList;
      overriddenTaskList = null;
      overrideScheduleToStart = null;
    }
  }

  /** Hands out the scheduled decision task, already taken from its list (PD-3); returns its started id. */
  long startDecisionTask(long at, String identity) {
    PendingDecision task = scheduledDecision;
    scheduledDecision = null;
    state.deadlines.remove(scheduledDecisionTimeout);
    scheduledDecisionTimeout = null;
    startedOnOverride = overrideScheduleToStart != null && task.taskList().equals(decisionTaskList);
    domain.countPendingDecisionTask(task.taskList(), -1);
    startedDecisionEventId = append(new Event.DecisionTaskStarted(at, identity, task.eventId()));
    startedDecisionScheduledEventId = task.eventId();
    if (!config.taskTimeout().equals("NONE")) {
      startedDecisionTimeout = new Deadline.DecisionTaskTimeout(at + Long.parseLong(config.taskTimeout()) * 1000L,
          state.ids.nextSeq(), this, DecisionTaskTimeoutType.START_TO_CLOSE);
      state.deadlines.add(startedDecisionTimeout);
    }
    return startedDecisionEventId;
  }

  /**
   * Completes the started decision task (RD-3, RD-4, RD-6) and returns its {@code
   * DecisionTaskCompleted} id. The slot is released by {@link #releaseDecisionSlot} once the batch is
   * applied.
   */
  long completeDecisionTask(long at, String executionContext, String taskList, String taskListScheduleToStart) {
    long completed = append(new Event.DecisionTaskCompleted(at, executionContext, startedDecisionScheduledEventId,
        startedDecisionEventId, taskList, taskListScheduleToStart));
    state.deadlines.remove(startedDecisionTimeout);
    startedDecisionTimeout = null;
    previousStartedEventId = startedDecisionEventId;
    startedDecisionEventId = 0;
    startedDecisionScheduledEventId = 0;
    if (executionContext != null) {
      latestExecutionContext = executionContext;
    }
    return completed;
  }

  /** Offers a decision task that waited for the started one to finish (DT-4). */
  void releaseDecisionSlot() {
    if (isOpen() && scheduledDecision != null && startedDecisionEventId == 0) {
      state.offer(domain, TaskQueue.Kind.DECISION, scheduledDecision.taskList(), scheduledDecision);
    }
  }

  /**
   * A decision task was not completed (DT-9), or not started on a temporary override's list
   * (RD-12), in time.
   */
  void decisionTaskTimedOut(Deadline.DecisionTaskTimeout timedOut) {
    if (timedOut.type() == DecisionTaskTimeoutType.SCHEDULE_TO_START) {
      PendingDecision task = scheduledDecision;
      scheduledDecision = null;
      scheduledDecisionTimeout = null;
      domain.countPendingDecisionTask(task.taskList(), -1);
      state.withdraw(domain, TaskQueue.Kind.DECISION, task.taskList(), task);
      revertTaskList();
      appendTrigger(new Event.DecisionTaskTimedOut(timedOut.due(), timedOut.type(), task.eventId(), 0));
      return;
    }
    long scheduled = startedDecisionScheduledEventId;
    long started = startedDecisionEventId;
    startedDecisionTimeout = null;
    startedDecisionEventId = 0;
    startedDecisionScheduledEventId = 0;
    if (startedOnOverride) {
      revertTaskList();
    }
    appendTrigger(new Event.DecisionTaskTimedOut(timedOut.due(), timedOut.type(), scheduled, started));
    releaseDecisionSlot();
  }

  // ---------------------------------------------------------------- activity tasks

  /** Schedules an activity task (D-1) and offers it to its list. */
  ActivityTask scheduleActivity(Event.ActivityTaskScheduled scheduled) {
    long eventId = append(scheduled);
    ActivityTask task = new ActivityTask(this, scheduled, eventId, state.ids.nextSeq());
    activities.put(task.activityId(), task);
    activitiesByEvent.put(eventId, task);
    latestActivityMillis = scheduled.millis();
    task.scheduleToStart = activityDeadline(task, scheduled.millis(), scheduled.scheduleToStartTimeout(),
        ActivityTaskTimeoutType.SCHEDULE_TO_START);
    task.scheduleToClose = activityDeadline(task, scheduled.millis(), scheduled.scheduleToCloseTimeout(),
        ActivityTaskTimeoutType.SCHEDULE_TO_CLOSE);
    state.offer(domain, TaskQueue.Kind.ACTIVITY, scheduled.taskList(), task);
    return task;
  }

  private Deadline.ActivityTimeout activityDeadline(ActivityTask task, long from, String seconds,
      ActivityTaskTimeoutType type) {
    if (seconds.equals("NONE")) {
      return null;
    }
    Deadline.ActivityTimeout deadline = new Deadline.ActivityTimeout(from + Long.parseLong(seconds) * 1000L, task, type);
    state.deadlines.add(deadline);
    return deadline;
  }

  /** The open activity task scheduled by that event, or null. */
  ActivityTask activity(long scheduledEventId) {
    return activitiesByEvent.get(scheduledEventId);
  }

  /** Hands out an activity task, already taken from its list (AT-2); returns its started id. */
  long startActivity(ActivityTask task, long at, String identity) {
    task.startedEventId = append(new Event.ActivityTaskStarted(at, identity, task.scheduledEventId));
    latestActivityMillis = at;
    state.deadlines.remove(task.scheduleToStart);
    task.scheduleToStart = null;
    task.startToClose = activityDeadline(task, at, task.scheduled.startToCloseTimeout(),
        ActivityTaskTimeoutType.START_TO_CLOSE);
    task.heartbeat = activityDeadline(task, at, task.scheduled.heartbeatTimeout(), ActivityTaskTimeoutType.HEARTBEAT);
    return task.startedEventId;
  }

  /**
   * A heartbeat: the HEARTBEAT clock starts again, and its details (none if it sent none) are
   * what a timeout reports (AT-7, AT-8: "the details parameter for the last call").
   */
  void heartbeat(ActivityTask task, long at, String details) {
    task.heartbeatDetails = details;
    if (task.heartbeat != null) {
      state.deadlines.remove(task.heartbeat);
      task.heartbeat = activityDeadline(task, at, task.scheduled.heartbeatTimeout(), ActivityTaskTimeoutType.HEARTBEAT);
    }
  }

  /** Closes an activity task and appends the event that says how, with a decision task after it. */
  void closeActivity(ActivityTask task, Event closing) {
    forget(task);
    latestActivityMillis = closing.millis();
    appendTrigger(closing);
  }

  /** Removes an activity task from the run, its list and the deadlines. */
  private void forget(ActivityTask task) {
    activities.remove(task.activityId());
    activitiesByEvent.remove(task.scheduledEventId);
    if (!task.started()) {
      state.withdraw(domain, TaskQueue.Kind.ACTIVITY, task.scheduled.taskList(), task);
    }
    state.deadlines.remove(task.scheduleToStart);
    state.deadlines.remove(task.scheduleToClose);
    state.deadlines.remove(task.startToClose);
    state.deadlines.remove(task.heartbeat);
  }

  /** One of an activity task's timeouts passed (AT-8). */
  void activityTimedOut(Deadline.ActivityTimeout timedOut) {
    ActivityTask task = timedOut.task();
    closeActivity(task, new Event.ActivityTaskTimedOut(timedOut.due(), timedOut.type(), task.scheduledEventId,
        task.startedEventId, task.heartbeatDetails));
  }

  // ---------------------------------------------------------------- timers

  /** Starts a timer that fires after the given number of seconds (D-8, TM-1). */
  void startTimer(Event.TimerStarted started) {
    long eventId = append(started);
    Timer timer = new Timer(this, started.timerId(), eventId, state.ids.nextSeq());
    timer.firing = new Deadline.TimerFiring(started.millis() + Long.parseLong(started.startToFireTimeout()) * 1000L,
        timer);
    state.deadlines.add(timer.firing);
    timers.put(timer.timerId, timer);
  }

  /** A timer fired (TM-1). */
  void timerFired(Deadline.TimerFiring firing) {
    Timer timer = firing.timer();
    timers.remove(timer.timerId);
    appendTrigger(new Event.TimerFired(firing.due(), timer.timerId, timer.startedEventId));
  }

  /** Cancels an open timer (D-9). */
  void cancelTimer(Timer timer, long at, long decisionTaskCompletedEventId) {
    timers.remove(timer.timerId);
    state.deadlines.remove(timer.firing);
    append(new Event.TimerCanceled(at, timer.timerId, timer.startedEventId, decisionTaskCompletedEventId));
  }

  // ---------------------------------------------------------------- closing

  /**
   * Marks the run closed: its open counts freeze, its decision slot, activity tasks and timers stop
   * (nothing more is recorded for them and their tokens die), and its deadlines go. The caller has
   * appended the closing event; {@link State#close} moves the run between the domain's indexes.
   */
  void markClosed(CloseStatus status, long at, long closeSeq) {
    closedDecisionTasks = openDecisionTasks();
    closedActivityTasks = activities.size();
    closedTimers = timers.size();
    closedChildren = children.size();
    closeStatus = status;
    closeMillis = at;
    this.closeSeq = closeSeq;
    if (scheduledDecision != null) {
      domain.countPendingDecisionTask(scheduledDecision.taskList(), -1);
      state.withdraw(domain, TaskQueue.Kind.DECISION, scheduledDecision.taskList(), scheduledDecision);
      scheduledDecision = null;
    }
    state.deadlines.remove(scheduledDecisionTimeout);
    scheduledDecisionTimeout = null;
    state.deadlines.remove(startedDecisionTimeout);
    startedDecisionTimeout = null;
    startedDecisionEventId = 0;
    List<ActivityTask> open = new ArrayList<>(activities.values());
    for (ActivityTask task : open) {
      forget(task);
    }
    for (Timer timer : timers.values()) {
      state.deadlines.remove(timer.firing);
    }
    timers.clear();
    state.deadlines.remove(timeout);
    timeout = null;
    // A closed run's history is seldom read again: build its SDK events anew if it is.
    sdkEvents = null;
  }

  // ---------------------------------------------------------------- counts

  int openDecisionTasks() {
    if (!isOpen()) {
      return closedDecisionTasks;
    }
    return scheduledDecision != null || startedDecisionEventId != 0 ? 1 : 0;
  }

  int openActivityTasks() {
    return isOpen() ? activities.size() : closedActivityTasks;
  }

  int openTimers() {
    return isOpen() ? timers.size() : closedTimers;
  }

  int openChildWorkflowExecutions() {
    return isOpen() ? children.size() : closedChildren;
  }

  @Override
  public String toString() {
    return workflowId + "/" + runId;
  }
}
