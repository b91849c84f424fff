package dev.swftyped.fake.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A reference model of SWF's semantics for domains, types, executions and the task plane, written
 * to be obviously right rather than fast: plain lists scanned and sorted on every question, no
 * indexes, no tokens. The model-based test holds the fake to it, step by step. Rule ids (DT-2,
 * RD-9, ...) are those of {@code task-plane-spec.md}.
 *
 * <p>Every history event is an {@link Ev}: its type, its timestamp and every attribute SWF sends,
 * absent ones left out, so that a history compares attribute by attribute.
 */
final class Model {
  static final long SECOND = 1000L;
  static final long DAY = 86_400_000L;
  static final long ONE_YEAR_SECONDS = 31_536_000L;
  /**
   * The quotas the harness gives its fake (SWF's are 1,000 each), low enough for scenarios to reach
   * them: open activity tasks (D-1.4), open timers (D-8) and open children (CH-1) of one run.
   */
  static final int OPEN_ACTIVITIES = 2;
  static final int OPEN_TIMERS = 2;
  static final int OPEN_CHILDREN = 2;

  /** DT-5: the events after which SWF wants the decider to look again. */
  static final Set<String> TRIGGERS = Set.of("WorkflowExecutionStarted", "WorkflowExecutionSignaled",
      "WorkflowExecutionCancelRequested", "ActivityTaskCompleted", "ActivityTaskFailed", "TimerFired",
      "ChildWorkflowExecutionStarted", "ChildWorkflowExecutionCompleted", "ChildWorkflowExecutionFailed",
      "ActivityTaskTimedOut", "DecisionTaskTimedOut", "ScheduleActivityTaskFailed", "ActivityTaskCanceled",
      "ChildWorkflowExecutionCanceled", "ChildWorkflowExecutionTimedOut", "ChildWorkflowExecutionTerminated",
      "StartChildWorkflowExecutionFailed", "ExternalWorkflowExecutionSignaled", "SignalExternalWorkflowExecutionFailed",
      "ExternalWorkflowExecutionCancelRequested", "RequestCancelExternalWorkflowExecutionFailed",
      "RequestCancelActivityTaskFailed", "StartTimerFailed", "CancelTimerFailed", "RecordMarkerFailed",
      "CompleteWorkflowExecutionFailed", "FailWorkflowExecutionFailed", "CancelWorkflowExecutionFailed",
      "ContinueAsNewWorkflowExecutionFailed");

  /** The events that close a run: nothing is recorded after them (DT-11, RD-11, AT-10). */
  static final Set<String> CLOSING = Set.of("WorkflowExecutionCompleted", "WorkflowExecutionFailed",
      "WorkflowExecutionCanceled", "WorkflowExecutionContinuedAsNew", "WorkflowExecutionTerminated",
      "WorkflowExecutionTimedOut");

  long now;
  private int startSeq;
  private int closeSeq;
  /** Creation order of runs, decision tasks, activity tasks and timers: the tie-breaks of PD-2, AT-1 and TO-2. */
  private long seq;
  final Map<String, Dom> domains = new TreeMap<>();
  final List<Run> runs = new ArrayList<>();
  /** Runs that closed during the current step; the harness checks that their tokens are dead (TK-4). */
  final List<Run> closedInStep = new ArrayList<>();
  /**
   * The run ids the fake gave the runs a decision batch started (children, continue-as-new), by
   * workflow id: run ids are random, so the harness reads them from the fake before the model
   * starts those runs. A run the fake did not start gets a made-up id, and the comparison fails.
   */
  final Map<String, String> newRunIds = new HashMap<>();

  Model(long now) {
    this.now = now;
  }

  // ---------------------------------------------------------------- the data

  static final class Dom {
    final String name;
    final String retention;
    boolean deprecated;
    final Map<String, Type> types = new TreeMap<>();
    final Map<String, ActivityType> activityTypes = new TreeMap<>();

    Dom(String name, String retention) {
      this.name = name;
      this.retention = retention;
    }

    long retentionMillis() {
      return retention.equals("NONE") ? 0 : Long.parseLong(retention) * DAY;
    }
  }

  /** A workflow type; registered with every default, or with none. */
  static final class Type {
    final String name;
    final String version;
    final boolean withDefaults;
    boolean deprecated;

    Type(String name, String version, boolean withDefaults) {
      this.name = name;
      this.version = version;
      this.withDefaults = withDefaults;
    }

    String defaultTaskList() {
      return withDefaults ? "deciders" : null;
    }

    String defaultExecutionTimeout() {
      return withDefaults ? "3600" : null;
    }

    String defaultTaskTimeout() {
      return withDefaults ? "30" : null;
    }

    String defaultChildPolicy() {
      return withDefaults ? "TERMINATE" : null;
    }
  }

  /** An activity type; registered with every default (priority 3 included), or with none. */
  static final class ActivityType {
    final String name;
    final String version;
    final boolean withDefaults;
    boolean deprecated;

    ActivityType(String name, String version, boolean withDefaults) {
      this.name = name;
      this.version = version;
      this.withDefaults = withDefaults;
    }

    String defaultTaskList() {
      return withDefaults ? "workers" : null;
    }

    String defaultScheduleToStart() {
      return withDefaults ? "60" : null;
    }

    String defaultScheduleToClose() {
      return withDefaults ? "300" : null;
    }

    String defaultStartToClose() {
      return withDefaults ? "100" : null;
    }

    String defaultHeartbeat() {
      return withDefaults ? "40" : null;
    }

    String defaultPriority() {
      return withDefaults ? "3" : null;
    }
  }

  /** What a run executes with, resolved against its type's defaults. */
  record Config(String typeName, String typeVersion, String input, String executionTimeout, String taskTimeout,
      String taskList, String childPolicy, String taskPriority, List<String> tags) {}

  /** One event: its timestamp, its type, and its attributes as SWF sends them (absent ones left out). */
  record Ev(long millis, String type, Map<String, Object> attrs) {
    /** How the event reads, with its id, in a comparison. */
    String view(long eventId) {
      return eventId + " " + millis + " " + type + " " + attrs;
    }
  }

