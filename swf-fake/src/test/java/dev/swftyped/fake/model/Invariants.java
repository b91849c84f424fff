package dev.swftyped.fake.model;

import static dev.swftyped.fake.model.Harness.check;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionStartedEventAttributes;

/**
 * What must hold of the fake's histories whatever the operations were, read from the fake alone
 * (the model is not consulted): each run's history on its own, and the links between the runs of
 * a domain.
 */
final class Invariants {
  private Invariants() {}

  /** A run's workflow id and history, as the fake gives them. */
  record Kept(String workflowId, List<HistoryEvent> events) {}

  /** Checks the links between runs; the map holds every kept run of one domain by run id. */
  static void links(Map<String, Kept> byRunId) {
    byRunId.forEach((runId, run) -> links(runId, run, byRunId));
  }

  /**
   * One run: event ids 1, 2, 3...; timestamps never go back; each event carries exactly its own
   * attributes member; at most one decision task scheduled (DT-2) and one started (DT-4) at a time;
   * a trigger event is followed by a DecisionTaskScheduled unless one is pending (DT-2, DT-5);
   * nothing follows a closing event.
   */
  static void history(String runId, List<HistoryEvent> events) {
    long scheduled = 0;
    long started = 0;
    boolean owed = false;
    for (int i = 0; i < events.size(); i++) {
      HistoryEvent event = events.get(i);
      String type = event.eventTypeAsString();
      String where = "run " + runId + ", event " + (i + 1) + " (" + type + ")";
      check(event.eventId() == i + 1, "event ids of run " + runId + " are not 1, 2, 3...: " + where);
      check(i == 0 || !event.eventTimestamp().isBefore(events.get(i - 1).eventTimestamp()),
          "a timestamp goes back in time at " + where);
      Map<String, Object> members = Views.flatten(event);
      check(members.size() == 4 && members.containsKey(Views.attributesMember(type)),
          "not exactly its own attributes member at " + where + ": " + members.keySet());
      check(i == 0 || !Model.CLOSING.contains(events.get(i - 1).eventTypeAsString()),
          "an event after the run closed: " + where);
      switch (type) {
        case "DecisionTaskScheduled":
          check(scheduled == 0, "a second decision task scheduled while one is: " + where);
          scheduled = event.eventId();
          owed = false;
          break;
        case "DecisionTaskStarted":
          check(started == 0, "a second decision task started while one is: " + where);
          check(event.decisionTaskStartedEventAttributes().scheduledEventId() == scheduled,
              "a decision task started that was not the scheduled one: " + where);
          started = event.eventId();
          scheduled = 0;
          break;
        case "DecisionTaskCompleted":
          check(started != 0 && event.decisionTaskCompletedEventAttributes().startedEventId() == started,
              "a decision task completed that was not started: " + where);
          started = 0;
          break;
        case "DecisionTaskTimedOut":
          if (event.decisionTaskTimedOutEventAttributes().timeoutTypeAsString().equals("START_TO_CLOSE")) {
            check(started != 0 && event.decisionTaskTimedOutEventAttributes().startedEventId() == started,
                "a decision task timed out that was not started: " + where);
            started = 0;
          } else {
            scheduled = 0;
          }
          break;
        default:
          break;
      }
      if (Model.TRIGGERS.contains(type) && scheduled == 0) {
        owed = true;
      }
      if (Model.CLOSING.contains(type)) {
        owed = false;
      }
    }
    check(!owed, "run " + runId + " has a trigger event with no DecisionTaskScheduled after it");
  }

