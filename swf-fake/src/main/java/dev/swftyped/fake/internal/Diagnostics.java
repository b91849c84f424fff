package dev.swftyped.fake.internal;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders the engine's state for people: every domain with its types, every execution with what is
 * open in it (decision task, activity tasks, timers) and its history, and the polls that wait.
 */
final class Diagnostics {
  private Diagnostics() {}

  static String render(State state, long now, Map<TaskQueue.Key, Integer> waitingPolls,
      List<Injection> injections) {
    StringBuilder out = new StringBuilder();
    out.append("SwfFake at ").append(Instant.ofEpochMilli(now)).append(": ");
    if (state.domains.isEmpty()) {
      out.append("no domains").append('\n');
    } else {
      out.append(state.domains.size()).append(state.domains.size() == 1 ? " domain" : " domains").append('\n');
    }
    for (Domain domain : state.domains.values()) {
      out.append("Domain ").append(domain.name).append(" (").append(domain.status)
          .append(", retention ").append(domain.retention).append(" days)\n");
      for (RegisteredType type : domain.workflowTypes.values()) {
        out.append("  workflow type ").append(type.name).append(' ').append(type.version)
            .append(" (").append(type.status).append(")\n");
      }
      for (RegisteredType type : domain.activityTypes.values()) {
        out.append("  activity type ").append(type.name).append(' ').append(type.version)
            .append(" (").append(type.status).append(")\n");
      }
      List<Execution> executions = new ArrayList<>(domain.byRunId.values());
      executions.sort(Comparator.comparingLong((Execution e) -> e.startMillis).thenComparingLong(e -> e.seq));
      if (executions.isEmpty()) {
        out.append("  no executions\n");
      }
      for (Execution execution : executions) {
        execution(out, execution);
      }
    }
    if (!waitingPolls.isEmpty()) {
      out.append("Waiting polls:\n");
      waitingPolls.forEach((key, count) -> out.append("  ").append(count).append(' ')
          .append(key.kind() == TaskQueue.Kind.DECISION ? "decision" : "activity").append(count == 1 ? " poll" : " polls")
          .append(" on task list ").append(key.taskList()).append(" of domain ").append(key.domain()).append('\n'));
    }
    if (!injections.isEmpty()) {
      out.append("Injected faults:\n");
      for (Injection injection : injections) {
        out.append("  ").append(injection).append('\n');
      }
    }
    return out.toString();
  }

  private static void execution(StringBuilder out, Execution execution) {
    out.append("  execution ").append(execution.workflowId).append(" run ").append(execution.runId)
        .append(" of ").append(execution.type().name).append(' ').append(execution.type().version).append(": ")
        .append(execution.isOpen() ? "OPEN" : "CLOSED " + execution.closeStatus)
        .append(execution.cancelRequested && execution.isOpen() ? ", cancel requested" : "")
        .append(", started ").append(Instant.ofEpochMilli(execution.startMillis));
    if (!execution.isOpen()) {
      out.append(", closed ").append(Instant.ofEpochMilli(execution.closeMillis));
    }
    if (!execution.config.tags().isEmpty()) {
      out.append(", tags ").append(execution.config.tags());
    }
    out.append('\n');
    if (execution.isOpen()) {
      if (execution.scheduledDecision != null) {
        out.append("    decision task scheduled on ").append(execution.scheduledDecision.taskList())
            .append(" (event ").append(execution.scheduledDecision.eventId()).append(")")
            .append(execution.startedDecisionEventId != 0 ? ", waiting for the started one" : ", waiting for a decider")
            .append('\n');
      }
      if (execution.startedDecisionEventId != 0) {
        out.append("    decision task started (event ").append(execution.startedDecisionEventId)
            .append("), waiting for the decider's decisions\n");
      }
      for (ActivityTask task : execution.activities.values()) {
        out.append("    activity ").append(task.activityId()).append(" (").append(task.scheduled.activityType().name())
            .append(' ').append(task.scheduled.activityType().version()).append(") ")
            .append(task.started() ? "started (event " + task.startedEventId + "), waiting for its worker"
                : "scheduled on " + task.scheduled.taskList() + ", waiting for a worker")
            .append(task.cancelRequestedEventId != 0 ? ", cancel requested" : "").append('\n');
      }
      for (Timer timer : execution.timers.values()) {
        out.append("    timer ").append(timer.timerId).append(" fires at ")
            .append(Instant.ofEpochMilli(timer.firing.due())).append('\n');
      }
    }
    for (int i = 1; i <= execution.eventCount(); i++) {
      Event event = execution.event(i);
      out.append("    ").append(i).append(' ').append(Instant.ofEpochMilli(event.millis())).append(' ')
          .append(event.type()).append(attributes(event)).append('\n');
    }
  }

  /** The event's attributes, {@code (name=value, ...)}, leaving out what SWF would omit. */
  static String attributes(Event event) {
    StringBuilder out = new StringBuilder();
    for (RecordComponent component : event.getClass().getRecordComponents()) {
      if (component.getName().equals("millis")) {
        continue;
      }
      Object value;
      try {
        value = component.getAccessor().invoke(event);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (value == null) {
        continue;
      }
      if (value instanceof RunConfig) {
        config(out, (RunConfig) value);
        continue;
      }
      if (value instanceof software.amazon.awssdk.services.swf.model.WorkflowExecution) {
        software.amazon.awssdk.services.swf.model.WorkflowExecution run =
            (software.amazon.awssdk.services.swf.model.WorkflowExecution) value;
        value = run.workflowId() + "/" + run.runId();
      } else if (value instanceof software.amazon.awssdk.services.swf.model.WorkflowType) {
        software.amazon.awssdk.services.swf.model.WorkflowType type =
            (software.amazon.awssdk.services.swf.model.WorkflowType) value;
        value = type.name() + " " + type.version();
      } else if (value instanceof software.amazon.awssdk.services.swf.model.ActivityType) {
        software.amazon.awssdk.services.swf.model.ActivityType type =
            (software.amazon.awssdk.services.swf.model.ActivityType) value;
        value = type.name() + " " + type.version();
      }
      attribute(out, component.getName(), value);
    }
    return out.length() == 0 ? "" : out.append(')').toString();
  }

  /** A run's configuration, as the attributes SWF names its members with. */
  private static void config(StringBuilder out, RunConfig config) {
    attribute(out, "workflowType", config.type().name + " " + config.type().version);
    attribute(out, "input", config.input());
    attribute(out, "executionStartToCloseTimeout", config.executionTimeout());
    attribute(out, "taskStartToCloseTimeout", config.taskTimeout());
    attribute(out, "taskList", config.taskList());
    attribute(out, "taskPriority", config.taskPriority());
    attribute(out, "childPolicy", config.childPolicy());
    attribute(out, "lambdaRole", config.lambdaRole());
    attribute(out, "tagList", config.tags().isEmpty() ? null : config.tags());
  }

  private static void attribute(StringBuilder out, String name, Object value) {
    if (value != null) {
      out.append(out.length() == 0 ? "(" : ", ").append(name).append('=').append(value);
    }
  }
}
