package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionOpenCounts;

/** Describing executions and reading their histories. */
class DescribeAndHistoryContractTest extends ContractTest {

  @Test
  void anOpenRunIsDescribedWithoutTheMembersSwfOmits() {
    registerDomainAndType();
    String runId = start("order-1");

    DescribeWorkflowExecutionResponse described = describe("order-1", runId);

    assertThat(described.executionInfo()).isEqualTo(WorkflowExecutionInfo.builder()
        .execution(run("order-1", runId))
        .workflowType(ORDER)
        .startTimestamp(described.executionInfo().startTimestamp()) // checked last
        .executionStatus(ExecutionStatus.OPEN)
        .cancelRequested(false)
        .build());
    assertThat(described.openCounts()).isEqualTo(WorkflowExecutionOpenCounts.builder()
        .openActivityTasks(0).openDecisionTasks(1).openTimers(0).openChildWorkflowExecutions(0)
        .openLambdaFunctions(0).build());
    assertThat(described.latestActivityTaskTimestamp()).isNull();
    assertThat(described.latestExecutionContext()).isNull();
    assertThat(described.executionConfiguration().taskPriority()).isNull();
    assertThat(described.executionConfiguration().lambdaRole()).isNull();
    assertThat(described.executionInfo().startTimestamp()).isEqualTo(at(0));
  }

  @Test
  void tagsAreDescribedInTheirOrder() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.tagList("b", "a", "b"));

    assertThat(describe("order-1", runId).executionInfo().tagList()).containsExactly("b", "a", "b");
  }

  @Test
  void anUnknownRunIsNamedInTheFault() {
    registerDomainAndType();
    String runId = start("order-1");

    fault(() -> describe("order-2", runId), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-2, runId=" + runId + "]");
    fault(() -> history("order-1", "nope"), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=nope]");
  }

  @Test
  void describeNeedsTheWholeExecutionAndReportsMissingMembersInSwfsOrder() {
    validation(() -> swf.describeWorkflowExecution(r -> r.domain(null)),
        "2 validation errors detected: "
            + "Value null at 'execution' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'domain' failed to satisfy constraint: Member must not be null");
    validation(() -> swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(e -> e.workflowId(null))),
        "2 validation errors detected: "
            + "Value null at 'execution.runId' failed to satisfy constraint: Member must not be null; "
            + "Value null at 'execution.workflowId' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void eventIdsAreContiguousFromOne() {
    registerDomainAndType();
    String runId = start("order-1");
    for (int i = 0; i < 5; i++) {
      swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s"));
    }

    assertThat(history("order-1", runId)).extracting(HistoryEvent::eventId)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 7).boxed().toList());
  }

  @Test
  void historyIsPagedInBothOrders() {
    registerDomainAndType();
    String runId = start("order-1");
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s"));

    assertThat(pagedIds(runId, false, 2)).containsExactly(List.of(1L, 2L), List.of(3L));
    assertThat(pagedIds(runId, true, 2)).containsExactly(List.of(3L, 2L), List.of(1L));
    assertThat(pagedIds(runId, false, 3)).containsExactly(List.of(1L, 2L, 3L));
    assertThat(pagedIds(runId, true, 1)).containsExactly(List.of(3L), List.of(2L), List.of(1L));
  }

  @Test
  void historyIsReadableAfterTheRunCloses() {
    registerDomainAndType();
    String runId = start("order-1");
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    assertThat(history("order-1", runId)).hasSize(3);
  }

  @Test
  void aHistoryTokenIsBoundToItsRunAndOrder() {
    registerDomainAndType();
    String runId = start("order-1");
    String other = start("order-2");
    String token = swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(run("order-1", runId))
        .maximumPageSize(1)).nextPageToken();

    validation(() -> swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(run("order-2", other))
        .nextPageToken(token)), "Invalid token");
    validation(() -> swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(run("order-1", runId))
        .reverseOrder(true).nextPageToken(token)), "Invalid token");
  }

  @Test
  void eventsAppendedBetweenPagesAreReadOnTheLaterPages() {
    registerDomainAndType();
    String runId = start("order-1");
    GetWorkflowExecutionHistoryResponse first = swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN)
        .execution(run("order-1", runId)).maximumPageSize(1));
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("late"));

    GetWorkflowExecutionHistoryResponse rest = swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN)
        .execution(run("order-1", runId)).nextPageToken(first.nextPageToken()));

    assertThat(rest.events()).extracting(HistoryEvent::eventId).containsExactly(2L, 3L);
    assertThat(rest.nextPageToken()).isNull();
  }

  private List<List<Long>> pagedIds(String runId, boolean reverse, int pageSize) {
    List<List<Long>> pages = new java.util.ArrayList<>();
    String token = null;
    do {
      String page = token;
      GetWorkflowExecutionHistoryResponse response = swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN)
          .execution(run("order-1", runId)).reverseOrder(reverse).maximumPageSize(pageSize).nextPageToken(page));
      pages.add(response.events().stream().map(HistoryEvent::eventId).toList());
      token = response.nextPageToken();
    } while (token != null);
    return pages;
  }
}
