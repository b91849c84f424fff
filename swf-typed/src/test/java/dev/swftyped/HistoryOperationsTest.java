package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryRequest;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;

/** Histories are listed lazily page by page, in either order, and the last event is fetched alone. */
class HistoryOperationsTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final ExecutionId RUN = ExecutionId.of("order-1", "run-1");
  static final WorkflowExecution SDK_RUN = WorkflowExecution.builder().workflowId("order-1").runId("run-1").build();

  static HistoryEvent signal(long id) {
    return HistoryEvent.builder().eventId(id).eventTimestamp(START).eventType("WorkflowExecutionSignaled")
        .workflowExecutionSignaledEventAttributes(a -> a.signalName("s" + id)).build();
  }

  static GetWorkflowExecutionHistoryResponse page(String nextPageToken, long... ids) {
    return GetWorkflowExecutionHistoryResponse.builder()
        .events(java.util.Arrays.stream(ids).mapToObj(HistoryOperationsTest::signal).toList())
        .nextPageToken(nextPageToken)
        .build();
  }

  @Nested
  class Requests {
    final RecordingSwfClient client = new RecordingSwfClient();
    final SwfTyped swf = SwfTyped.create(client);

    @Test
    void listingAHistoryFetchesNothingUntilConsumed() {
      swf.listHistory("orders", RUN);

      assertThat(client.requests()).isEmpty();
    }

    @Test
    void listingAHistoryFollowsTokensOnePagePerCallAndReadsEveryEvent() {
      client.answer(page("p2", 1, 2));
      client.answer(page("p3"));
      client.answer(page(null, 3));

      List<Event> events = swf.listHistory("orders", RUN).toList();

      assertThat(events).extracting(Event::id).containsExactly(1L, 2L, 3L);
      assertThat(events).allSatisfy(event -> assertThat(event).isInstanceOf(Event.WorkflowExecutionSignaled.class));
      GetWorkflowExecutionHistoryRequest first = GetWorkflowExecutionHistoryRequest.builder()
          .domain("orders").execution(SDK_RUN).build();
      assertThat(client.requests()).containsExactly(first, first.toBuilder().nextPageToken("p2").build(),
          first.toBuilder().nextPageToken("p3").build());
    }

    @Test
    void listingAHistoryInReverseWithAPageSizeSendsBoth() {
      client.answer(page("p2", 3));

      assertThat(swf.listHistory("orders", RUN, ListOptions.defaults().reversed().withPageSize(1)).findFirst())
          .map(Event::id).contains(3L);
      assertThat(client.onlyRequest()).isEqualTo(GetWorkflowExecutionHistoryRequest.builder()
          .domain("orders").execution(SDK_RUN).reverseOrder(true).maximumPageSize(1).build());
    }

    @Test
    void theLastEventIsFetchedAloneNewestFirst() {
      client.answer(page("more", 9));

      assertThat(swf.lastHistoryEvent("orders", RUN).id()).isEqualTo(9L);
      assertThat(client.onlyRequest()).isEqualTo(GetWorkflowExecutionHistoryRequest.builder()
          .domain("orders").execution(SDK_RUN).reverseOrder(true).maximumPageSize(1).build());
    }

    @Test
    void anEmptyLastPageIsReported() {
      client.answer(page(null));

      assertThatIllegalStateException()
          .isThrownBy(() -> swf.lastHistoryEvent("orders", RUN))
          .withMessage("SWF returned no history event for " + RUN);
    }
  }

  @Nested
  class AgainstTheFake {
    static final WorkflowId ORDER = WorkflowId.of("Order", "1");

    final FakeClock clock = FakeClock.at(START);
    final SwfTyped swf = SwfTyped.create(SwfFake.builder().clock(clock).build().client(), clock);
    final ExecutionId run;

    AgainstTheFake() {
      swf.registerDomain("shop", DomainConfiguration.retainingDays(1));
      swf.registerWorkflowType("shop", ORDER, PartialExecutionConfiguration.builder()
          .timeout(Timeout.ofSeconds(3600))
          .decisionTaskTimeout(Timeout.ofSeconds(30))
          .decisionTaskList("deciders")
          .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
          .build());
      run = swf.startExecution("shop", ORDER, CurrentExecutionId.of("order-42"),
          StartOptions.defaults().withInput("{\"id\":42}").withTags("gold"));
    }

    @Test
    void aStartedSignalledCancelledAndTerminatedRunReadsAsTypedEvents() {
      clock.advance(Duration.ofSeconds(1));
      swf.signalExecution("shop", run, "paid", "{\"amount\":10}");
      swf.requestCancelExecution("shop", run);
      clock.advance(Duration.ofSeconds(1));
      swf.terminateExecution("shop", run, TerminateOptions.defaults().withReason("gone"));

      List<Event> history = swf.listHistory("shop", run).toList();

      Instant second = START.plusSeconds(1);
      assertThat(history).containsExactly(
          new Event.WorkflowExecutionStarted(1, START, Optional.of("{\"id\":42}"), Optional.of(Timeout.ofSeconds(3600)),
              Optional.of(Timeout.ofSeconds(30)), ChildExecutionTerminationPolicy.TERMINATE, "deciders",
              OptionalInt.empty(), ORDER, List.of("gold"), Optional.empty(), Optional.empty(), OptionalLong.of(0),
              Optional.empty()),
          new Event.DecisionTaskScheduled(2, START, "deciders", OptionalInt.empty(),
              Optional.of(Timeout.ofSeconds(30)), Optional.of(Timeout.none())),
          new Event.WorkflowExecutionSignaled(3, second, "paid", Optional.of("{\"amount\":10}"), Optional.empty(),
              OptionalLong.of(0)),
          new Event.WorkflowExecutionCancelRequested(4, second, Optional.empty(), OptionalLong.of(0),
              Optional.empty()),
          new Event.WorkflowExecutionTerminated(5, START.plusSeconds(2), Optional.of("gone"), Optional.empty(),
              ChildExecutionTerminationPolicy.TERMINATE, Optional.of("OPERATOR_INITIATED")));
      assertThat(((Event.WorkflowExecutionTerminated) history.get(4)).cause())
          .contains(Event.WorkflowExecutionTerminated.Cause.OPERATOR_INITIATED);
    }

    @Test
    void aTimedOutRunEndsWithItsTimeout() {
      clock.advance(Duration.ofHours(2));

      Event last = swf.lastHistoryEvent("shop", run);

      assertThat(last).isEqualTo(new Event.WorkflowExecutionTimedOut(3, START.plusSeconds(3600), "START_TO_CLOSE",
          ChildExecutionTerminationPolicy.TERMINATE));
      assertThat(((Event.WorkflowExecutionTimedOut) last).timeoutType()).isEqualTo(TimeoutType.START_TO_CLOSE);
    }

    @Test
    void theReversedHistoryIsTheExactReverseWhateverThePageSize() {
      for (int i = 0; i < 7; i++) {
        swf.signalExecution("shop", run, "s" + i);
      }
      List<Event> forward = swf.listHistory("shop", run).toList();

      for (int pageSize = 1; pageSize <= 4; pageSize++) {
        List<Event> reversed = swf.listHistory("shop", run, ListOptions.defaults().reversed().withPageSize(pageSize))
            .toList();
        assertThat(reversed).as("page size %s", pageSize).containsExactlyElementsOf(reverse(forward));
        assertThat(swf.listHistory("shop", run, ListOptions.defaults().withPageSize(pageSize)).toList())
            .isEqualTo(forward);
      }
      assertThat(forward).hasSize(9);
      assertThat(swf.lastHistoryEvent("shop", run)).isEqualTo(forward.get(8));
    }

    List<Event> reverse(List<Event> events) {
      List<Event> reversed = new java.util.ArrayList<>(events);
      java.util.Collections.reverse(reversed);
      return reversed;
    }
  }
}
