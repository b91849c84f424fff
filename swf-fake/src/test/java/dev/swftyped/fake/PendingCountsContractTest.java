package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.CountPendingDecisionTasksResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** CountPendingDecisionTasks (CP-2) and the open counts of DescribeWorkflowExecution (VX-1 to VX-3, Q-5). */
class PendingCountsContractTest extends TaskPlaneContract {

  @Test
  void pendingDecisionTasksRiseOnSchedulingAndFallOnHandOutAndClose() {
    registerDomainAndType();
    start("order-1");
    start("order-2");
    start("order-3", r -> r.taskList(t -> t.name("other")));
    CountPendingDecisionTasksResponse count = swf.countPendingDecisionTasks(r -> r.domain(DOMAIN)
        .taskList(t -> t.name(DECIDERS)));
    assertThat(count.count()).isEqualTo(2);
    assertThat(count.truncated()).isFalse();

    takeDecision();
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-2"));
    assertThat(pendingDecisions(DECIDERS)).isZero();
    assertThat(pendingDecisions("other")).isEqualTo(1);
    assertThat(pendingDecisions("never-used")).isZero();
  }

  @Test
  void pendingDecisionTasksOfAnUnknownDomainFail() {
    fault(() -> swf.countPendingDecisionTasks(r -> r.domain("nowhere").taskList(t -> t.name(DECIDERS))),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: nowhere");
  }

  @Test
  void aTaskScheduledWhileAnotherIsStartedIsPendingButTheRunCountsOneOpenDecisionTask() {
    registerDomainAndType();
    String runId = start("order-1");
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
    PollForDecisionTaskResponse task = takeDecision();
    assertThat(openCounts("order-1", runId)).as("a started task is open").isEqualTo(counts(1, 0, 0, 0));

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s"));

    assertThat(openCounts("order-1", runId)).as("at most one").isEqualTo(counts(1, 0, 0, 0));
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    decide(task.taskToken());
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
    decideNext();
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 0, 0, 0));
  }

  @Test
  void openCountsFollowActivitiesTimersAndChildren() {
    registerAll();
    String runId = start("order-1");

    decideNext(scheduleActivity("a1"), scheduleActivity("a2"), startTimer("t1", 30), startTimer("t2", 90),
        ChildWorkflowContractTest.startChild("child-1"));

    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 2, 2, 1));
    takeActivity();
    assertThat(openCounts("order-1", runId)).as("a started activity is still open").isEqualTo(counts(1, 2, 2, 1));
    advance(java.time.Duration.ofSeconds(30));
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 2, 1, 1));
  }

  @Test
  void describeOmitsContextAndActivityTimestampUntilThereAreSome() {
    registerDomainAndType();
    String runId = start("order-1");

    decideNext();

    assertThat(describe("order-1", runId).latestExecutionContext()).isNull();
    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isNull();
    assertThat(describe("order-1", runId).openCounts().openLambdaFunctions()).isZero();
  }

  @Test
  void closingARunWithAStartedAndAScheduledDecisionTaskLeavesNothingPending() {
    registerDomainAndType();
    String runId = start("order-1");
    takeDecision();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s"));

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    assertThat(pendingDecisions(DECIDERS)).isZero();
    assertThat(emptyPollDecision().taskToken()).isNull();
    assertThat(openCounts("order-1", runId).openDecisionTasks()).isEqualTo(1);
  }

  @Test
  void theLatestExecutionContextIsKeptAfterClose() {
    registerDomainAndType();
    String runId = start("order-1");

    respond(takeDecision().taskToken(), r -> r.executionContext("final").decisions(complete(null)));

    assertThat(describe("order-1", runId).latestExecutionContext()).isEqualTo("final");
  }
}
