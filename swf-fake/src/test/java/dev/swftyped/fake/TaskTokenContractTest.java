package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** Task tokens: form, lifetime, the order of their errors, dead tokens (TK-1 to TK-4). */
class TaskTokenContractTest extends TaskPlaneContract {

  @Test
  void tokensAreOpaqueBoundedAndUniquePerHandOut() {
    registerAll();
    start("order-1");
    start("order-2");
    Set<String> tokens = new HashSet<>();
    PollForDecisionTaskResponse first = takeDecision();
    tokens.add(first.taskToken());
    tokens.add(takeDecision().taskToken());
    decide(first.taskToken(), scheduleActivity("a1"), scheduleActivity("a2"));
    tokens.add(takeActivity().taskToken());
    tokens.add(takeActivity().taskToken());

    assertThat(tokens).hasSize(4).allSatisfy(token -> assertThat(token).hasSizeBetween(1, 1024)
        .doesNotContain("order-1").doesNotContain("Charge"));
  }

  @Test
  void aRedispatchedDecisionTaskGetsANewTokenAndTheOldOneDies() {
    registerDomainAndType();
    start("order-1");
    PollForDecisionTaskResponse first = takeDecision();
    advance(Duration.ofSeconds(30));

    PollForDecisionTaskResponse second = takeDecision();

    assertThat(second.taskToken()).isNotEqualTo(first.taskToken());
    fault(() -> decide(first.taskToken()), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown decision task, scheduledEventId = 2");
    decide(second.taskToken());
  }

  @Test
  void tokensDoNotExpireByTimeAlone() {
    registerAll();
    start("order-1", r -> r.executionStartToCloseTimeout("31536000").taskStartToCloseTimeout("NONE"));
    decideNext(scheduleActivity("a1", a -> a.scheduleToCloseTimeout("NONE").startToCloseTimeout("NONE")));
    PollForActivityTaskResponse activity = takeActivity();
    PollForDecisionTaskResponse decision = emptyPollDecision();
    assertThat(decision.taskToken()).isNull();

    advance(Duration.ofDays(300));

    swf.recordActivityTaskHeartbeat(r -> r.taskToken(activity.taskToken()));
    completeActivity(activity.taskToken(), null);
    decideNext();
  }

  @Test
  void anOversizedTokenFailsModelValidationFirst() {
    String token = "a".repeat(1025);

    validation(() -> decide(token), "1 validation error detected: Value '" + token + "' at 'taskToken' failed to "
        + "satisfy constraint: Member must have length less than or equal to 1024");
    validation(() -> completeActivity(token, null), "1 validation error detected: Value '" + token + "' at "
        + "'taskToken' failed to satisfy constraint: Member must have length less than or equal to 1024");
  }

  @Test
  void aTamperedTokenOrOneFromAnotherFakeIsInvalid() {
    registerDomainAndType();
    start("order-1");
    String token = takeDecision().taskToken();
    char last = token.charAt(token.length() / 2);
    String tampered = token.substring(0, token.length() / 2) + (last == 'A' ? 'B' : 'A')
        + token.substring(token.length() / 2 + 1);
    String foreign;
    try (SwfFake other = SwfFake.builder().seed(8).pollTimeout(Duration.ZERO).build()) {
      other.client().registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
      other.client().registerWorkflowType(r -> r.domain(DOMAIN).name(ORDER.name()).version(ORDER.version())
          .defaultTaskList(t -> t.name(DECIDERS)).defaultExecutionStartToCloseTimeout("60")
          .defaultTaskStartToCloseTimeout("NONE").defaultChildPolicy("TERMINATE"));
      other.client().startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").workflowType(ORDER));
      foreign = other.client().pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name(DECIDERS)))
          .taskToken();
    }

    validation(() -> decide(tampered), "Invalid token");
    validation(() -> decide(foreign), "Invalid token");
    decide(token);
  }

  @Test
  void theTokenOfAClosedRunStaysRecognisedEvenAfterRetention() {
    registerAll();
    String runId = start("order-1");
    decideNext(scheduleActivity("a1"));
    PollForActivityTaskResponse activity = takeActivity();
    PollForDecisionTaskResponse decision = emptyPollDecision();
    assertThat(decision.taskToken()).isNull();
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    String unknown = "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]";

    fault(() -> completeActivity(activity.taskToken(), null), UnknownResourceException.class, "UnknownResourceFault",
        unknown);
    advance(Duration.ofDays(8));
    fault(() -> completeActivity(activity.taskToken(), null), UnknownResourceException.class, "UnknownResourceFault",
        unknown);
  }

  @Test
  void theRunIsCheckedBeforeTheTask() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = decideNext();
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    fault(() -> decide(task.taskToken()), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
  }
}
