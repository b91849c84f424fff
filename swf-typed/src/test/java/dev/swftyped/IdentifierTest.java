package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @Test
  void workflowIdAcceptsNamesAndVersionsAtTheirLengthLimits() {
    WorkflowId workflow = WorkflowId.of("n".repeat(256), "v".repeat(64));

    assertThat(workflow.name()).hasSize(256);
    assertThat(workflow.version()).hasSize(64);
  }

  @Test
  void workflowIdRejectsANameOneCharacterTooLong() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkflowId.of("n".repeat(257), "1"))
        .withMessageStartingWith("workflow type name must be 1 to 256 characters long, but has 257: \"nnnn");
  }

  @Test
  void workflowIdRejectsAVersionOneCharacterTooLong() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkflowId.of("Order", "v".repeat(65)))
        .withMessageStartingWith("workflow type version must be 1 to 64 characters long, but has 65");
  }

  @Test
  void workflowIdRejectsAnEmptyVersion() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkflowId.of("Order", ""))
        .withMessage("workflow type version must be 1 to 64 characters long, but has 0: \"\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a:b", "a/b", "a|b"})
  void workflowIdsRejectTheCharactersSwfForbids(String id) {
    char forbidden = id.charAt(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CurrentExecutionId.of(id))
        .withMessage("workflow id must not contain '" + forbidden
            + "' (SWF forbids ':', '/', '|' and control characters): \"" + id + "\"");
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u0000', '\n', '\u001f', '\u007f', '\u0085', '\u009f'})
  void identifiersRejectControlCharacters(char control) {
    String name = "order" + control;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkflowId.of(name, "1"))
        .withMessage("workflow type name must not contain control character U+%04X"
            + " (SWF forbids ':', '/', '|' and control characters): \"order\\u%04x\"", (int) control, (int) control);
  }

  @Test
  void identifiersAcceptCharactersJustOutsideTheControlRanges() {
    assertThat(CurrentExecutionId.of(" order~\u00a0").id()).isEqualTo(" order~\u00a0");
  }

  @Test
  void identifiersRejectTheLiteralArn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkflowId.of("Order", "arn"))
        .withMessage("workflow type version must not be the literal string \"arn\": \"arn\"");
  }

  @Test
  void identifiersAcceptWordsThatOnlyContainArn() {
    assertThat(WorkflowId.of("arnold", "warn").name()).isEqualTo("arnold");
    assertThat(CurrentExecutionId.of("ARN").id()).isEqualTo("ARN");
  }

  @Test
  void longValuesAreCutInMessages() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CurrentExecutionId.of("x".repeat(300)))
        .withMessage("workflow id must be 1 to 256 characters long, but has 300: \"" + "x".repeat(80) + "...\"");
  }

  @Test
  void executionIdChecksTheRunIdLength() {
    assertThat(ExecutionId.of("order-1", "r".repeat(64)).runId()).hasSize(64);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExecutionId.of("order-1", "r".repeat(65)))
        .withMessageStartingWith("run id must be 1 to 64 characters long, but has 65");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExecutionId.of("order-1", ""))
        .withMessage("run id must be 1 to 64 characters long, but has 0: \"\"");
  }

  @Test
  void executionIdAllowsRunIdsThatLookLikeAws() {
    assertThat(ExecutionId.of("order-1", "22Pij42qQYS4zptpD4JBqrvr24zGnPxT9rTOkGXVcZVhA=").runId())
        .isEqualTo("22Pij42qQYS4zptpD4JBqrvr24zGnPxT9rTOkGXVcZVhA=");
  }

  @Test
  void nullPartsAreRejectedWithTheFieldName() {
    assertThatNullPointerException().isThrownBy(() -> WorkflowId.of(null, "1")).withMessage("workflow type name must not be null");
    assertThatNullPointerException().isThrownBy(() -> ExecutionId.of("a", null)).withMessage("run id must not be null");
  }

  @Test
  void executionTargetsExposeTheirRunIdOnlyWhenTheyNameARun() {
    ExecutionId run = ExecutionId.of("order-1", "run-1");

    assertThat(run.targetRunId()).contains("run-1");
    assertThat(run.current()).isEqualTo(CurrentExecutionId.of("order-1"));
    assertThat(run.current().targetRunId()).isEmpty();
  }

  @Test
  void activityIdAcceptsNamesAndVersionsAtTheirLengthLimits() {
    ActivityId activity = ActivityId.of("n".repeat(256), "v".repeat(64));

    assertThat(activity.name()).hasSize(256);
    assertThat(activity.version()).hasSize(64);
  }

  @Test
  void activityIdRejectsWhatSwfRejectsAndNamesTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ActivityId.of("n".repeat(257), "1"))
        .withMessageStartingWith("activity type name must be 1 to 256 characters long, but has 257");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ActivityId.of("Charge", "1|2"))
        .withMessage("activity type version must not contain '|'"
            + " (SWF forbids ':', '/', '|' and control characters): \"1|2\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ActivityId.of("arn", "1"))
        .withMessage("activity type name must not be the literal string \"arn\": \"arn\"");
  }
}
