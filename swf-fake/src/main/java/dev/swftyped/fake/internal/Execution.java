package dev.swftyped.fake.internal;

import java.util.List;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CloseStatus;

/**
 * One run of a workflow execution and its history. Fields are package-private and mutated only by
 * the engine, under its lock.
 */
final class Execution {
  final Domain domain;
  final String workflowId;
  final String runId;
  final RegisteredType type;
  final long startMillis;
  /** Orders executions that start in the same millisecond; unique within a fake. */
  final long seq;
  final long deadlineMillis;

  // The configuration it runs with, resolved against the type's defaults.
  final String executionTimeout;
  final String taskTimeout;
  final String taskList;
  final ChildPolicy childPolicy;
  final String taskPriority;
  final String lambdaRole;
  final List<String> tags;
  final String input;

  CloseStatus closeStatus;
  long closeMillis;
  long closeSeq;
  boolean cancelRequested;

  int openActivityTasks;
  int openDecisionTasks;
  int openTimers;
  int openChildWorkflowExecutions;
  int openLambdaFunctions;
  /** Whether a decision task is scheduled and not yet started. */
  boolean decisionTaskScheduled;

  /** The history, oldest first: {@code eventCount} events at the start of the array. */
  private Event[] events = new Event[4];
  private int eventCount;

  Execution(Domain domain, String workflowId, String runId, RegisteredType type, long startMillis, long seq,
      String executionTimeout, String taskTimeout, String taskList, ChildPolicy childPolicy, String taskPriority,
      String lambdaRole, List<String> tags, String input) {
    this.domain = domain;
    this.workflowId = workflowId;
    this.runId = runId;
    this.type = type;
    this.startMillis = startMillis;
    this.seq = seq;
    this.executionTimeout = executionTimeout;
    this.taskTimeout = taskTimeout;
    this.taskList = taskList;
    this.childPolicy = childPolicy;
    this.taskPriority = taskPriority;
    this.lambdaRole = lambdaRole;
    this.tags = tags;
    this.input = input;
    this.deadlineMillis = startMillis + Long.parseLong(executionTimeout) * 1000L;
  }

  boolean isOpen() {
    return closeStatus == null;
  }

  void append(Event event) {
    if (eventCount == events.length) {
      events = java.util.Arrays.copyOf(events, eventCount + (eventCount >> 1) + 1);
    }
    events[eventCount++] = event;
  }

  int eventCount() {
    return eventCount;
  }

  /** The event with the given id, counting from 1. */
  Event event(long eventId) {
    return events[(int) eventId - 1];
  }

  /** Schedules a decision task unless one is already scheduled and waiting. */
  void scheduleDecisionTask(long millis) {
    if (!decisionTaskScheduled) {
      decisionTaskScheduled = true;
      openDecisionTasks = 1;
      domain.countPendingDecisionTask(taskList, 1);
      append(new Event.DecisionTaskScheduled(millis, taskList, taskTimeout, taskPriority));
    }
  }

  @Override
  public String toString() {
    return workflowId + "/" + runId;
  }
}