  static final class Run {
    final String domain;
    final String workflowId;
    final String runId;
    final Config config;
    final String typeName;
    final String typeVersion;
    final List<String> tags;
    final long start;
    final int startSeq;
    final long seq;
    final long deadline;
    final String executionTimeout;
    /** The parent named in the run's started event (a child, or a continued child, CH-3, CH-5), or null. */
    final String parentWorkflowId;
    final String parentRunId;
    final long parentInitiatedEventId;

    /** The open parent this run reports its close to, and the parent's ChildWorkflowExecutionStarted id (CH-4). */
    Run parent;
    long parentStartedEventId;
    /** The open children that report to this run. */
    final List<Run> children = new ArrayList<>();

    String closeStatus;
    long close;
    int closeSeq;
    boolean cancelRequested;
    boolean removed;
    final List<Ev> events = new ArrayList<>();

    // The decision slot (section 2): the scheduled task's event, and the started task's events.
    long scheduledId;
    long scheduledAt;
    long scheduledSeq;
    long startedId;
    long startedScheduledId;
    long startedAt;
    long startedSeq;
    /** PD-5: the started event of the last decision task that was completed. */
    long previousStartedId;
    String latestExecutionContext;
    Long latestActivity;
    final List<Activity> activities = new ArrayList<>();
    final List<Timer> timers = new ArrayList<>();
    /** The open counts, frozen when the run closed (VX-1). */
    int[] frozen;
    /** Whether a decision batch is being applied, and whether it appended a trigger event (RD-7). */
    boolean inBatch;
    boolean batchTriggered;
    /** Children initiated by the batch being applied: they count against the quota before they start. */
    int initiatedInBatch;

    Run(String domain, String workflowId, String runId, Config config, long start, int startSeq, long seq,
        String parentWorkflowId, String parentRunId, long parentInitiatedEventId) {
      this.domain = domain;
      this.workflowId = workflowId;
      this.runId = runId;
      this.config = config;
      this.typeName = config.typeName();
      this.typeVersion = config.typeVersion();
      this.tags = List.copyOf(config.tags());
      this.start = start;
      this.startSeq = startSeq;
      this.seq = seq;
      this.executionTimeout = config.executionTimeout();
      this.deadline = start + Long.parseLong(executionTimeout) * SECOND;
      this.parentWorkflowId = parentWorkflowId;
      this.parentRunId = parentRunId;
      this.parentInitiatedEventId = parentInitiatedEventId;
    }

    boolean open() {
      return closeStatus == null;
    }

    boolean visible() {
      return !removed;
    }

    int priority() {
      return config.taskPriority() == null ? 0 : Integer.parseInt(config.taskPriority());
    }

    Optional<Activity> activity(String activityId) {
      return activities.stream().filter(a -> a.activityId.equals(activityId)).findFirst();
    }

    Optional<Timer> timer(String timerId) {
      return timers.stream().filter(t -> t.timerId.equals(timerId)).findFirst();
    }

    /** The open counts Describe reports (VX-1), frozen at close. */
    int[] openCounts() {
      if (frozen != null) {
        return frozen;
      }
      return new int[] {scheduledId != 0 || startedId != 0 ? 1 : 0, activities.size(), timers.size(),
          children.size()};
    }

    @Override
    public String toString() {
      return workflowId + "/" + runId;
    }
  }

  /** An open activity task (scheduled, perhaps started) with its resolved settings. */
  static final class Activity {
    final String activityId;
    final String typeName;
    final String typeVersion;
    final long scheduledId;
    final long scheduledAt;
    final long seq;
    final String taskList;
    final String priority;
    final String input;
    final String scheduleToStart;
    final String scheduleToClose;
    final String startToClose;
    final String heartbeat;
    long startedId;
    long startedAt;
    long lastBeat;
    String heartbeatDetails;
    long cancelRequestedId;

    Activity(String activityId, String typeName, String typeVersion, long scheduledId, long scheduledAt, long seq,
        String taskList, String priority, String input, String scheduleToStart, String scheduleToClose,
        String startToClose, String heartbeat) {
      this.activityId = activityId;
      this.typeName = typeName;
      this.typeVersion = typeVersion;
      this.scheduledId = scheduledId;
      this.scheduledAt = scheduledAt;
      this.seq = seq;
      this.taskList = taskList;
      this.priority = priority;
      this.input = input;
      this.scheduleToStart = scheduleToStart;
      this.scheduleToClose = scheduleToClose;
      this.startToClose = startToClose;
      this.heartbeat = heartbeat;
    }

    boolean started() {
      return startedId != 0;
    }

    int priorityValue() {
      return priority == null ? 0 : Integer.parseInt(priority);
    }
  }

  /** An open timer. */
  record Timer(String timerId, long startedId, long fireAt, long seq) {}

  /** A decision task a poll handed out, with the token the fake gave it. */
  record DecisionTask(String token, Run run, long scheduledId, long startedId) {}

  /** An activity task a poll handed out, with the token the fake gave it. */
  record ActivityTask(String token, Run run, long scheduledId, long startedId, String activityId) {}

  // ---------------------------------------------------------------- attribute maps

  /** Attributes from keys and values; a null value is an absent member and is left out. */
  static Map<String, Object> attrs(Object... keysAndValues) {
    Map<String, Object> map = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return map;
  }

  static Map<String, Object> type(String name, String version) {
    return attrs("name", name, "version", version);
  }

  static Map<String, Object> execution(String workflowId, String runId) {
    return attrs("runId", runId, "workflowId", workflowId);
  }

  static Map<String, Object> execution(Run run) {
    return execution(run.workflowId, run.runId);
  }

  static Map<String, Object> taskList(String name) {
    return attrs("name", name);
  }

  private static List<String> tagsOrAbsent(List<String> tags) {
    return tags.isEmpty() ? null : tags;
  }

  // ---------------------------------------------------------------- questions

  Optional<Dom> domain(String name) {
    return Optional.ofNullable(domains.get(name));
  }

