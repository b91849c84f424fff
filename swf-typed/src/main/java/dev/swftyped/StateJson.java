package dev.swftyped;

import dev.swftyped.ExecutionState.ChildExecutionState;
import dev.swftyped.ExecutionState.DecisionFailure;
import dev.swftyped.ExecutionState.LambdaTaskState;
import dev.swftyped.ExecutionState.MarkerState;
import dev.swftyped.ExecutionState.SignalState;
import dev.swftyped.ExecutionState.TaskState;
import dev.swftyped.ExecutionState.TimerState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * Writes an {@link ExecutionState} as JSON: keys are the components' names, constants lower case
 * with hyphens, instants ISO-8601 strings, timeouts and durations seconds ({@code "none"} for no
 * timeout); absent values are left out.
 */
final class StateJson {
  private final JsonWriter json = JsonWriter.create();

  private StateJson() {}

  static String write(ExecutionState state) {
    StateJson writer = new StateJson();
    writer.state(state);
    return new String(writer.json.getBytes(), StandardCharsets.UTF_8);
  }

  /** A constant's name as the Python library wrote it: {@code TIMED_OUT} is {@code timed-out}. */
  static String constant(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void state(ExecutionState state) {
    json.writeStartObject();
    type("workflow", state.workflow().name(), state.workflow().version());
    field("status", constant(state.status().name()));
    executionConfiguration(state.configuration());
    field("started", state.started());
    instant("ended", state.ended());
    text("input", state.input());
    text("result", state.result());
    text("failureReason", state.failureReason());
    text("stopDetails", state.stopDetails());
    text("continuingExecutionRunId", state.continuingExecutionRunId());
    json.writeFieldName("cancelRequested").writeValue(state.cancelRequested());
    array("tasks", state.tasks(), this::task);
    array("lambdaTasks", state.lambdaTasks(), this::lambdaTask);
    array("childExecutions", state.childExecutions(), this::child);
    array("timers", state.timers(), this::timer);
    array("signals", state.signals(), this::signal);
    array("markers", state.markers(), this::marker);
    array("decisionFailures", state.decisionFailures(), this::decisionFailure);
    json.writeEndObject();
  }

  private void task(TaskState task) {
    json.writeStartObject();
    json.writeFieldName("scheduledEventId").writeValue(task.scheduledEventId());
    field("id", task.id());
    type("activity", task.activity().name(), task.activity().version());
    field("status", constant(task.status().name()));
    json.writeFieldName("configuration").writeStartObject();
    text("taskList", task.configuration().taskList());
    timeout("startToCloseTimeout", task.configuration().startToCloseTimeout());
    timeout("scheduleToStartTimeout", task.configuration().scheduleToStartTimeout());
    timeout("scheduleToCloseTimeout", task.configuration().scheduleToCloseTimeout());
    timeout("heartbeatTimeout", task.configuration().heartbeatTimeout());
    integer("taskPriority", task.configuration().taskPriority());
    json.writeEndObject();
    field("scheduled", task.scheduled());
    instant("started", task.started());
    instant("ended", task.ended());
    text("input", task.input());
    text("deciderControl", task.deciderControl());
    text("workerIdentity", task.workerIdentity());
    json.writeFieldName("cancelRequested").writeValue(task.cancelRequested());
    text("result", task.result());
    text("failureReason", task.failureReason());
    text("stopDetails", task.stopDetails());
    text("timeoutType", task.timeoutType().map(type -> constant(type.name())));
    json.writeEndObject();
  }

  private void lambdaTask(LambdaTaskState task) {
    json.writeStartObject();
    json.writeFieldName("scheduledEventId").writeValue(task.scheduledEventId());
    field("id", task.id());
    field("lambdaFunction", task.lambdaFunction());
    field("status", constant(task.status().name()));
    field("scheduled", task.scheduled());
    instant("started", task.started());
    instant("ended", task.ended());
    timeout("timeout", task.timeout());
    text("input", task.input());
    text("deciderControl", task.deciderControl());
    text("result", task.result());
    text("failureReason", task.failureReason());
    text("stopDetails", task.stopDetails());
    text("timeoutType", task.timeoutType().map(type -> constant(type.name())));
    json.writeEndObject();
  }

  private void child(ChildExecutionState child) {
    json.writeStartObject();
    json.writeFieldName("initiatedEventId").writeValue(child.initiatedEventId());
    json.writeFieldName("execution").writeStartObject();
    field("id", child.execution().id());
    text("runId", child.execution().targetRunId());
    json.writeEndObject();
    type("workflow", child.workflow().name(), child.workflow().version());
    field("status", constant(child.status().name()));
    executionConfiguration(child.configuration());
    field("initiated", child.initiated());
    instant("started", child.started());
    instant("ended", child.ended());
    text("input", child.input());
    text("deciderControl", child.deciderControl());
    text("result", child.result());
    text("failureReason", child.failureReason());
    text("stopDetails", child.stopDetails());
    text("timeoutType", child.timeoutType().map(type -> constant(type.name())));
    json.writeEndObject();
  }

  private void timer(TimerState timer) {
    json.writeStartObject();
    json.writeFieldName("startedEventId").writeValue(timer.startedEventId());
    field("id", timer.id());
    field("status", constant(timer.status().name()));
    json.writeFieldName("duration").writeValue(timer.duration().getSeconds());
    field("started", timer.started());
    instant("ended", timer.ended());
    text("deciderControl", timer.deciderControl());
    json.writeEndObject();
  }

  private void signal(SignalState signal) {
    json.writeStartObject();
    field("name", signal.name());
    field("received", signal.received());
    text("input", signal.input());
    if (signal.sender().isPresent()) {
      json.writeFieldName("sender").writeStartObject();
      field("id", signal.sender().get().id());
      field("runId", signal.sender().get().runId());
      json.writeEndObject();
    }
    json.writeFieldName("isNew").writeValue(signal.isNew());
    json.writeEndObject();
  }

  private void marker(MarkerState marker) {
    json.writeStartObject();
    field("name", marker.name());
    field("recorded", marker.recorded());
    text("details", marker.details());
    json.writeFieldName("isNew").writeValue(marker.isNew());
    json.writeEndObject();
  }

  private void decisionFailure(DecisionFailure failure) {
    json.writeStartObject();
    json.writeFieldName("event").writeStartObject();
    json.writeFieldName("id").writeValue(failure.event().id());
    field("type", failure.event().eventType());
    field("occurred", failure.event().occurred());
    json.writeFieldName("decisionTaskCompletedEventId").writeValue(failure.event().decisionTaskCompletedEventId());
    field("cause", constant(failure.event().causeAsString()));
    json.writeEndObject();
    json.writeFieldName("isNew").writeValue(failure.isNew());
    json.writeEndObject();
  }

  private void executionConfiguration(PartialExecutionConfiguration configuration) {
    json.writeFieldName("configuration").writeStartObject();
    timeout("timeout", configuration.timeout());
    timeout("decisionTaskTimeout", configuration.decisionTaskTimeout());
    text("decisionTaskList", configuration.decisionTaskList());
    text("childExecutionPolicy", configuration.childExecutionPolicy().map(policy -> constant(policy.name())));
    integer("decisionTaskPriority", configuration.decisionTaskPriority());
    text("lambdaRole", configuration.lambdaRole());
    json.writeEndObject();
  }

  // ---------------------------------------------------------------- members

  private void type(String name, String typeName, String version) {
    json.writeFieldName(name).writeStartObject();
    field("name", typeName);
    field("version", version);
    json.writeEndObject();
  }

  private void field(String name, String value) {
    json.writeFieldName(name).writeValue(value);
  }

  private void field(String name, Instant value) {
    json.writeFieldName(name).writeValue(value.toString());
  }

  private void text(String name, Optional<String> value) {
    value.ifPresent(text -> field(name, text));
  }

  private void instant(String name, Optional<Instant> value) {
    value.ifPresent(instant -> field(name, instant));
  }

  private void integer(String name, OptionalInt value) {
    value.ifPresent(number -> json.writeFieldName(name).writeValue(number));
  }

  private void timeout(String name, Optional<Timeout> value) {
    value.ifPresent(timeout -> {
      json.writeFieldName(name);
      if (timeout.duration().isPresent()) {
        json.writeValue(timeout.duration().get().getSeconds());
      } else {
        json.writeValue("none");
      }
    });
  }

  private <T> void array(String name, List<T> items, Consumer<T> item) {
    json.writeFieldName(name).writeStartArray();
    items.forEach(item);
    json.writeEndArray();
  }
}