  /**
   * Between runs: a child's parent link and the parent's events agree (CH-2, CH-3); a continued run
   * names its predecessor, which names it (CAN-3); a parent terminated or timed out under the
   * TERMINATE child policy leaves no open child (CH-7). Runs no longer kept are not checked.
   */
  private static void links(String runId, Kept run, Map<String, Kept> byRunId) {
    List<HistoryEvent> events = run.events();
    WorkflowExecutionStartedEventAttributes started = events.get(0).workflowExecutionStartedEventAttributes();
    WorkflowExecution parent = started.parentWorkflowExecution();
    if (parent != null && byRunId.containsKey(parent.runId())) {
      check(byRunId.get(parent.runId()).workflowId().equals(parent.workflowId()),
          "the child run " + runId + " names its parent by the wrong workflow id: " + parent);
      List<HistoryEvent> parentEvents = byRunId.get(parent.runId()).events();
      long initiated = started.parentInitiatedEventId();
      check(initiated >= 1 && initiated <= parentEvents.size()
          && parentEvents.get((int) initiated - 1).eventTypeAsString().equals("StartChildWorkflowExecutionInitiated"),
          "the child run " + runId + " names event " + initiated + " of its parent, which is not an Initiated event");
      check(parentEvents.get((int) initiated - 1).startChildWorkflowExecutionInitiatedEventAttributes().workflowId()
          .equals(run.workflowId()), "the child run " + runId + " is not of the workflow id its parent initiated");
      if (started.continuedExecutionRunId() == null && !closed(parentEvents)) {
        boolean recorded = parentEvents.stream().anyMatch(e -> e.eventTypeAsString()
            .equals("ChildWorkflowExecutionStarted") && e.childWorkflowExecutionStartedEventAttributes()
            .workflowExecution().runId().equals(runId)
            && e.childWorkflowExecutionStartedEventAttributes().initiatedEventId() == initiated);
        check(recorded, "the open parent " + parent.runId() + " has no ChildWorkflowExecutionStarted for " + runId);
      }
      String policy = closingPolicy(parentEvents);
      check(!"TERMINATE".equals(policy) || closed(events),
          "the child " + runId + " is open though its parent " + parent.runId() + " closed under TERMINATE");
    }
    for (HistoryEvent event : events) {
      if (event.eventTypeAsString().equals("ChildWorkflowExecutionStarted")) {
        String child = event.childWorkflowExecutionStartedEventAttributes().workflowExecution().runId();
        if (byRunId.containsKey(child)) {
          WorkflowExecutionStartedEventAttributes childStart = byRunId.get(child).events().get(0)
              .workflowExecutionStartedEventAttributes();
          check(childStart.parentWorkflowExecution() != null
              && childStart.parentWorkflowExecution().runId().equals(runId)
              && childStart.parentInitiatedEventId() == event.childWorkflowExecutionStartedEventAttributes()
              .initiatedEventId(), "the child " + child + " of " + runId + " does not name it as its parent");
        }
      }
    }
    String predecessor = started.continuedExecutionRunId();
    if (predecessor != null && byRunId.containsKey(predecessor)) {
      check(byRunId.get(predecessor).workflowId().equals(run.workflowId()),
          "run " + runId + " continues a run of another workflow id: " + predecessor);
      List<HistoryEvent> previous = byRunId.get(predecessor).events();
      HistoryEvent last = previous.get(previous.size() - 1);
      check(last.eventTypeAsString().equals("WorkflowExecutionContinuedAsNew")
          && last.workflowExecutionContinuedAsNewEventAttributes().newExecutionRunId().equals(runId),
          "run " + runId + " continues " + predecessor + ", which did not continue as it");
    }
  }

  private static boolean closed(List<HistoryEvent> events) {
    return Model.CLOSING.contains(events.get(events.size() - 1).eventTypeAsString());
  }

  /** The child policy a run closed under, if it was terminated or timed out; else null. */
  private static String closingPolicy(List<HistoryEvent> events) {
    HistoryEvent last = events.get(events.size() - 1);
    switch (last.eventTypeAsString()) {
      case "WorkflowExecutionTerminated":
        return last.workflowExecutionTerminatedEventAttributes().childPolicyAsString();
      case "WorkflowExecutionTimedOut":
        return last.workflowExecutionTimedOutEventAttributes().childPolicyAsString();
      default:
        return null;
    }
  }
}