  Stream<Run> visibleRuns(String domain) {
    return runs.stream().filter(run -> run.domain.equals(domain) && run.visible());
  }

  Optional<Run> openRun(String domain, String workflowId) {
    return visibleRuns(domain).filter(run -> run.workflowId.equals(workflowId) && run.open()).findFirst();
  }

  Optional<Run> latestRun(String domain, String workflowId) {
    return runs.stream().filter(run -> run.domain.equals(domain) && run.workflowId.equals(workflowId))
        .max(Comparator.comparingInt(run -> run.startSeq));
  }

  boolean knowsRun(String runId) {
    return runs.stream().anyMatch(run -> run.runId.equals(runId));
  }

  /**
   * PD-2: the decision task a poll of that list gets: of the open runs with a scheduled task on it
   * and none started, the highest priority, then the earliest scheduled, then the first created.
   */
  Optional<Run> nextDecisionTask(String domain, String list) {
    return visibleRuns(domain)
        .filter(run -> run.open() && run.scheduledId != 0 && run.startedId == 0 && run.config.taskList().equals(list))
        .min(Comparator.comparingInt((Run run) -> -run.priority())
            .thenComparingLong(run -> run.scheduledAt)
            .thenComparingLong(run -> run.scheduledSeq));
  }

  /** AT-1: the activity task a poll of that list gets, by the same order over tasks not started. */
  Optional<Activity> nextActivityTask(String domain, String list) {
    return visibleRuns(domain).filter(Run::open)
        .flatMap(run -> run.activities.stream())
        .filter(a -> !a.started() && a.taskList.equals(list))
        .min(Comparator.comparingInt((Activity a) -> -a.priorityValue())
            .thenComparingLong(a -> a.scheduledAt)
            .thenComparingLong(a -> a.seq));
  }

  Run runOf(Activity activity) {
    return runs.stream().filter(run -> run.activities.contains(activity)).findFirst().orElseThrow();
  }

  /** CP-2: scheduled, not started decision tasks on a list, across open runs. */
  long pendingDecisionTasks(String domain, String list) {
    return visibleRuns(domain).filter(run -> run.open() && run.scheduledId != 0 && run.config.taskList().equals(list))
        .count();
  }

  /** CP-1: scheduled, not started activity tasks on a list, across open runs. */
  long pendingActivityTasks(String domain, String list) {
    return visibleRuns(domain).filter(Run::open).flatMap(run -> run.activities.stream())
        .filter(a -> !a.started() && a.taskList.equals(list)).count();
  }

  /** TK-2: whether a decision token still names its run's started decision task. */
  static boolean live(DecisionTask task) {
    return task.run().visible() && task.run().open() && task.run().startedId == task.startedId();
  }

  /** TK-2: whether an activity token still names a started, open activity task. */
  static boolean live(ActivityTask task) {
    return task.run().visible() && task.run().open() && task.run().activities.stream()
        .anyMatch(a -> a.scheduledId == task.scheduledId() && a.startedId == task.startedId());
  }

