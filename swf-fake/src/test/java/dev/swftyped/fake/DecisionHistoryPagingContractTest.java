package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_STARTED;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** The history pages of a decision task (task-plane spec PG-1 to PG-6). */
class DecisionHistoryPagingContractTest extends TaskPlaneContract {

  /** Polls {@code deciders} with more request members. */
  PollForDecisionTaskResponse poll(UnaryOperator<PollForDecisionTaskRequest.Builder> more) {
    return swf.pollForDecisionTask(r -> more.apply(r.domain(DOMAIN).taskList(t -> t.name(DECIDERS))));
  }

  /** A run whose second decision task sees 9 events: 1 WES, 2 DTS, 3 DTSt, 4 DTC, 5 TS, 6 TF, 7 DTS, 8 DTSt. */
  String runWithTwoDecisionTasks() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.taskStartToCloseTimeout("NONE"));
    decideNext(startTimer("t", 0));
    return runId;
  }

  @Test
  void pagesOfTheRequestedSizeConcatenateToTheHistoryUpToTheStartedEvent() {
    String runId = runWithTwoDecisionTasks();

    PollForDecisionTaskResponse first = poll(r -> r.maximumPageSize(3));
    List<HistoryEvent> events = new ArrayList<>(first.events());
    assertThat(first.events()).extracting(HistoryEvent::eventId).containsExactly(1L, 2L, 3L);
    assertThat(first.nextPageToken()).isNotNull();
    String token = first.nextPageToken();
    int pages = 1;
    while (token != null) {
      String page = token;
      PollForDecisionTaskResponse next = poll(r -> r.maximumPageSize(3).nextPageToken(page));
      events.addAll(next.events());
      token = next.nextPageToken();
      pages++;
    }

    assertThat(pages).isEqualTo(3);
    assertThat(events).isEqualTo(history("order-1", runId));
    assertThat(events).last().extracting(HistoryEvent::eventType).isEqualTo(DECISION_TASK_STARTED);
  }

  @Test
  void aPageSizeOfZeroMeansTheLargestPage() {
    runWithTwoDecisionTasks();

    PollForDecisionTaskResponse task = poll(r -> r.maximumPageSize(0));

    assertThat(task.events()).hasSize(8);
    assertThat(task.nextPageToken()).isNull();
  }

  @Test
  void aPageSizeAboveOneThousandFailsValidation() {
    runWithTwoDecisionTasks();

    validation(() -> poll(r -> r.maximumPageSize(1001)),
        "1 validation error detected: Value '1001' at 'maximumPageSize' failed to satisfy constraint: "
            + "Member must have value less than or equal to 1000");
    assertThat(pendingDecisions(DECIDERS)).as("a rejected poll claims nothing").isEqualTo(1);
  }

  @Test
  void aNegativePageSizeFailsValidation() {
    runWithTwoDecisionTasks();

    validation(() -> poll(r -> r.maximumPageSize(-1)),
        "1 validation error detected: Value '-1' at 'maximumPageSize' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 0");
  }

  @Test
  void reverseOrderStartsWithTheNewStartedEvent() {
    runWithTwoDecisionTasks();

    PollForDecisionTaskResponse first = poll(r -> r.reverseOrder(true).maximumPageSize(3));
    String token = first.nextPageToken();
    PollForDecisionTaskResponse second = poll(r -> r.reverseOrder(true).maximumPageSize(3).nextPageToken(token));

    assertThat(first.events()).extracting(HistoryEvent::eventId).containsExactly(8L, 7L, 6L);
    assertThat(second.events()).extracting(HistoryEvent::eventId).containsExactly(5L, 4L, 3L);
  }

  @Test
  void aContinuationReturnsTheSameTaskAndAppendsNothing() {
    String runId = runWithTwoDecisionTasks();
    start("order-2");
    PollForDecisionTaskResponse first = poll(r -> r.maximumPageSize(2));
    List<HistoryEvent> before = history("order-1", runId);

    PollForDecisionTaskResponse next = poll(r -> r.maximumPageSize(2).nextPageToken(first.nextPageToken()));

    assertThat(next.taskToken()).isEqualTo(first.taskToken());
    assertThat(next.startedEventId()).isEqualTo(first.startedEventId()).isEqualTo(8);
    assertThat(next.previousStartedEventId()).isEqualTo(first.previousStartedEventId()).isEqualTo(3);
    assertThat(next.workflowExecution()).isEqualTo(first.workflowExecution());
    assertThat(next.workflowType()).isEqualTo(ORDER);
    assertThat(next.events()).extracting(HistoryEvent::eventId).containsExactly(3L, 4L);
    assertThat(history("order-1", runId)).isEqualTo(before);
    assertThat(pendingDecisions(DECIDERS)).as("order-2's task is still pending").isEqualTo(1);
  }

  @Test
  void eventsAppendedAfterTheHandOutAreNotInTheTasksPages() {
    String runId = runWithTwoDecisionTasks();
    PollForDecisionTaskResponse first = poll(r -> r.maximumPageSize(5));
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("late"));

    PollForDecisionTaskResponse next = poll(r -> r.maximumPageSize(5).nextPageToken(first.nextPageToken()));

    assertThat(next.events()).extracting(HistoryEvent::eventId).containsExactly(6L, 7L, 8L);
    assertThat(next.nextPageToken()).isNull();
    assertThat(history("order-1", runId)).hasSize(10);
  }

  @Test
  void aPageTokenOfAnotherQueryIsInvalid() {
    runWithTwoDecisionTasks();
    PollForDecisionTaskResponse first = poll(r -> r.maximumPageSize(2));

    validation(() -> poll(r -> r.reverseOrder(true).nextPageToken(first.nextPageToken())), "Invalid token");
    validation(() -> poll(r -> r.startAtPreviousStartedEvent(true).nextPageToken(first.nextPageToken())),
        "Invalid token");
    validation(() -> swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name("other"))
        .nextPageToken(first.nextPageToken())), "Invalid token");
  }

  @Test
  void aCorruptPageTokenIsInvalid() {
    runWithTwoDecisionTasks();

    validation(() -> poll(r -> r.nextPageToken("not-a-token")), "Invalid token");
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
  }

  @Test
  void aDecisionTaskPageTokenCannotPageAHistory() {
    String runId = runWithTwoDecisionTasks();
    PollForDecisionTaskResponse first = poll(r -> r.maximumPageSize(2));

    validation(() -> swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(run("order-1", runId))
        .nextPageToken(first.nextPageToken())), "Invalid token");
  }

  @Test
  void aPageTokenOfACompletedTaskNamesTheUnknownTask() {
    runWithTwoDecisionTasks();
    PollForDecisionTaskResponse first = poll(r -> r.maximumPageSize(2));
    decide(first.taskToken());

    fault(() -> poll(r -> r.maximumPageSize(2).nextPageToken(first.nextPageToken())),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown decision task, scheduledEventId = 7");
  }

  @Test
  void aPageTokenOfAClosedRunNamesTheUnknownTask() {
    runWithTwoDecisionTasks();
    PollForDecisionTaskResponse first = poll(r -> r.maximumPageSize(2));
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    fault(() -> poll(r -> r.maximumPageSize(2).nextPageToken(first.nextPageToken())),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown decision task, scheduledEventId = 7");
  }

  @Test
  void aPageTokenLivesSixtySecondsOnTheFakesClock() {
    runWithTwoDecisionTasks();
    PollForDecisionTaskResponse first = poll(r -> r.maximumPageSize(2));
    advance(Duration.ofSeconds(60));
    PollForDecisionTaskResponse second = poll(r -> r.maximumPageSize(2).nextPageToken(first.nextPageToken()));
    assertThat(second.events()).hasSize(2);
    advance(Duration.ofMillis(1));

    validation(() -> poll(r -> r.maximumPageSize(2).nextPageToken(first.nextPageToken())),
        "Specified token has exceeded its maximum lifetime");
  }

  @Test
  void startAtPreviousStartedEventBeginsAtThatEventInclusive() {
    runWithTwoDecisionTasks();

    PollForDecisionTaskResponse task = poll(r -> r.startAtPreviousStartedEvent(true));

    assertThat(task.previousStartedEventId()).isEqualTo(3);
    assertThat(task.events()).extracting(HistoryEvent::eventId).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
  }

  @Test
  void startAtPreviousStartedEventPagesInReverseToo() {
    runWithTwoDecisionTasks();

    PollForDecisionTaskResponse first = poll(r -> r.startAtPreviousStartedEvent(true).reverseOrder(true)
        .maximumPageSize(4));
    PollForDecisionTaskResponse second = poll(r -> r.startAtPreviousStartedEvent(true).reverseOrder(true)
        .maximumPageSize(4).nextPageToken(first.nextPageToken()));

    assertThat(first.events()).extracting(HistoryEvent::eventId).containsExactly(8L, 7L, 6L, 5L);
    assertThat(second.events()).extracting(HistoryEvent::eventId).containsExactly(4L, 3L);
    assertThat(second.nextPageToken()).isNull();
  }

  @Test
  void startAtPreviousStartedEventGivesTheWholeHistoryToTheFirstTask() {
    registerDomainAndType();
    start("order-1");

    PollForDecisionTaskResponse task = poll(r -> r.startAtPreviousStartedEvent(true));

    assertThat(task.events()).extracting(HistoryEvent::eventId).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aPageThatEndsExactlyAtTheStartedEventHasNoToken() {
    runWithTwoDecisionTasks();

    PollForDecisionTaskResponse first = poll(r -> r.maximumPageSize(4));
    PollForDecisionTaskResponse second = poll(r -> r.maximumPageSize(4).nextPageToken(first.nextPageToken()));

    assertThat(second.events()).extracting(HistoryEvent::eventId).containsExactly(5L, 6L, 7L, 8L);
    assertThat(second.nextPageToken()).isNull();
  }

  @Test
  void aHistoryPageTokenCannotPageADecisionTask() {
    String runId = runWithTwoDecisionTasks();
    String historyToken = swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN).execution(run("order-1", runId))
        .maximumPageSize(2)).nextPageToken();

    validation(() -> poll(r -> r.nextPageToken(historyToken)), "Invalid token");
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
  }
}
