package dev.swftyped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Builds a history by hand for tests: each method appends one event, a second after the previous
 * one, with the next id, and returns the event's id.
 */
final class History {
  static final Instant START = Instant.parse("2026-05-01T09:00:00Z");
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");
  static final ActivityId CHARGE = ActivityId.of("Charge", "1");

  final List<Event> events = new ArrayList<>();

  static History started() {
    History history = new History();
    history.events.add(new Event.WorkflowExecutionStarted(1, START, Optional.of("{\"order\":42}"),
        Optional.of(Timeout.ofSeconds(3600)), Optional.of(Timeout.ofSeconds(30)),
        ChildExecutionTerminationPolicy.TERMINATE, "deciders", OptionalInt.empty(), ORDER, List.of("gold"),
        Optional.empty(), Optional.empty(), OptionalLong.of(0), Optional.empty()));
    return history;
  }

  long nextId() {
    return events.size() + 1;
  }

  /** When the next event happens: a second after the previous one. */
  Instant next() {
    return time(nextId());
  }

  static Instant time(long eventId) {
    return START.plusSeconds(eventId - 1);
  }

  long add(Event event) {
    events.add(event);
    return event.id();
  }

  ExecutionState state() {
    return ExecutionState.of(events);
  }

  // ---------------------------------------------------------------- decisions

  long decisionCompleted() {
    long id = nextId();
    add(new Event.DecisionTaskScheduled(id, next(), "deciders", OptionalInt.empty(), Optional.empty(),
        Optional.empty()));
    add(new Event.DecisionTaskStarted(id + 1, next(), Optional.of("decider-1"), id));
    return add(new Event.DecisionTaskCompleted(id + 2, next(), Optional.empty(), id, id + 1, Optional.empty(),
        Optional.empty()));
  }

  // ---------------------------------------------------------------- activity tasks

  long activityScheduled(String activityId, long decision) {
    return add(new Event.ActivityTaskScheduled(nextId(), next(), CHARGE, activityId, Optional.of("in-" + activityId),
        Optional.of("control-" + activityId), Optional.of(Timeout.ofSeconds(300)), Optional.of(Timeout.none()),
        Optional.of(Timeout.ofSeconds(60)), "payments", OptionalInt.of(2), decision,
        Optional.of(Timeout.ofSeconds(15))));
  }

  long activityStarted(long scheduled) {
    return add(new Event.ActivityTaskStarted(nextId(), next(), Optional.of("worker-1"), scheduled));
  }

  long activityCompleted(long scheduled, long started, String result) {
    return add(new Event.ActivityTaskCompleted(nextId(), next(), Optional.of(result), scheduled, started));
  }

  long activityFailed(long scheduled, long started) {
    return add(new Event.ActivityTaskFailed(nextId(), next(), Optional.of("declined"), Optional.of("card 4242"),
        scheduled, started));
  }

  long activityCanceled(long scheduled, long started) {
    return add(new Event.ActivityTaskCanceled(nextId(), next(), Optional.of("no longer needed"), scheduled, started,
        OptionalLong.empty()));
  }

  long activityTimedOut(long scheduled, long started, String timeoutType) {
    return add(new Event.ActivityTaskTimedOut(nextId(), next(), timeoutType, scheduled, started,
        Optional.of("50%")));
  }

  long activityCancelRequested(String activityId, long decision) {
    return add(new Event.ActivityTaskCancelRequested(nextId(), next(), decision, activityId));
  }

  // ---------------------------------------------------------------- Lambda tasks

  long lambdaScheduled(String id, long decision) {
    return add(new Event.LambdaFunctionScheduled(nextId(), next(), id, "resize", Optional.of("c"),
        Optional.of("{}"), Optional.of(Timeout.ofSeconds(30)), decision));
  }

  long lambdaStarted(long scheduled) {
    return add(new Event.LambdaFunctionStarted(nextId(), next(), scheduled));
  }

  // ---------------------------------------------------------------- children

  long childInitiated(String workflowId, long decision) {
    return add(new Event.StartChildWorkflowExecutionInitiated(nextId(), next(), workflowId, WorkflowId.of("Ship", "1"),
        Optional.of("ship-control"), Optional.of("{\"ship\":1}"), Optional.of(Timeout.ofSeconds(600)),
        "shippers", OptionalInt.empty(), decision, ChildExecutionTerminationPolicy.ABANDON,
        Optional.of(Timeout.ofSeconds(20)), List.of(), Optional.empty()));
  }

  long childStarted(long initiated, ExecutionId child) {
    return add(new Event.ChildWorkflowExecutionStarted(nextId(), next(), child, WorkflowId.of("Ship", "1"), initiated));
  }

  // ---------------------------------------------------------------- timers, signals, markers

  long timerStarted(String timerId, Duration duration, long decision) {
    return add(new Event.TimerStarted(nextId(), next(), timerId, Optional.of("t-" + timerId), duration, decision));
  }

  long signaled(String name) {
    return add(new Event.WorkflowExecutionSignaled(nextId(), next(), name, Optional.of("{}"), Optional.empty(),
        OptionalLong.empty()));
  }

  long marker(String name, long decision) {
    return add(new Event.MarkerRecorded(nextId(), next(), name, Optional.of("d"), decision));
  }
}
