package dev.swftyped.fake.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;

/** A registered domain: its configuration, its types and its executions with their indexes. */
final class Domain {
  final String name;
  final String description;
  /** The retention period exactly as registered ("0" to "90" or "NONE"). */
  final String retention;
  final long retentionMillis;
  final String arn;
  RegistrationStatus status = RegistrationStatus.REGISTERED;
  final LinkedHashMap<String, String> resourceTags = new LinkedHashMap<>();

  final TreeMap<RegisteredType.Key, RegisteredType> workflowTypes = new TreeMap<>();
  final TreeMap<RegisteredType.Key, RegisteredType> activityTypes = new TreeMap<>();
  /** Every type ever registered, deleted ones included: SWF's quota counts them until deletion. */
  int typeCount;

  /** How many decision tasks are scheduled and not started, by task list. */
  final Map<String, int[]> pendingDecisionTasks = new HashMap<>();
  /** The tasks polls can take, by task list; a list without tasks has no queue. */
  private final Map<String, TaskQueue> decisionQueues = new HashMap<>();
  private final Map<String, TaskQueue> activityQueues = new HashMap<>();

  final Map<String, Execution> byRunId = new HashMap<>();
  final Map<String, WorkflowRuns> byWorkflowId = new HashMap<>();
  int openCount;

  // Open executions, by start time.
  final Bucket open = new Bucket(false);
  final Map<String, Bucket> openByType = new HashMap<>();
  final Map<String, Bucket> openByTypeName = new HashMap<>();
  final Map<String, Bucket> openByTag = new HashMap<>();

  // Closed executions, by start time and by close time.
  final Bucket closed = new Bucket(true);
  final Map<String, Bucket> closedByType = new HashMap<>();
  final Map<String, Bucket> closedByTypeName = new HashMap<>();
  final Map<String, Bucket> closedByTag = new HashMap<>();
  final Map<String, Bucket> closedByStatus = new HashMap<>();

  Domain(String name, String description, String retention, String arn) {
    this.name = name;
    this.description = description;
    this.retention = retention;
    this.retentionMillis = retention.equals("NONE") ? 0L : Long.parseLong(retention) * 86_400_000L;
    this.arn = arn;
  }

  boolean deprecated() {
    return status == RegistrationStatus.DEPRECATED;
  }

  void countPendingDecisionTask(String taskList, int delta) {
    int[] count = pendingDecisionTasks.get(taskList);
    if (count == null) {
      count = new int[1];
      pendingDecisionTasks.put(taskList, count);
    }
    count[0] += delta;
    if (count[0] == 0) {
      pendingDecisionTasks.remove(taskList);
    }
  }

  /** The queue of a task list, made if the list has none. */
  TaskQueue queue(TaskQueue.Kind kind, String taskList) {
    Map<String, TaskQueue> queues = queues(kind);
    TaskQueue queue = queues.get(taskList);
    if (queue == null) {
      queue = new TaskQueue(new TaskQueue.Key(name, kind, taskList));
      queues.put(taskList, queue);
    }
    return queue;
  }

  /** The queue of a task list, or null if no task waits on it. */
  TaskQueue existingQueue(TaskQueue.Kind kind, String taskList) {
    return queues(kind).get(taskList);
  }

  void dropQueue(TaskQueue queue) {
    queues(queue.key.kind()).remove(queue.key.taskList());
  }

  private Map<String, TaskQueue> queues(TaskQueue.Kind kind) {
    return kind == TaskQueue.Kind.DECISION ? decisionQueues : activityQueues;
  }

  /** How many activity tasks wait for a worker on a list (task-plane spec CP-1). */
  int pendingActivityTasks(String taskList) {
    TaskQueue queue = activityQueues.get(taskList);
    return queue == null ? 0 : queue.size();
  }

  int pendingDecisionTasks(String taskList) {
    int[] count = pendingDecisionTasks.get(taskList);
    return count == null ? 0 : count[0];
  }

  /** The key of a workflow type in the type buckets. */
  static String typeKey(String name, String version) {
    return name + '\u0000' + version;
  }

  /** Every run of one workflow id: the open one, if any, and the closed ones. */
  static final class WorkflowRuns {
    Execution open;
    Bucket closed;
    /** The run that started last, open or closed, until retention forgets it. */
    Execution latest;

    boolean isEmpty() {
      return open == null && (closed == null || closed.isEmpty());
    }
  }

  void addOpen(Execution execution) {
    byRunId.put(execution.runId, execution);
    WorkflowRuns runs = byWorkflowId.computeIfAbsent(execution.workflowId, ignored -> new WorkflowRuns());
    runs.open = execution;
    runs.latest = execution;
    openCount++;
    open.add(execution);
    Bucket.addTo(openByType, execution.type().bucketKey, execution, false);
    Bucket.addTo(openByTypeName, execution.type().name, execution, false);
    Bucket.addTags(openByTag, execution.config.tags(), execution, false);
  }

  /** Moves an execution that has just closed from the open indexes to the closed ones. */
  void moveToClosed(Execution execution) {
    WorkflowRuns runs = byWorkflowId.get(execution.workflowId);
    runs.open = null;
    openCount--;
    open.remove(execution);
    Bucket.removeFrom(openByType, execution.type().bucketKey, execution);
    Bucket.removeFrom(openByTypeName, execution.type().name, execution);
    Bucket.removeTags(openByTag, execution.config.tags(), execution);

    if (runs.closed == null) {
      runs.closed = new Bucket(true);
    }
    runs.closed.add(execution);
    closed.add(execution);
    Bucket.addTo(closedByType, execution.type().bucketKey, execution, true);
    Bucket.addTo(closedByTypeName, execution.type().name, execution, true);
    Bucket.addTags(closedByTag, execution.config.tags(), execution, true);
    Bucket.addTo(closedByStatus, execution.closeStatus.toString(), execution, true);
  }

  /** Forgets a closed execution whose retention period has passed. */
  void removeClosed(Execution execution) {
    byRunId.remove(execution.runId);
    WorkflowRuns runs = byWorkflowId.get(execution.workflowId);
    runs.closed.remove(execution);
    if (runs.latest == execution) {
      runs.latest = null;
    }
    if (runs.isEmpty()) {
      byWorkflowId.remove(execution.workflowId);
    }
    closed.remove(execution);
    Bucket.removeFrom(closedByType, execution.type().bucketKey, execution);
    Bucket.removeFrom(closedByTypeName, execution.type().name, execution);
    Bucket.removeTags(closedByTag, execution.config.tags(), execution);
    Bucket.removeFrom(closedByStatus, execution.closeStatus.toString(), execution);
  }
}
