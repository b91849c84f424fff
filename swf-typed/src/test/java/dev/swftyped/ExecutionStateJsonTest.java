package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/** The JSON form of a state: the Python library's conventions, nothing for absent values. */
class ExecutionStateJsonTest {
  final History history = History.started();

  JsonNode json() {
    return JsonNode.parser().parse(history.state().toJson());
  }

  @Test
  void aJustStartedExecutionWritesOnlyWhatItHas() {
    assertThat(json()).isEqualTo(JsonNode.parser().parse("{\"workflow\":{\"name\":\"Order\",\"version\":\"1\"},"
        + "\"status\":\"open\",\"configuration\":{\"timeout\":3600,\"decisionTaskTimeout\":30,"
        + "\"decisionTaskList\":\"deciders\",\"childExecutionPolicy\":\"terminate\"},"
        + "\"started\":\"2026-05-01T09:00:00Z\",\"input\":\"{\\\"order\\\":42}\",\"cancelRequested\":false,"
        + "\"tasks\":[],\"lambdaTasks\":[],\"childExecutions\":[],\"timers\":[],\"signals\":[],\"markers\":[],"
        + "\"decisionFailures\":[]}"));
  }

  @Test
  void anInitiatedChildHasNoRunIdAndASignalNamesItsSender() {
    history.childInitiated("ship-42", history.decisionCompleted());
    history.add(new Event.WorkflowExecutionSignaled(history.nextId(), history.next(), "paid", Optional.empty(),
        Optional.of(ExecutionId.of("billing", "run-b")), OptionalLong.of(7)));

    JsonNode state = json();

    JsonNode child = state.field("childExecutions").orElseThrow().index(0).orElseThrow();
    assertThat(child.field("execution").orElseThrow())
        .isEqualTo(JsonNode.parser().parse("{\"id\":\"ship-42\"}"));
    assertThat(child.field("status").orElseThrow().asString()).isEqualTo("initiated");
    assertThat(state.field("signals").orElseThrow().index(0).orElseThrow())
        .isEqualTo(JsonNode.parser().parse("{\"name\":\"paid\",\"received\":\"2026-05-01T09:00:05Z\","
            + "\"sender\":{\"id\":\"billing\",\"runId\":\"run-b\"},\"isNew\":true}"));
  }

  @Test
  void timersWriteTheirDurationInSecondsAndNewDecisionFailuresSaySo() {
    long decision = history.decisionCompleted();
    history.timerStarted("reminder", Duration.ofMinutes(2), decision);
    history.add(new Event.StartTimerFailed(history.nextId(), history.next(), "reminder", "TIMER_ID_ALREADY_IN_USE",
        decision));

    JsonNode state = json();

    assertThat(state.field("timers").orElseThrow().index(0).orElseThrow().field("duration").orElseThrow().asNumber())
        .isEqualTo("120");
    assertThat(state.field("decisionFailures").orElseThrow().index(0).orElseThrow())
        .isEqualTo(JsonNode.parser().parse("{\"event\":{\"id\":6,\"type\":\"StartTimerFailed\","
            + "\"occurred\":\"2026-05-01T09:00:05Z\",\"decisionTaskCompletedEventId\":4,"
            + "\"cause\":\"timer-id-already-in-use\"},\"isNew\":true}"));
  }

  @Test
  void aLambdaTaskWithoutATimeoutWritesNoTimeout() {
    long decision = history.decisionCompleted();
    history.add(new Event.LambdaFunctionScheduled(history.nextId(), history.next(), "resize-1", "resize",
        Optional.empty(), Optional.empty(), Optional.empty(), decision));

    JsonNode task = json().field("lambdaTasks").orElseThrow().index(0).orElseThrow();

    assertThat(task).isEqualTo(JsonNode.parser().parse("{\"scheduledEventId\":5,\"id\":\"resize-1\","
        + "\"lambdaFunction\":\"resize\",\"status\":\"scheduled\",\"scheduled\":\"2026-05-01T09:00:04Z\"}"));
  }
}
