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

  final Map<String, Execution> byRunId = new HashMap<>();
  final Map<String, WorkflowRuns> byWorkflowId = new HashMap<>();
  int openCount;

  // Open executions, by start time.
  final Bucket open = new Bucket(false);
  final Map<String, Bucket> openByType = new HashMap<>();
  final Map<String, Bucket> openByTypeName = new HashMap<>();
  final Map<String, Bucket> openByTag = new HashMap<>();
  final ExecutionIndex openByDeadline = new ExecutionIndex(ExecutionIndex.Key.DEADLINE);

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

    boolean isEmpty() {
      return open == null && (closed == null || closed.isEmpty());
    }
  }

  void addOpen(Execution execution) {
    byRunId.put(execution.runId, execution);
    byWorkflowId.computeIfAbsent(execution.workflowId, ignored -> new WorkflowRuns()).open = execution;
    openCount++;
    open.add(execution);
    Bucket.addTo(openByType, execution.type.bucketKey, execution, false);
    Bucket.addTo(openByTypeName, execution.type.name, execution, false);
    Bucket.addTags(openByTag, execution.tags, execution, false);
    openByDeadline.add(execution);
  }

  /** Moves an execution that has just closed from the open indexes to the closed ones. */
  void moveToClosed(Execution execution) {
    WorkflowRuns runs = byWorkflowId.get(execution.workflowId);
    runs.open = null;
    openCount--;
    open.remove(execution);
    Bucket.removeFrom(openByType, execution.type.bucketKey, execution);
    Bucket.removeFrom(openByTypeName, execution.type.name, execution);
    Bucket.removeTags(openByTag, execution.tags, execution);
    openByDeadline.remove(execution);

    if (runs.closed == null) {
      runs.closed = new Bucket(true);
    }
    runs.closed.add(execution);
    closed.add(execution);
    Bucket.addTo(closedByType, execution.type.bucketKey, execution, true);
    Bucket.addTo(closedByTypeName, execution.type.name, execution, true);
    Bucket.addTags(closedByTag, execution.tags, execution, true);
    Bucket.addTo(closedByStatus, execution.closeStatus.toString(), execution, true);
  }

  /** Forgets a closed execution whose retention period has passed. */
  void removeClosed(Execution execution) {
    byRunId.remove(execution.runId);
    WorkflowRuns runs = byWorkflowId.get(execution.workflowId);
    runs.closed.remove(execution);
    if (runs.isEmpty()) {
      byWorkflowId.remove(execution.workflowId);
    }
    closed.remove(execution);
    Bucket.removeFrom(closedByType, execution.type.bucketKey, execution);
    Bucket.removeFrom(closedByTypeName, execution.type.name, execution);
    Bucket.removeTags(closedByTag, execution.tags, execution);
    Bucket.removeFrom(closedByStatus, execution.closeStatus.toString(), execution);
  }
}
