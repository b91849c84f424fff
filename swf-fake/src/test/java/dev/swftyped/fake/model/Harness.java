package dev.swftyped.fake.model;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * Runs steps against a fake and the model side by side. After every step it compares everything
 * the fake lets a client observe with what the model says, and checks the invariants that hold
 * whatever the operations were.
 */
final class Harness {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  /** More pages than any listing of a scenario can have: a listing that goes on is a failure. */
  static final int MAX_PAGES = 500;

  final FakeClock clock = FakeClock.at(START);
  final SwfFake fake;
  final SwfClient swf;
  final Model model = new Model(START.toEpochMilli());

  Harness() {
    fake = SwfFake.builder().clock(clock).seed(11).build();
    swf = fake.client();
  }

  /** What a call did: returned a value, or failed with an SWF error code. */
  record Outcome<T>(T value, String error) {
    boolean ok() {
      return error == null;
    }

    @Override
    public String toString() {
      return ok() ? "ok" : error;
    }
  }

  /** Makes a call; an exception outside the SDK's SwfException family is a failure of the fake. */
  <T> Outcome<T> call(Supplier<T> call) {
    try {
      return new Outcome<>(call.get(), null);
    } catch (SwfException e) {
      return new Outcome<>(null, e.awsErrorDetails().errorCode());
    } catch (RuntimeException e) {
      throw new AssertionError("the fake threw " + e + ", not an SwfException", e);
    }
  }

  /** Runs a step, then compares the whole observable state and checks the invariants. */
  void apply(Step step) {
    String before = fake.diagnostics();
    Outcome<?> outcome = step.run(this);
    if (!outcome.ok()) {
      check(fake.diagnostics().equals(before), "a rejected call (" + outcome.error + ") changed the fake's state");
    }
    observeEverything();
  }

  /** Fails unless the fake's outcome is the one the model expects. */
  void expect(Step step, String expectedError, Outcome<?> actual) {
    check(java.util.Objects.equals(expectedError, actual.error),
        step + ": the model expects " + (expectedError == null ? "success" : expectedError) + " but the fake gave "
            + actual);
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  static void checkEqual(Object expected, Object actual, String what) {
    if (!java.util.Objects.equals(expected, actual)) {
      throw new AssertionError(what + "\n  model: " + expected + "\n  fake:  " + actual);
    }
  }

  // ---------------------------------------------------------------- observation

  void observeEverything() {
    for (Model.Dom domain : model.domains.values()) {
      List<WorkflowExecutionInfo> open = listOpen(domain.name, 1000, false);
      List<WorkflowExecutionInfo> closed = listClosedByCloseTime(domain.name, 1000, false);
      checkEqual(Views.expectedOpen(model, domain.name, Long.MIN_VALUE, Long.MAX_VALUE, Views.Filter.NONE, null, false),
          Views.ids(open), "open executions of " + domain.name);
      checkEqual(Views.expectedClosed(model, domain.name, true, Long.MIN_VALUE, Long.MAX_VALUE, Views.Filter.NONE, null,
          false), Views.ids(closed), "closed executions of " + domain.name + " by close time");
      invariants(domain.name, open, closed);
      for (Model.Run run : model.runs) {
        if (run.domain.equals(domain.name) && run.visible()) {
          checkEqual(Views.describe(run), Views.describe(describe(run)), "description of " + run.workflowId + " "
              + run.runId);
          checkEqual(run.events, Views.events(history(domain.name, run.workflowId, run.runId, 1000, false)),
              "history of " + run.workflowId + " " + run.runId);
        }
      }
    }
  }

  private void invariants(String domain, List<WorkflowExecutionInfo> open, List<WorkflowExecutionInfo> closed) {
    Set<String> openIds = new HashSet<>();
    for (WorkflowExecutionInfo info : open) {
      check(openIds.add(info.execution().workflowId()), "two open runs of " + info.execution().workflowId());
    }
    for (WorkflowExecutionInfo info : closed) {
      check(!info.closeTimestamp().isBefore(info.startTimestamp()), "a run closed before it started: " + info);
    }
    int openCount = swf.countOpenWorkflowExecutions(r -> r.domain(domain)
        .startTimeFilter(f -> f.oldestDate(Instant.EPOCH))).count();
    check(openCount == open.size(), "the open count " + openCount + " differs from the listing's " + open.size());
    int closedCount = swf.countClosedWorkflowExecutions(r -> r.domain(domain)
        .closeTimeFilter(f -> f.oldestDate(Instant.EPOCH))).count();
    check(closedCount == closed.size(), "the closed count differs from the listing");
    List<String> reversed = new ArrayList<>(Views.ids(listOpen(domain, 1000, true)));
    java.util.Collections.reverse(reversed);
    checkEqual(Views.ids(open), reversed, "open executions in reverse, reversed");
    checkEqual(Views.ids(open), Views.ids(listOpen(domain, 2, false)), "open executions in pages of 2");
    for (WorkflowExecutionInfo info : open) {
      List<HistoryEvent> events = history(domain, info.execution().workflowId(), info.execution().runId(), 1000, false);
      for (int i = 0; i < events.size(); i++) {
        check(events.get(i).eventId() == i + 1, "event ids of " + info.execution() + " are not 1, 2, 3...");
      }
    }
  }

  List<WorkflowExecutionInfo> listOpen(String domain, int pageSize, boolean reverse) {
    return allPages(token -> swf.listOpenWorkflowExecutions(r -> r.domain(domain)
            .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).maximumPageSize(pageSize).reverseOrder(reverse)
            .nextPageToken(token)),
        ListOpenWorkflowExecutionsResponse::executionInfos, ListOpenWorkflowExecutionsResponse::nextPageToken);
  }

  List<WorkflowExecutionInfo> listClosedByCloseTime(String domain, int pageSize, boolean reverse) {
    return allPages(token -> swf.listClosedWorkflowExecutions(r -> r.domain(domain)
            .closeTimeFilter(f -> f.oldestDate(Instant.EPOCH)).maximumPageSize(pageSize).reverseOrder(reverse)
            .nextPageToken(token)),
        ListClosedWorkflowExecutionsResponse::executionInfos, ListClosedWorkflowExecutionsResponse::nextPageToken);
  }

  /** Follows a listing's page tokens to its end; a listing that goes on and on is a failure. */
  private static <R, T> List<T> allPages(
      Function<String, R> fetch, Function<R, List<T>> items, Function<R, String> nextToken) {
    List<T> all = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      R response = fetch.apply(token);
      all.addAll(items.apply(response));
      token = nextToken.apply(response);
      check(++pages < MAX_PAGES, "a listing that never ends: page after page");
    } while (token != null);
    return all;
  }

  DescribeWorkflowExecutionResponse describe(Model.Run run) {
    return swf.describeWorkflowExecution(r -> r.domain(run.domain)
        .execution(e -> e.workflowId(run.workflowId).runId(run.runId)));
  }

  List<HistoryEvent> history(String domain, String workflowId, String runId, int pageSize, boolean reverse) {
    return allPages(token -> swf.getWorkflowExecutionHistory(r -> r.domain(domain)
            .execution(e -> e.workflowId(workflowId).runId(runId)).maximumPageSize(pageSize).reverseOrder(reverse)
            .nextPageToken(token)),
        GetWorkflowExecutionHistoryResponse::events, GetWorkflowExecutionHistoryResponse::nextPageToken);
  }

}
