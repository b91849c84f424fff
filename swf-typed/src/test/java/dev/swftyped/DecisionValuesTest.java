package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decisions reject, where they are made, what SWF's service model rejects, naming the field. */
class DecisionValuesTest {
  static final ActivityId CHARGE = ActivityId.of("Charge", "1");
  static final String DATA_TOO_LONG = "d".repeat(32769);

  static Arguments rejects(String what, ThrowingCallable make, String message) {
    return Arguments.of(what, make, message);
  }

  static Stream<Arguments> invalidDecisions() {
    return Stream.of(
        rejects("an activity id with a colon", () -> Decision.ScheduleActivityTask.of(CHARGE, "a:b"),
            "activity id must not contain ':' (SWF forbids ':', '/', '|' and control characters): \"a:b\""),
        rejects("an activity id of 257 characters", () -> Decision.ScheduleActivityTask.of(CHARGE, "a".repeat(257)),
            "activity id must be 1 to 256 characters long, but has 257"),
        rejects("activity input over 32,768 characters",
            () -> Decision.ScheduleActivityTask.of(CHARGE, "a").withInput(DATA_TOO_LONG),
            "input must be at most 32768 characters long, but has 32769"),
        rejects("activity control over 32,768 characters",
            () -> Decision.ScheduleActivityTask.of(CHARGE, "a").withControl(DATA_TOO_LONG),
            "control must be at most 32768 characters long, but has 32769"),
        rejects("an empty activity id to cancel", () -> Decision.RequestCancelActivityTask.of(""),
            "activity id must be 1 to 256 characters long, but has 0"),
        rejects("a result over 32,768 characters",
            () -> Decision.CompleteWorkflowExecution.of().withResult(DATA_TOO_LONG),
            "result must be at most 32768 characters long, but has 32769"),
        rejects("a failure reason of 257 characters",
            () -> Decision.FailWorkflowExecution.of().withReason("r".repeat(257)),
            "reason must be at most 256 characters long, but has 257"),
        rejects("failure details over 32,768 characters",
            () -> Decision.FailWorkflowExecution.of().withDetails(DATA_TOO_LONG),
            "details must be at most 32768 characters long, but has 32769"),
        rejects("cancellation details over 32,768 characters",
            () -> Decision.CancelWorkflowExecution.of().withDetails(DATA_TOO_LONG),
            "details must be at most 32768 characters long, but has 32769"),
        rejects("a workflow type version with a slash",
            () -> Decision.ContinueAsNewWorkflowExecution.of().withWorkflowTypeVersion("1/2"),
            "workflow type version must not contain '/'"),
        rejects("six tags on a new run",
            () -> Decision.ContinueAsNewWorkflowExecution.of().withOptions(
                StartOptions.defaults().withTags("a", "b", "c", "d", "e", "f")),
            "tags must have at most 5 tags, but has 6"),
        rejects("an empty marker name", () -> Decision.RecordMarker.of(""),
            "marker name must be 1 to 256 characters long, but has 0"),
        rejects("a timer id with a bar", () -> Decision.StartTimer.of("a|b", Duration.ZERO),
            "timer id must not contain '|'"),
        rejects("a timer that fires in the past", () -> Decision.StartTimer.of("t", Duration.ofSeconds(-1)),
            "start-to-fire timeout must not be negative: PT-1S"),
        rejects("a timer of a fraction of a second", () -> Decision.StartTimer.of("t", Duration.ofMillis(1500)),
            "start-to-fire timeout must be a whole number of seconds: PT1.5S"),
        rejects("a timer longer than eight digits of seconds",
            () -> Decision.StartTimer.of("t", Duration.ofSeconds(100_000_000)),
            "start-to-fire timeout must be at most 99999999 seconds (eight digits), but was 100000000"),
        rejects("an empty timer id to cancel", () -> Decision.CancelTimer.of(""),
            "timer id must be 1 to 256 characters long, but has 0"),
        rejects("a signal name of 257 characters",
            () -> Decision.SignalExternalWorkflowExecution.of(CurrentExecutionId.of("w"), "s".repeat(257)),
            "signal name must be 1 to 256 characters long, but has 257"),
        rejects("external control over 32,768 characters",
            () -> Decision.RequestCancelExternalWorkflowExecution.of(CurrentExecutionId.of("w"))
                .withControl(DATA_TOO_LONG),
            "control must be at most 32768 characters long, but has 32769"),
        rejects("child control over 32,768 characters",
            () -> Decision.StartChildWorkflowExecution.of(WorkflowId.of("W", "1"), CurrentExecutionId.of("w"))
                .withControl(DATA_TOO_LONG),
            "control must be at most 32768 characters long, but has 32769"),
        rejects("an empty Lambda task id", () -> Decision.ScheduleLambdaFunction.of("", "f"),
            "function id must be 1 to 256 characters long, but has 0"),
        rejects("a Lambda function name of 65 characters",
            () -> Decision.ScheduleLambdaFunction.of("1", "f".repeat(65)),
            "function name must be 1 to 64 characters long, but has 65"),
        rejects("a task list override with a colon", () -> TaskListOverride.of("a:b"),
            "task list must not contain ':'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDecisions")
  void decisionsRejectWhatSwfRejects(String what, ThrowingCallable make, String message) {
    assertThatIllegalArgumentException().isThrownBy(make).withMessageStartingWith(message);
  }

  @Test
  void decisionsRejectNullsNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> Decision.ScheduleActivityTask.of(null, "a"))
        .withMessage("activity type must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new Decision.StartTimer("t", Duration.ZERO, null))
        .withMessage("control must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Decision.SignalExternalWorkflowExecution.of(null, "s"))
        .withMessage("execution must not be null");
  }

  @Test
  void decisionsAcceptTheLimitsOfTheirValues() {
    assertThat(Decision.StartTimer.of("t", Duration.ofSeconds(99_999_999)).startToFireTimeout())
        .isEqualTo(Duration.ofSeconds(99_999_999));
    assertThat(Decision.ScheduleActivityTask.of(CHARGE, "a".repeat(256)).withInput("i".repeat(32768)).input())
        .map(String::length).contains(32768);
    assertThat(Decision.FailWorkflowExecution.of().withReason("r".repeat(256)).reason()).map(String::length)
        .contains(256);
    assertThat(Decision.ScheduleLambdaFunction.of("1", "f".repeat(64)).withInput("").input()).contains("");
    assertThat(Decision.ContinueAsNewWorkflowExecution.of().withOptions(
            StartOptions.defaults().withTags("a", "b", "c", "d", "e")).options().tags())
        .hasSize(5);
    assertThat(new Decision.CancelWorkflowExecution(Optional.of("")).details()).contains("");
  }
}
