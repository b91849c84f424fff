package dev.swftyped.examples;

import dev.swftyped.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An execution's history as a timeline to read: one line per event that says something about the
 * workflow (decision-task bookkeeping and activity starts are left out), each with how long after
 * the start it happened.
 *
 * <pre>
 *   +0s      started
 *   +0s      reserve-stock scheduled
 *   +0s      timer payment-deadline started, to fire in 3 days
 *   +2d      signal payment-received {"cardToken":"tok-visa"}
 * </pre>
 */
final class Timeline {
  private Timeline() {}

  static String of(List<Event> history, String indent) {
    if (history.isEmpty()) {
      return "";
    }
    Instant start = history.get(0).occurred();
    Map<Long, String> activities = new HashMap<>(); // by scheduled event id
    Map<Long, String> children = new HashMap<>(); // by initiated event id
    StringBuilder out = new StringBuilder();
    for (Event event : history) {
      if (event instanceof Event.ActivityTaskScheduled) {
        activities.put(event.id(), ((Event.ActivityTaskScheduled) event).activityId());
      } else if (event instanceof Event.StartChildWorkflowExecutionInitiated) {
        children.put(event.id(), ((Event.StartChildWorkflowExecutionInitiated) event).workflowId());
      }
      describe(event, activities, children).ifPresent(line -> {
        String offset = offset(Duration.between(start, event.occurred()));
        out.append(indent).append(offset).append(" ".repeat(Math.max(1, 9 - offset.length()))).append(line)
            .append('\n');
      });
    }
    return out.toString();
  }

  private static Optional<String> describe(Event event, Map<Long, String> activities, Map<Long, String> children) {
    String line;
    if (event instanceof Event.WorkflowExecutionStarted) {
      line = "started";
    } else if (event instanceof Event.ActivityTaskScheduled) {
      line = ((Event.ActivityTaskScheduled) event).activityId() + " scheduled";
    } else if (event instanceof Event.ActivityTaskCompleted) {
      Event.ActivityTaskCompleted completed = (Event.ActivityTaskCompleted) event;
      line = activities.get(completed.scheduledEventId()) + " completed" + colon(completed.result());
    } else if (event instanceof Event.ActivityTaskFailed) {
      Event.ActivityTaskFailed failed = (Event.ActivityTaskFailed) event;
      line = activities.get(failed.scheduledEventId()) + " failed" + colon(failed.details().map(Timeline::firstLine)
          .map(details -> details.replaceFirst("^([\\w$]+\\.)+", ""))); // the exception's simple name
    } else if (event instanceof Event.ActivityTaskTimedOut) {
      Event.ActivityTaskTimedOut timedOut = (Event.ActivityTaskTimedOut) event;
      line = activities.get(timedOut.scheduledEventId()) + " timed out: " + timedOut.timeoutTypeAsString();
    } else if (event instanceof Event.ActivityTaskCancelRequested) {
      line = ((Event.ActivityTaskCancelRequested) event).activityId() + " asked to stop";
    } else if (event instanceof Event.ActivityTaskCanceled) {
      line = activities.get(((Event.ActivityTaskCanceled) event).scheduledEventId()) + " cancelled";
    } else if (event instanceof Event.TimerStarted) {
      Event.TimerStarted timer = (Event.TimerStarted) event;
      line = "timer " + timer.timerId() + " started, to fire in " + OrderWorkflow.words(timer.startToFireTimeout());
    } else if (event instanceof Event.TimerFired) {
      line = "timer " + ((Event.TimerFired) event).timerId() + " fired";
    } else if (event instanceof Event.TimerCanceled) {
      line = "timer " + ((Event.TimerCanceled) event).timerId() + " cancelled";
    } else if (event instanceof Event.WorkflowExecutionSignaled) {
      Event.WorkflowExecutionSignaled signal = (Event.WorkflowExecutionSignaled) event;
      line = "signal " + signal.signalName() + signal.input().map(input -> " " + input).orElse("");
    } else if (event instanceof Event.WorkflowExecutionCancelRequested) {
      line = "cancellation requested";
    } else if (event instanceof Event.ChildWorkflowExecutionStarted) {
      line = children.get(((Event.ChildWorkflowExecutionStarted) event).initiatedEventId()) + " started";
    } else if (event instanceof Event.ChildWorkflowExecutionCompleted) {
      Event.ChildWorkflowExecutionCompleted completed = (Event.ChildWorkflowExecutionCompleted) event;
      line = children.get(completed.initiatedEventId()) + " completed" + colon(completed.result());
    } else if (event instanceof Event.ChildWorkflowExecutionCanceled) {
      line = children.get(((Event.ChildWorkflowExecutionCanceled) event).initiatedEventId()) + " cancelled";
    } else if (event instanceof Event.ChildWorkflowExecutionFailed) {
      Event.ChildWorkflowExecutionFailed failed = (Event.ChildWorkflowExecutionFailed) event;
      line = children.get(failed.initiatedEventId()) + " failed" + colon(failed.reason());
    } else if (event instanceof Event.RequestCancelExternalWorkflowExecutionInitiated) {
      line = ((Event.RequestCancelExternalWorkflowExecutionInitiated) event).workflowId() + " asked to stop";
    } else if (event instanceof Event.DecisionFailed) {
      line = event.eventType() + ": " + ((Event.DecisionFailed) event).causeAsString() + ", deciding again";
    } else if (event instanceof Event.WorkflowExecutionCompleted) {
      line = "completed" + colon(((Event.WorkflowExecutionCompleted) event).result());
    } else if (event instanceof Event.WorkflowExecutionCanceled) {
      line = "cancelled" + colon(((Event.WorkflowExecutionCanceled) event).details());
    } else if (event instanceof Event.WorkflowExecutionFailed) {
      Event.WorkflowExecutionFailed failed = (Event.WorkflowExecutionFailed) event;
      line = "failed" + colon(failed.reason()) + failed.details().map(details -> " (" + details + ")").orElse("");
    } else if (event instanceof Event.DecisionTaskScheduled || event instanceof Event.DecisionTaskStarted
        || event instanceof Event.DecisionTaskCompleted || event instanceof Event.ActivityTaskStarted
        || event instanceof Event.StartChildWorkflowExecutionInitiated
        || event instanceof Event.ExternalWorkflowExecutionCancelRequested) {
      return Optional.empty();
    } else {
      line = event.eventType();
    }
    return Optional.of(line);
  }

  private static String colon(Optional<String> text) {
    return text.filter(value -> !value.isEmpty()).map(value -> ": " + value).orElse("");
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }

  /** How long after the start: {@code +0s}, {@code +3d}, {@code +2d 1h}, {@code +1.25s}. */
  static String offset(Duration since) {
    if (since.isZero()) {
      return "+0s";
    }
    StringBuilder out = new StringBuilder("+");
    long[] parts = {since.toDaysPart(), since.toHoursPart(), since.toMinutesPart()};
    String[] units = {"d", "h", "m"};
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] > 0) {
        out.append(out.length() > 1 ? " " : "").append(parts[i]).append(units[i]);
      }
    }
    long millis = since.toSecondsPart() * 1000L + since.toMillisPart();
    if (millis > 0) {
      out.append(out.length() > 1 ? " " : "")
          .append(millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.2f", millis / 1000.0))
          .append('s');
    }
    return out.toString();
  }
}
