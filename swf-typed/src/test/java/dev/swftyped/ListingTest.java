package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/** Listings fetch pages lazily and follow page tokens to the end. */
class ListingTest {
  final RecordingSwfClient client = new RecordingSwfClient();
  final SwfTyped swf = SwfTyped.create(client, Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

  static WorkflowExecutionInfo info(String workflowId) {
    return SdkMappingTest.openInfo().toBuilder()
        .execution(WorkflowExecution.builder().workflowId(workflowId).runId("run").build())
        .build();
  }

  static ListOpenWorkflowExecutionsResponse page(String nextPageToken, String... workflowIds) {
    return ListOpenWorkflowExecutionsResponse.builder()
        .executionInfos(Stream.of(workflowIds).map(ListingTest::info).toList())
        .nextPageToken(nextPageToken)
        .build();
  }

  void scriptThreePages() {
    client.answer(page("page-2", "a", "b"));
    client.answer(page("page-3", "c", "d"));
    client.answer(page(null, "e"));
  }

  @Test
  void creatingAListingFetchesNothing() {
    scriptThreePages();

    swf.listOpenExecutions("orders");

    assertThat(client.requests()).isEmpty();
  }

  @Test
  void consumingTheFirstExecutionFetchesExactlyOnePage() {
    scriptThreePages();

    Iterator<ExecutionInfo> listing = swf.listOpenExecutions("orders").iterator();
    ExecutionInfo first = listing.next();

    assertThat(first.execution().id()).isEqualTo("a");
    assertThat(client.requests()).hasSize(1);
  }

  @Test
  void findFirstFetchesExactlyOnePage() {
    scriptThreePages();

    assertThat(swf.listOpenExecutions("orders").findFirst()).isPresent();
    assertThat(client.requests()).hasSize(1);
  }

  @Test
  void consumingEveryExecutionFetchesEveryPageOnceWithItsToken() {
    scriptThreePages();

    List<String> ids = swf.listOpenExecutions("orders").map(info -> info.execution().id()).toList();

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    assertThat(client.requests()).hasSize(3);
    assertThat(client.requests())
        .extracting(request -> ((ListOpenWorkflowExecutionsRequest) request).nextPageToken())
        .containsExactly(null, "page-2", "page-3");
  }

  @Test
  void everyPageRequestRepeatsTheSameQuery() {
    scriptThreePages();

    swf.listOpenExecutions("orders").toList();

    List<ListOpenWorkflowExecutionsRequest> requests = client.requests().stream()
        .map(ListOpenWorkflowExecutionsRequest.class::cast)
        .map(request -> request.toBuilder().nextPageToken(null).build())
        .toList();
    assertThat(requests).containsOnly(requests.get(0));
  }

  @Test
  void anEmptyPageWithATokenDoesNotEndTheListing() {
    client.answer(page("page-2", "a"));
    client.answer(page("page-3"));
    client.answer(page(null, "b"));

    assertThat(swf.listOpenExecutions("orders").map(info -> info.execution().id()))
        .containsExactly("a", "b");
    assertThat(client.requests()).hasSize(3);
  }

  @Test
  void anEmptyFirstPageWithoutTokenIsAnEmptyListing() {
    client.answer(page(null));

    assertThat(swf.listOpenExecutions("orders")).isEmpty();
    assertThat(client.requests()).hasSize(1);
  }

  @Test
  void anEmptyStringTokenEndsTheListing() {
    client.answer(page("", "a"));

    assertThat(swf.listOpenExecutions("orders")).hasSize(1);
    assertThat(client.requests()).hasSize(1);
  }

  @Test
  void limitingAListingStopsFetching() {
    scriptThreePages();

    assertThat(swf.listOpenExecutions("orders").limit(3).map(info -> info.execution().id()))
        .containsExactly("a", "b", "c");
    assertThat(client.requests()).hasSize(2);
  }
}
