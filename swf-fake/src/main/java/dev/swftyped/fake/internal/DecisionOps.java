package dev.swftyped.fake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.swf.model.CountPendingDecisionTasksRequest;
import software.amazon.awssdk.services.swf.model.CountPendingDecisionTasksResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.RespondDecisionTaskCompletedRequest;
import software.amazon.awssdk.services.swf.model.RespondDecisionTaskCompletedResponse;

/** Decision tasks: polls with their history pages, responses, and pending counts (task-plane spec 3 to 5). */
final class DecisionOps {
  private DecisionOps() {}

  /** The empty task a poll answers when it has none to hand out (PD-6). */
  static PollForDecisionTaskResponse.Builder emptyPoll() {
    return PollForDecisionTaskResponse.builder().startedEventId(0L).previousStartedEventId(0L);
  }

  /**
   * Hands out the next decision task of the list, or returns null if there is none; with a page
   * token, returns the next page of the task it names instead (PG-4).
   */
  static PollForDecisionTaskResponse.Builder poll(State state, PollForDecisionTaskRequest request, long now) {
    Rules.identifier("taskList", request.taskList().name());
    Domain domain = state.domain(request.domain());
    if (request.nextPageToken() != null) {
      return nextPage(state, domain, request, now);
    }
    Execution.PendingDecision task =
        (Execution.PendingDecision) state.take(domain, TaskQueue.Kind.DECISION, request.taskList().name());
    if (task == null) {
      return null;
    }
    Execution run = task.run();
    long started = run.startDecisionTask(now, request.identity());
    return page(state, run, task.eventId(), started, request, 0, now);
  }

  private static PollForDecisionTaskResponse.Builder nextPage(State state, Domain domain,
      PollForDecisionTaskRequest request, long now) {
    ByteBuffer cursor = state.pageTokens.redeem(request.nextPageToken(), PageTokens.Kind.DECISION_TASK,
        query(request), now);
    if (cursor.remaining() < 24) {
      throw SwfFault.validation(PageTokens.INVALID);
    }
    long scheduled = cursor.getLong();
    long started = cursor.getLong();
    long last = cursor.getLong();
    String runId = StandardCharsets.UTF_8.decode(cursor).toString();
    Execution run = domain.byRunId.get(runId);
    if (run == null || !run.isOpen() || run.startedDecisionEventId != started) {
      throw SwfFault.unknownResource("Unknown decision task, scheduledEventId = " + scheduled);
    }
    return page(state, run, scheduled, started, request, last, now);
  }

  /** The query a decision task's page token is bound to (PG-5). */
  private static String query(PollForDecisionTaskRequest request) {
    return "DecisionTask|" + request.domain() + "|" + request.taskList().name() + "|"
        + Boolean.TRUE.equals(request.reverseOrder()) + "|" + Boolean.TRUE.equals(request.startAtPreviousStartedEvent());
  }

  /**
   * The task with one page of its history: events 1 to the started event (PG-3), from the previous
   * started event if asked (PG-6), in either order (PG-2), after the event {@code after} (0 for the
   * first page).
   */
  private static PollForDecisionTaskResponse.Builder page(State state, Execution run, long scheduled, long started,
      PollForDecisionTaskRequest request, long after, long now) {
    boolean reverse = Boolean.TRUE.equals(request.reverseOrder());
    long first = Boolean.TRUE.equals(request.startAtPreviousStartedEvent()) && run.previousStartedEventId > 0
        ? run.previousStartedEventId : 1;
    long next = after == 0 ? (reverse ? started : first) : (reverse ? after - 1 : after + 1);
    int limit = Paging.limit(request.maximumPageSize());
    List<HistoryEvent> events = new ArrayList<>(Math.min(limit, (int) (started - first + 1)));
    while (events.size() < limit && next >= first && next <= started) {
      events.add(run.sdkEvent(next));
      next += reverse ? -1 : 1;
    }
    PollForDecisionTaskResponse.Builder response = PollForDecisionTaskResponse.builder()
        .taskToken(state.taskTokens.issue(TaskTokens.Kind.DECISION, run.domain.name, run.workflowId, run.runId,
            scheduled, started))
        .startedEventId(started)
        .workflowExecution(run.sdkExecution())
        .workflowType(run.type().sdkType())
        .previousStartedEventId(run.previousStartedEventId)
        .events(events);
    if (next >= first && next <= started) {
      long last = next + (reverse ? 1 : -1);
      byte[] runId = run.runId.getBytes(StandardCharsets.UTF_8);
      byte[] cursor = ByteBuffer.allocate(24 + runId.length).putLong(scheduled).putLong(started).putLong(last)
          .put(runId).array();
      response.nextPageToken(state.pageTokens.issue(PageTokens.Kind.DECISION_TASK, query(request), now, cursor));
    }
    return response;
  }

  /** Completes a started decision task with its decisions (RD-1 to RD-12). */
  static RespondDecisionTaskCompletedResponse.Builder respond(State state, RespondDecisionTaskCompletedRequest request,
      long now) {
    // RD-1: the token is resolved (its run open, its task started) before the batch's own rules (RD-2).
    TaskTokens.Ref ref = state.taskTokens.read(request.taskToken(), TaskTokens.Kind.DECISION);
    Execution run = TaskTokens.openRun(state, ref);
    if (run.startedDecisionEventId != ref.startedEventId()) {
      throw SwfFault.unknownResource("Unknown decision task, scheduledEventId = " + ref.scheduledEventId());
    }
    DecisionBatch.check(request);
    DecisionBatch.apply(state, run, request, now);
    return RespondDecisionTaskCompletedResponse.builder();
  }

  static CountPendingDecisionTasksResponse.Builder countPending(State state, CountPendingDecisionTasksRequest request) {
    Domain domain = state.domain(request.domain());
    return CountPendingDecisionTasksResponse.builder()
        .count(domain.pendingDecisionTasks(request.taskList().name()))
        .truncated(false);
  }
}