  static Activity activity(ActivityTask task) {
    return task.run().activities.stream().filter(a -> a.scheduledId == task.scheduledId()).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- history

  /** Appends an event; a trigger event schedules a decision task after it (DT-2), or after its batch (RD-7). */
  long add(Run run, Ev event) {
    run.events.add(event);
    long id = run.events.size();
    if (TRIGGERS.contains(event.type())) {
      if (run.inBatch) {
        run.batchTriggered = true;
      } else {
        scheduleDecisionTask(run, event.millis());
      }
    }
    return id;
  }

  private Ev ev(long at, String type, Object... attrs) {
    return new Ev(at, type, attrs(attrs));
  }

  /** DT-2, DT-8: one DecisionTaskScheduled unless one is already scheduled (a started one does not count, DT-3). */
  private void scheduleDecisionTask(Run run, long at) {
    if (run.scheduledId != 0 || !run.open()) {
      return;
    }
    run.events.add(ev(at, "DecisionTaskScheduled", "taskList", taskList(run.config.taskList()),
        "taskPriority", run.config.taskPriority(), "startToCloseTimeout", run.config.taskTimeout(),
        "scheduleToStartTimeout", "NONE"));
    run.scheduledId = run.events.size();
    run.scheduledAt = at;
    run.scheduledSeq = seq++;
  }

  // ---------------------------------------------------------------- runs

  /** DT-1: a run starts with WorkflowExecutionStarted and a DecisionTaskScheduled. */
  Run start(Dom domain, String workflowId, String runId, Config config, String parentWorkflowId, String parentRunId,
      long parentInitiatedEventId, String continuedFrom) {
    Run run = new Run(domain.name, workflowId, runId, config, now, startSeq++, seq++, parentWorkflowId, parentRunId,
        parentInitiatedEventId);
    runs.add(run);
    add(run, ev(now, "WorkflowExecutionStarted", "input", config.input(),
        "executionStartToCloseTimeout", config.executionTimeout(), "taskStartToCloseTimeout", config.taskTimeout(),
        "childPolicy", config.childPolicy(), "taskList", taskList(config.taskList()),
        "taskPriority", config.taskPriority(), "workflowType", type(config.typeName(), config.typeVersion()),
        "tagList", tagsOrAbsent(config.tags()),
        "parentWorkflowExecution", parentRunId == null ? null : execution(parentWorkflowId, parentRunId),
        "parentInitiatedEventId", parentInitiatedEventId, "continuedExecutionRunId", continuedFrom));
    return run;
  }

  /**
   * Closes a run whose closing event has not been appended yet: appends it, freezes the open counts
   * (VX-1), kills the decision slot, activities and timers (DT-11, AT-10, TM-3), tells an open
   * parent how it closed (CH-4), and applies a child policy to its children when it was terminated
   * or timed out (CH-6, CH-7).
   */
  void close(Run run, String status, Ev closing, String childPolicy) {
    run.events.add(closing);
    run.frozen = run.openCounts();
    run.closeStatus = status;
    run.close = closing.millis();
    run.closeSeq = closeSeq++;
    run.scheduledId = 0;
    run.startedId = 0;
    run.activities.clear();
    run.timers.clear();
    closedInStep.add(run);
    long at = closing.millis();
    Run parent = run.parent;
    if (parent != null && !status.equals("CONTINUED_AS_NEW")) {
      run.parent = null;
      parent.children.remove(run);
      if (parent.open()) {
        add(parent, childClosed(run, closing, at));
      }
    }
    List<Run> children = new ArrayList<>(run.children);
    run.children.clear();
    for (Run child : children) {
      child.parent = null;
    }
    if (status.equals("TERMINATED") || status.equals("TIMED_OUT")) {
      for (Run child : children) {
        applyChildPolicy(child, childPolicy, at);
      }
    }
    forget();
  }

  /** CH-4: what the parent records when its child closes. */
  private Ev childClosed(Run child, Ev closing, long at) {
    Object[] ids = {"workflowExecution", execution(child), "workflowType", type(child.typeName, child.typeVersion),
        "initiatedEventId", child.parentInitiatedEventId, "startedEventId", child.parentStartedEventId};
    Map<String, Object> a = new TreeMap<>(attrs(ids));
    String type;
    switch (child.closeStatus) {
      case "COMPLETED":
        type = "ChildWorkflowExecutionCompleted";
        putIfPresent(a, "result", closing.attrs().get("result"));
        break;
      case "FAILED":
        type = "ChildWorkflowExecutionFailed";
        putIfPresent(a, "reason", closing.attrs().get("reason"));
        putIfPresent(a, "details", closing.attrs().get("details"));
        break;
      case "CANCELED":
        type = "ChildWorkflowExecutionCanceled";
        putIfPresent(a, "details", closing.attrs().get("details"));
        break;
      case "TIMED_OUT":
        type = "ChildWorkflowExecutionTimedOut";
        a.put("timeoutType", "START_TO_CLOSE");
        break;
      default:
        type = "ChildWorkflowExecutionTerminated";
        break;
    }
    return new Ev(at, type, a);
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** CH-7: TERMINATE ends the child (its own policy then applies to its children), REQUEST_CANCEL asks it to end. */
  private void applyChildPolicy(Run child, String policy, long at) {
    if (!child.open()) {
      return;
    }
    if (policy.equals("TERMINATE")) {
      close(child, "TERMINATED", ev(at, "WorkflowExecutionTerminated", "childPolicy", child.config.childPolicy(),
          "cause", "CHILD_POLICY_APPLIED"), child.config.childPolicy());
    } else if (policy.equals("REQUEST_CANCEL")) {
      child.cancelRequested = true;
      add(child, ev(at, "WorkflowExecutionCancelRequested", "cause", "CHILD_POLICY_APPLIED"));
    }
  }

  // ---------------------------------------------------------------- the API's execution actions

  /** SG-1. */
  void signal(Run run, String name, String input) {
    add(run, ev(now, "WorkflowExecutionSignaled", "signalName", name, "input", input, "externalInitiatedEventId", 0L));
  }

  /** CR-1. */
  void requestCancel(Run run) {
    run.cancelRequested = true;
    add(run, ev(now, "WorkflowExecutionCancelRequested", "externalInitiatedEventId", 0L));
  }

  /** An API termination: the request's child policy, else the run's (CH-6); the fake's cause (README, Q-14). */
  void terminate(Run run, String reason, String childPolicy) {
    String policy = childPolicy != null ? childPolicy : run.config.childPolicy();
    close(run, "TERMINATED", ev(now, "WorkflowExecutionTerminated", "reason", reason, "childPolicy", policy,
        "cause", "OPERATOR_INITIATED"), policy);
  }

  // ---------------------------------------------------------------- decision tasks

  /** PD-3: hands out the run's scheduled decision task; returns its DecisionTaskStarted id. */
  long startDecisionTask(Run run, String identity) {
    long scheduled = run.scheduledId;
    run.events.add(ev(now, "DecisionTaskStarted", "identity", identity, "scheduledEventId", scheduled));
    run.scheduledId = 0;
    run.startedId = run.events.size();
    run.startedScheduledId = scheduled;
    run.startedAt = now;
    run.startedSeq = seq++;
    return run.startedId;
  }

  /** RD-3 to RD-9 and section 6: applies a batch that passed every check. */
  void respond(Run run, List<DecisionSpec> decisions, String executionContext) {
    // RD-9: closing decisions fail if a decision task was scheduled while this one was started (DT-3).
    boolean unhandled = run.scheduledId != 0;
    long completed = add(run, ev(now, "DecisionTaskCompleted", "executionContext", executionContext,
        "scheduledEventId", run.startedScheduledId, "startedEventId", run.startedId));
    run.previousStartedId = run.startedId;
    run.startedId = 0;
    if (executionContext != null) {
      run.latestExecutionContext = executionContext;
    }
    List<Runnable> afterBatch = new ArrayList<>();
    run.inBatch = true;
    run.batchTriggered = false;
    run.initiatedInBatch = 0;
    for (DecisionSpec decision : decisions) {
      if (!run.open()) {
        break;
      }
      decide(run, decision, completed, unhandled, afterBatch);
    }
    run.inBatch = false;
    if (run.open() && run.batchTriggered) {
      scheduleDecisionTask(run, now);
    }
    afterBatch.forEach(Runnable::run);
  }

  private void decide(Run run, DecisionSpec decision, long completed, boolean unhandled, List<Runnable> afterBatch) {
    if (decision instanceof DecisionSpec.ScheduleActivity) {
      scheduleActivity(run, (DecisionSpec.ScheduleActivity) decision, completed);
    } else if (decision instanceof DecisionSpec.RequestCancelActivity) {
      requestCancelActivity(run, ((DecisionSpec.RequestCancelActivity) decision).activityId(), completed);
    } else if (decision instanceof DecisionSpec.StartTimer) {
      startTimer(run, (DecisionSpec.StartTimer) decision, completed);
    } else if (decision instanceof DecisionSpec.CancelTimer) {
      cancelTimer(run, ((DecisionSpec.CancelTimer) decision).timerId(), completed);
    } else if (decision instanceof DecisionSpec.RecordMarker) {
      DecisionSpec.RecordMarker d = (DecisionSpec.RecordMarker) decision;
      // D-7: not a trigger; names may repeat.
      add(run, ev(now, "MarkerRecorded", "markerName", d.name(), "details", d.details(),
          "decisionTaskCompletedEventId", completed));
    } else if (decision instanceof DecisionSpec.Complete) {
      // D-3
      if (unhandled) {
        add(run, ev(now, "CompleteWorkflowExecutionFailed", "cause", "UNHANDLED_DECISION",
            "decisionTaskCompletedEventId", completed));
      } else {
        close(run, "COMPLETED", ev(now, "WorkflowExecutionCompleted", "result",
            ((DecisionSpec.Complete) decision).result(), "decisionTaskCompletedEventId", completed), null);
      }
    } else if (decision instanceof DecisionSpec.Fail) {
      // D-4
      DecisionSpec.Fail d = (DecisionSpec.Fail) decision;
      if (unhandled) {
        add(run, ev(now, "FailWorkflowExecutionFailed", "cause", "UNHANDLED_DECISION",
            "decisionTaskCompletedEventId", completed));
      } else {
        close(run, "FAILED", ev(now, "WorkflowExecutionFailed", "reason", d.reason(), "details", d.details(),
            "decisionTaskCompletedEventId", completed), null);
      }
    } else if (decision instanceof DecisionSpec.Cancel) {
      // D-5: no cancel request needed
      if (unhandled) {
        add(run, ev(now, "CancelWorkflowExecutionFailed", "cause", "UNHANDLED_DECISION",
            "decisionTaskCompletedEventId", completed));
      } else {
        close(run, "CANCELED", ev(now, "WorkflowExecutionCanceled", "details",
            ((DecisionSpec.Cancel) decision).details(), "decisionTaskCompletedEventId", completed), null);
      }
    } else if (decision instanceof DecisionSpec.ContinueAsNew) {
      continueAsNew(run, (DecisionSpec.ContinueAsNew) decision, completed, unhandled);
    } else if (decision instanceof DecisionSpec.StartChild) {
      startChild(run, (DecisionSpec.StartChild) decision, completed, afterBatch);
    } else if (decision instanceof DecisionSpec.SignalExternal) {
      signalExternal(run, (DecisionSpec.SignalExternal) decision, completed, afterBatch);
    } else if (decision instanceof DecisionSpec.RequestCancelExternal) {
      requestCancelExternal(run, (DecisionSpec.RequestCancelExternal) decision, completed, afterBatch);
    } else {
      throw new IllegalStateException("a batch with " + decision + " passed the checks");
    }
  }

  /** D-1: checks in order, failing with ScheduleActivityTaskFailed; else the resolved ActivityTaskScheduled. */
  private void scheduleActivity(Run run, DecisionSpec.ScheduleActivity d, long completed) {
    ActivityType type = domains.get(run.domain).activityTypes.get(d.typeName() + "/" + d.typeVersion());
    String taskList = d.taskList() != null ? d.taskList() : type == null ? null : type.defaultTaskList();
    String scheduleToStart = d.scheduleToStart() != null ? d.scheduleToStart()
        : type == null ? null : type.defaultScheduleToStart();
    String scheduleToClose = d.scheduleToClose() != null ? d.scheduleToClose()
        : type == null ? null : type.defaultScheduleToClose();
    String startToClose = d.startToClose() != null ? d.startToClose() : type == null ? null : type.defaultStartToClose();
    String heartbeat = d.heartbeat() != null ? d.heartbeat() : type == null ? null : type.defaultHeartbeat();
    String cause = type == null ? "ACTIVITY_TYPE_DOES_NOT_EXIST"
        : type.deprecated ? "ACTIVITY_TYPE_DEPRECATED"
        : run.activity(d.activityId()).isPresent() ? "ACTIVITY_ID_ALREADY_IN_USE"
        : run.activities.size() >= OPEN_ACTIVITIES ? "OPEN_ACTIVITIES_LIMIT_EXCEEDED"
        : taskList == null ? "DEFAULT_TASK_LIST_UNDEFINED"
        : scheduleToStart == null ? "DEFAULT_SCHEDULE_TO_START_TIMEOUT_UNDEFINED"
        : scheduleToClose == null ? "DEFAULT_SCHEDULE_TO_CLOSE_TIMEOUT_UNDEFINED"
        : startToClose == null ? "DEFAULT_START_TO_CLOSE_TIMEOUT_UNDEFINED"
        : heartbeat == null ? "DEFAULT_HEARTBEAT_TIMEOUT_UNDEFINED"
        : null;
    if (cause != null) {
      add(run, ev(now, "ScheduleActivityTaskFailed", "activityType", type(d.typeName(), d.typeVersion()),
          "activityId", d.activityId(), "cause", cause, "decisionTaskCompletedEventId", completed));
      return;
    }
    String priority = d.priority() != null ? d.priority() : type.defaultPriority();
    long scheduled = add(run, ev(now, "ActivityTaskScheduled", "activityType", type(d.typeName(), d.typeVersion()),
        "activityId", d.activityId(), "input", d.input(), "control", d.control(),
        "scheduleToStartTimeout", scheduleToStart, "scheduleToCloseTimeout", scheduleToClose,
        "startToCloseTimeout", startToClose, "heartbeatTimeout", heartbeat, "taskList", taskList(taskList),
        "taskPriority", priority, "decisionTaskCompletedEventId", completed));
    run.activities.add(new Activity(d.activityId(), d.typeName(), d.typeVersion(), scheduled, now, seq++, taskList,
        priority, d.input(), scheduleToStart, scheduleToClose, startToClose, heartbeat));
    run.latestActivity = now;
  }

  /** D-2: a task not yet started is canceled at once; a started one is only marked. */
  private void requestCancelActivity(Run run, String activityId, long completed) {
    Optional<Activity> open = run.activity(activityId);
    if (open.isEmpty()) {
      add(run, ev(now, "RequestCancelActivityTaskFailed", "activityId", activityId, "cause", "ACTIVITY_ID_UNKNOWN",
          "decisionTaskCompletedEventId", completed));
      return;
    }
    Activity a = open.get();
    a.cancelRequestedId = add(run, ev(now, "ActivityTaskCancelRequested", "decisionTaskCompletedEventId", completed,
        "activityId", activityId));
    if (!a.started()) {
      closeActivity(run, a, ev(now, "ActivityTaskCanceled", "scheduledEventId", a.scheduledId, "startedEventId", 0L,
          "latestCancelRequestedEventId", a.cancelRequestedId));
    }
  }

  /** D-8. */
  private void startTimer(Run run, DecisionSpec.StartTimer d, long completed) {
    String cause = run.timer(d.timerId()).isPresent() ? "TIMER_ID_ALREADY_IN_USE"
        : run.timers.size() >= OPEN_TIMERS ? "OPEN_TIMERS_LIMIT_EXCEEDED"
        : null;
    if (cause != null) {
      add(run, ev(now, "StartTimerFailed", "timerId", d.timerId(), "cause", cause,
          "decisionTaskCompletedEventId", completed));
      return;
    }
    long started = add(run, ev(now, "TimerStarted", "timerId", d.timerId(), "control", d.control(),
        "startToFireTimeout", d.startToFire(), "decisionTaskCompletedEventId", completed));
    run.timers.add(new Timer(d.timerId(), started, now + Long.parseLong(d.startToFire()) * SECOND, seq++));
  }

  /** D-9. */
  private void cancelTimer(Run run, String timerId, long completed) {
    Optional<Timer> open = run.timer(timerId);
    if (open.isEmpty()) {
      add(run, ev(now, "CancelTimerFailed", "timerId", timerId, "cause", "TIMER_ID_UNKNOWN",
          "decisionTaskCompletedEventId", completed));
      return;
    }
    run.timers.remove(open.get());
    add(run, ev(now, "TimerCanceled", "timerId", timerId, "startedEventId", open.get().startedId(),
        "decisionTaskCompletedEventId", completed));
  }

  /** CAN-1 to CAN-3. */
  private void continueAsNew(Run run, DecisionSpec.ContinueAsNew d, long completed, boolean unhandled) {
    if (unhandled) {
      add(run, ev(now, "ContinueAsNewWorkflowExecutionFailed", "cause", "UNHANDLED_DECISION",
          "decisionTaskCompletedEventId", completed));
      return;
    }
    String version = d.version() != null ? d.version() : run.typeVersion;
    Type type = domains.get(run.domain).types.get(run.typeName + "/" + version);
    String executionTimeout = d.executionTimeout() != null ? d.executionTimeout()
        : type == null ? null : type.defaultExecutionTimeout();
    String taskTimeout = d.taskTimeout() != null ? d.taskTimeout() : type == null ? null : type.defaultTaskTimeout();
    String taskList = d.taskList() != null ? d.taskList() : type == null ? null : type.defaultTaskList();
    String childPolicy = d.childPolicy() != null ? d.childPolicy() : type == null ? null : type.defaultChildPolicy();
    String cause = type == null ? "WORKFLOW_TYPE_DOES_NOT_EXIST"
        : type.deprecated ? "WORKFLOW_TYPE_DEPRECATED"
        : executionTimeout == null ? "DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED"
        : taskTimeout == null ? "DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED"
        : taskList == null ? "DEFAULT_TASK_LIST_UNDEFINED"
        : childPolicy == null ? "DEFAULT_CHILD_POLICY_UNDEFINED"
        : null;
    if (cause != null) {
      add(run, ev(now, "ContinueAsNewWorkflowExecutionFailed", "cause", cause,
          "decisionTaskCompletedEventId", completed));
      return;
    }
    Config next = new Config(run.typeName, version, d.input(), executionTimeout, taskTimeout, taskList, childPolicy,
        null, d.tags());
    String runId = newRunId(run.workflowId);
    Run parent = run.parent;
    close(run, "CONTINUED_AS_NEW", ev(now, "WorkflowExecutionContinuedAsNew", "input", d.input(),
        "decisionTaskCompletedEventId", completed, "newExecutionRunId", runId,
        "executionStartToCloseTimeout", executionTimeout, "taskList", taskList(taskList),
        "taskStartToCloseTimeout", taskTimeout, "childPolicy", childPolicy, "tagList", tagsOrAbsent(d.tags()),
        "workflowType", type(run.typeName, version)), null);
    Run successor = start(domains.get(run.domain), run.workflowId, runId, next, run.parentWorkflowId,
        run.parentRunId, run.parentInitiatedEventId, run.runId);
    if (parent != null) {
      // CH-5: the parent records nothing; the new run reports its close in the old one's place.
      parent.children.set(parent.children.indexOf(run), successor);
      successor.parent = parent;
      successor.parentStartedEventId = run.parentStartedEventId;
      run.parent = null;
    }
  }

  private String newRunId(String workflowId) {
    String runId = newRunIds.remove(workflowId);
    return runId != null ? runId : "the-fake-started-no-run-of-" + workflowId;
  }

  /** CH-1, CH-2: synchronous failures, else an Initiated event and the child's start after the batch. */
  private void startChild(Run run, DecisionSpec.StartChild d, long completed, List<Runnable> afterBatch) {
    Type type = domains.get(run.domain).types.get(d.typeName() + "/" + d.typeVersion());
    String executionTimeout = d.executionTimeout() != null ? d.executionTimeout()
        : type == null ? null : type.defaultExecutionTimeout();
    String taskList = d.taskList() != null ? d.taskList() : type == null ? null : type.defaultTaskList();
    String taskTimeout = d.taskTimeout() != null ? d.taskTimeout() : type == null ? null : type.defaultTaskTimeout();
    String childPolicy = d.childPolicy() != null ? d.childPolicy() : type == null ? null : type.defaultChildPolicy();
    String cause = type == null ? "WORKFLOW_TYPE_DOES_NOT_EXIST"
        : type.deprecated ? "WORKFLOW_TYPE_DEPRECATED"
        : executionTimeout == null ? "DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED"
        : taskList == null ? "DEFAULT_TASK_LIST_UNDEFINED"
        : taskTimeout == null ? "DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED"
        : childPolicy == null ? "DEFAULT_CHILD_POLICY_UNDEFINED"
        : run.children.size() + run.initiatedInBatch >= OPEN_CHILDREN ? "OPEN_CHILDREN_LIMIT_EXCEEDED"
        : null;
    if (cause != null) {
      add(run, ev(now, "StartChildWorkflowExecutionFailed", "workflowType", type(d.typeName(), d.typeVersion()),
          "cause", cause, "workflowId", d.workflowId(), "initiatedEventId", 0L,
          "decisionTaskCompletedEventId", completed, "control", d.control()));
      return;
    }
    Config child = new Config(d.typeName(), d.typeVersion(), d.input(), executionTimeout, taskTimeout, taskList,
        childPolicy, null, List.of());
    long initiated = add(run, ev(now, "StartChildWorkflowExecutionInitiated", "workflowId", d.workflowId(),
        "workflowType", type(d.typeName(), d.typeVersion()), "control", d.control(), "input", d.input(),
        "executionStartToCloseTimeout", executionTimeout, "taskList", taskList(taskList),
        "decisionTaskCompletedEventId", completed, "childPolicy", childPolicy,
        "taskStartToCloseTimeout", taskTimeout));
    run.initiatedInBatch++;
    afterBatch.add(() -> {
      if (openRun(run.domain, d.workflowId()).isPresent()) {
        if (run.open()) {
          add(run, ev(now, "StartChildWorkflowExecutionFailed", "workflowType", type(d.typeName(), d.typeVersion()),
              "cause", "WORKFLOW_ALREADY_RUNNING", "workflowId", d.workflowId(), "initiatedEventId", initiated,
              "decisionTaskCompletedEventId", completed, "control", d.control()));
        }
        return;
      }
      Run started = start(domains.get(run.domain), d.workflowId(), newRunId(d.workflowId()), child, run.workflowId,
          run.runId, initiated, null);
      if (run.open()) {
        started.parent = run;
        started.parentStartedEventId = add(run, ev(now, "ChildWorkflowExecutionStarted",
            "workflowExecution", execution(started), "workflowType", type(d.typeName(), d.typeVersion()),
            "initiatedEventId", initiated));
        run.children.add(started);
      }
    });
  }

  /** The open run a decision names (EX-1): that run if open, or the open run of the workflow id. */
  private Optional<Run> externalTarget(String domain, String workflowId, String runId) {
    if (runId == null) {
      return openRun(domain, workflowId);
    }
    return visibleRuns(domain).filter(r -> r.open() && r.runId.equals(runId) && r.workflowId.equals(workflowId))
        .findFirst();
  }

  /** D-10, EX-1, EX-2. */
  private void signalExternal(Run run, DecisionSpec.SignalExternal d, long completed, List<Runnable> afterBatch) {
    String runId = d.runId();
    long initiated = add(run, ev(now, "SignalExternalWorkflowExecutionInitiated", "workflowId", d.workflowId(),
        "runId", runId, "signalName", d.signalName(), "input", d.input(), "decisionTaskCompletedEventId", completed,
        "control", d.control()));
    afterBatch.add(() -> {
      Optional<Run> target = externalTarget(run.domain, d.workflowId(), runId);
      if (target.isEmpty()) {
        if (run.open()) {
          add(run, ev(now, "SignalExternalWorkflowExecutionFailed", "workflowId", d.workflowId(), "runId", runId,
              "cause", "UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION", "initiatedEventId", initiated,
              "decisionTaskCompletedEventId", completed, "control", d.control()));
        }
        return;
      }
      add(target.get(), ev(now, "WorkflowExecutionSignaled", "signalName", d.signalName(), "input", d.input(),
          "externalWorkflowExecution", execution(run), "externalInitiatedEventId", initiated));
      if (run.open()) {
        add(run, ev(now, "ExternalWorkflowExecutionSignaled", "workflowExecution", execution(target.get()),
            "initiatedEventId", initiated));
      }
    });
  }

  /** D-11, EX-3, EX-4. */
  private void requestCancelExternal(Run run, DecisionSpec.RequestCancelExternal d, long completed,
      List<Runnable> afterBatch) {
    String runId = d.runId();
    long initiated = add(run, ev(now, "RequestCancelExternalWorkflowExecutionInitiated", "workflowId",
        d.workflowId(), "runId", runId, "decisionTaskCompletedEventId", completed, "control", d.control()));
    afterBatch.add(() -> {
      Optional<Run> target = externalTarget(run.domain, d.workflowId(), runId);
      if (target.isEmpty()) {
        if (run.open()) {
          add(run, ev(now, "RequestCancelExternalWorkflowExecutionFailed", "workflowId", d.workflowId(),
              "runId", runId, "cause", "UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION", "initiatedEventId", initiated,
              "decisionTaskCompletedEventId", completed, "control", d.control()));
        }
        return;
      }
      target.get().cancelRequested = true;
      add(target.get(), ev(now, "WorkflowExecutionCancelRequested", "externalWorkflowExecution", execution(run),
          "externalInitiatedEventId", initiated));
      if (run.open()) {
        add(run, ev(now, "ExternalWorkflowExecutionCancelRequested", "workflowExecution", execution(target.get()),
            "initiatedEventId", initiated));
      }
    });
  }

  // ---------------------------------------------------------------- activity tasks

  /** AT-2: hands out an activity task; returns its ActivityTaskStarted id. */
  long startActivityTask(Activity a, String identity) {
    Run run = runOf(a);
    a.startedId = add(run, ev(now, "ActivityTaskStarted", "identity", identity, "scheduledEventId", a.scheduledId));
    a.startedAt = now;
    a.lastBeat = now;
    run.latestActivity = now;
    return a.startedId;
  }

  /** Closes an activity with the event that says how (a trigger); VX-2. */
  private void closeActivity(Run run, Activity a, Ev closing) {
    run.activities.remove(a);
    run.latestActivity = closing.millis();
    add(run, closing);
  }

  /** AT-4. */
  void completeActivity(ActivityTask task, String result) {
    Activity a = activity(task);
    closeActivity(task.run(), a, ev(now, "ActivityTaskCompleted", "result", result, "scheduledEventId", a.scheduledId,
        "startedEventId", a.startedId));
  }

  /** AT-5. */
  void failActivity(ActivityTask task, String reason, String details) {
    Activity a = activity(task);
    closeActivity(task.run(), a, ev(now, "ActivityTaskFailed", "reason", reason, "details", details,
        "scheduledEventId", a.scheduledId, "startedEventId", a.startedId));
  }

  /** AT-6: latestCancelRequestedEventId iff a cancel was requested. */
  void cancelActivity(ActivityTask task, String details) {
    Activity a = activity(task);
    closeActivity(task.run(), a, ev(now, "ActivityTaskCanceled", "details", details, "scheduledEventId", a.scheduledId,
        "startedEventId", a.startedId, "latestCancelRequestedEventId",
        a.cancelRequestedId == 0 ? null : a.cancelRequestedId));
  }

  /**
   * AT-7: no event; the heartbeat clock starts again; the call's details are what a later timeout
   * reports (M ActivityTaskTimedOutEventAttributes.details: "the details parameter for the last call
   * made by the activity to RecordActivityTaskHeartbeat"). Answers whether a cancel was requested.
   */
  boolean heartbeat(ActivityTask task, String details) {
    Activity a = activity(task);
    a.lastBeat = now;
    a.heartbeatDetails = details;
    return a.cancelRequestedId != 0;
  }

  // ---------------------------------------------------------------- time

  /** An effect of time on an open run: due, then rank (tasks and timers before the run's timeout), then creation. */
  private record Due(long at, int rank, long seq, int order, Runnable effect) {}

  private static final Comparator<Due> DUE_ORDER = Comparator.comparingLong(Due::at).thenComparingInt(Due::rank)
      .thenComparingLong(Due::seq).thenComparingInt(Due::order);

  /** Moves time forward and applies what fell due (TO-1), then retention removes old runs. */
  void advance(long millis) {
    now += millis;
    applyDue();
  }

  /**
   * TO-1, TO-2: applies, earliest first, every effect due at or before now, each stamped with its
   * due time; ties: task and timer effects in creation order, then execution timeouts. A run closed
   * by one effect has no more effects.
   */
  void applyDue() {
    while (true) {
      Due next = null;
      for (Run run : runs) {
        if (!run.visible() || !run.open()) {
          continue;
        }
        for (Due due : effects(run)) {
          if (due.at() <= now && (next == null || DUE_ORDER.compare(due, next) < 0)) {
            next = due;
          }
        }
      }
      if (next == null) {
        break;
      }
      next.effect().run();
    }
    forget();
  }

  /** Every pending effect of time on an open run. */
  private List<Due> effects(Run run) {
    List<Due> effects = new ArrayList<>();
    for (Timer timer : run.timers) {
      // TM-1
      effects.add(new Due(timer.fireAt(), 0, timer.seq(), 0, () -> {
        run.timers.remove(timer);
        add(run, ev(timer.fireAt(), "TimerFired", "timerId", timer.timerId(), "startedEventId", timer.startedId()));
      }));
    }
    for (Activity a : run.activities) {
      // AT-8, in the fake's order at one instant: SCHEDULE_TO_START, START_TO_CLOSE, HEARTBEAT, SCHEDULE_TO_CLOSE
      if (!a.started()) {
        activityTimeout(effects, run, a, a.scheduledAt, a.scheduleToStart, "SCHEDULE_TO_START", 0);
      } else {
        activityTimeout(effects, run, a, a.startedAt, a.startToClose, "START_TO_CLOSE", 1);
        activityTimeout(effects, run, a, a.lastBeat, a.heartbeat, "HEARTBEAT", 2);
      }
      activityTimeout(effects, run, a, a.scheduledAt, a.scheduleToClose, "SCHEDULE_TO_CLOSE", 3);
    }
    if (run.startedId != 0 && !run.config.taskTimeout().equals("NONE")) {
      // DT-9
      long due = run.startedAt + Long.parseLong(run.config.taskTimeout()) * SECOND;
      effects.add(new Due(due, 0, run.startedSeq, 0, () -> {
        long scheduled = run.startedScheduledId;
        long started = run.startedId;
        run.startedId = 0;
        add(run, ev(due, "DecisionTaskTimedOut", "timeoutType", "START_TO_CLOSE", "scheduledEventId", scheduled,
            "startedEventId", started));
      }));
    }
    effects.add(new Due(run.deadline, 1, run.seq, 0, () -> close(run, "TIMED_OUT",
        ev(run.deadline, "WorkflowExecutionTimedOut", "timeoutType", "START_TO_CLOSE",
            "childPolicy", run.config.childPolicy()), run.config.childPolicy())));
    return effects;
  }

  private void activityTimeout(List<Due> effects, Run run, Activity a, long from, String seconds, String type,
      int order) {
    if (seconds.equals("NONE")) {
      return;
    }
    long due = from + Long.parseLong(seconds) * SECOND;
    effects.add(new Due(due, 0, a.seq, order, () -> closeActivity(run, a, ev(due, "ActivityTaskTimedOut",
        "timeoutType", type, "scheduledEventId", a.scheduledId, "startedEventId", a.startedId,
        "details", a.heartbeatDetails))));
  }

  /** Retention: a closed run disappears once its domain's retention period after its close has passed. */
  private void forget() {
    for (Run run : runs) {
      if (!run.open() && run.visible() && run.close + domains.get(run.domain).retentionMillis() <= now) {
        run.removed = true;
      }
    }
  }
}
