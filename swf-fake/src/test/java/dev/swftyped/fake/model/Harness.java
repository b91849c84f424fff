package dev.swftyped.fake.model;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * Runs steps against a fake and the model side by side. After every step it compares everything
 * the fake lets a client observe with what the model says (listings, counts, pending task counts,
 * every run's description and full history), and checks the invariants that hold whatever the
 * operations were.
 */
final class Harness {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  /** More pages than any listing of a scenario can have: a listing that goes on is a failure. */
  static final int MAX_PAGES = 500;
  /** The decision and activity task lists whose pending counts are compared after every step. */
  static final List<String> DECISION_LISTS = List.of("deciders", "other");
  static final List<String> ACTIVITY_LISTS = List.of("workers", "other");

  final FakeClock clock = FakeClock.at(START);
  final SwfFake fake;
  final SwfClient swf;
  final Model model = new Model(START.toEpochMilli());
  /** Every task a poll handed out, oldest first, with its token: steps pick them by age. */
  final List<Model.DecisionTask> decisionTasks = new ArrayList<>();
  final List<Model.ActivityTask> activityTasks = new ArrayList<>();
  /** The page tokens of decision tasks whose deciders read only the first page, oldest first. */
  final List<OpenPage> openPages = new ArrayList<>();

  /** A decision task's page token kept for later: the poll it came from, when, and the events still to read. */
  record OpenPage(String token, PollForDecisionTaskRequest request, Model.DecisionTask task, long issuedAt,
      List<String> rest) {}

  OpenPage openPage(int back) {
    return back < openPages.size() ? openPages.get(openPages.size() - 1 - back) : null;
  }

  /** How often each kind of step succeeded or failed with each error code, for the statistics. */
  final Map<String, Integer> outcomes = new HashMap<>();

  Harness() {
    // Polls with no task answer at once: a scenario runs in one thread.
    fake = SwfFake.builder().clock(clock).seed(11).pollTimeout(Duration.ZERO)
        .openActivityTaskLimit(Model.OPEN_ACTIVITIES).openTimerLimit(Model.OPEN_TIMERS)
        .openChildExecutionLimit(Model.OPEN_CHILDREN).build();
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

  static final Outcome<Void> NOTHING = new Outcome<>(null, null);
  /** What a step answers when it had nothing to do (its task does not exist): no call, nothing to compare. */
  static final Outcome<Void> SKIPPED = new Outcome<>(null, null);

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
    model.closedInStep.clear();
    Outcome<?> outcome = step.run(this);
    if (outcome == SKIPPED) {
      outcomes.merge(step.getClass().getSimpleName() + " skipped", 1, Integer::sum);
      return;
    }
    outcomes.merge(step.getClass().getSimpleName() + " " + outcome, 1, Integer::sum);
    // What a call made due at once (a zero-second timer or timeout) happens right after it (TM-2, TO-1).
    model.applyDue();
    if (!outcome.ok()) {
      check(fake.diagnostics().equals(before), "a rejected call (" + outcome.error + ") changed the fake's state");
    }
    observeEverything();
    tokensOfClosedRunsAreDead();
  }

  /** Fails unless the fake's outcome is the one the model expects. */
  void expect(Step step, String expectedError, Outcome<?> actual) {
    check(Objects.equals(expectedError, actual.error),
        step + ": the model expects " + (expectedError == null ? "success" : expectedError) + " but the fake gave "
            + actual);
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  static void checkEqual(Object expected, Object actual, String what) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(what + "\n  model: " + expected + "\n  fake:  " + actual);
    }
  }

  /** Compares two histories event by event, naming the first event that differs. */
  static void checkEvents(List<String> expected, List<String> actual, String what) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String model = i < expected.size() ? expected.get(i) : "(no event)";
      String fake = i < actual.size() ? actual.get(i) : "(no event)";
      if (!model.equals(fake)) {
        throw new AssertionError(what + " differ at event " + (i + 1) + "\n  model: " + model + "\n  fake:  " + fake
            + "\nthe model's history:\n    " + String.join("\n    ", expected)
            + "\nthe fake's history:\n    " + String.join("\n    ", actual));
      }
    }
  }

  // ---------------------------------------------------------------- tokens

  /** A token the fake never issued, well-formed base64. */
  static final String FOREIGN_TOKEN = "AAAAKgAAAAEAAAAAAAAAAZm9yZWlnbg==";

  /** The decision task handed out {@code back} polls ago, or null if there is none. */
  Model.DecisionTask decisionTask(int back) {
    return back < decisionTasks.size() ? decisionTasks.get(decisionTasks.size() - 1 - back) : null;
  }

  Model.ActivityTask activityTask(int back) {
    return back < activityTasks.size() ? activityTasks.get(activityTasks.size() - 1 - back) : null;
  }

  /**
   * TK-4: after a run closes, every token of its tasks is refused with UnknownResourceFault (a
   * heartbeat for activity tokens, an empty response for decision tokens; were one accepted, the
   * comparison after the next step would show what it changed).
   */
  private void tokensOfClosedRunsAreDead() {
    for (Model.Run run : model.closedInStep) {
      for (Model.ActivityTask task : activityTasks) {
        if (task.run() == run) {
          Outcome<?> outcome = call(() -> swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.token())));
          checkEqual("UnknownResourceFault", outcome.error, "a heartbeat with a token of " + run + ", which closed");
        }
      }
      for (Model.DecisionTask task : decisionTasks) {
        if (task.run() == run) {
          Outcome<?> outcome = call(() -> swf.respondDecisionTaskCompleted(r -> r.taskToken(task.token())));
          checkEqual("UnknownResourceFault", outcome.error, "a decision response with a token of " + run
              + ", which closed");
        }
      }
    }
  }

  // ---------------------------------------------------------------- observation

  /**
   * The fake's history of each kept run as last read in full, by run id. A history is read in full
   * again whenever the model's grows (and at the end of a scenario); in between, its last event is
   * read, which shows an event the fake added or lost, at the cost of one call.
   */
  private final Map<String, List<HistoryEvent>> histories = new HashMap<>();

  void observeEverything() {
    observe(false);
  }

  /** At the end of a scenario: everything, every history read in full again. */
  void finish() {
    observe(true);
  }

  private void observe(boolean full) {
    for (Model.Dom domain : model.domains.values()) {
      List<WorkflowExecutionInfo> open = listOpen(domain.name, 1000, false);
      List<WorkflowExecutionInfo> closed = listClosedByCloseTime(domain.name, 1000, false);
      checkEqual(Views.expectedOpen(model, domain.name, Long.MIN_VALUE, Long.MAX_VALUE, Views.Filter.NONE, null, false),
          Views.ids(open), "open executions of " + domain.name);
      checkEqual(Views.expectedClosed(model, domain.name, true, Long.MIN_VALUE, Long.MAX_VALUE, Views.Filter.NONE, null,
          false), Views.ids(closed), "closed executions of " + domain.name + " by close time");
      Map<String, Invariants.Kept> kept = new HashMap<>();
      for (Model.Run run : model.runs) {
        if (!run.domain.equals(domain.name)) {
          continue;
        }
        if (!run.visible()) {
          histories.remove(run.runId);
          continue;
        }
        checkEqual(Views.describe(run), Views.flatten(describe(run)), "description of " + run);
        List<HistoryEvent> history = histories.get(run.runId);
        if (full || history == null || history.size() != run.events.size()) {
          history = history(domain.name, run.workflowId, run.runId, 1000, false);
          checkEvents(Views.events(run), Views.events(history), "histories of " + run);
          Invariants.history(run.runId, history);
          histories.put(run.runId, history);
        } else {
          List<HistoryEvent> last = swf.getWorkflowExecutionHistory(r -> r.domain(domain.name)
              .execution(e -> e.workflowId(run.workflowId).runId(run.runId)).maximumPageSize(1).reverseOrder(true))
              .events();
          checkEqual(Views.events(run, run.events.size(), run.events.size(), false), Views.events(last),
              "the last event of " + run);
        }
        kept.put(run.runId, new Invariants.Kept(run.workflowId, history));
      }
      Invariants.links(kept);
      for (WorkflowExecutionInfo info : open) {
        Model.Run run = model.openRun(domain.name, info.execution().workflowId()).orElseThrow();
        checkEqual(Views.info(run), Views.flatten(info), "the listed info of " + run);
      }
      for (WorkflowExecutionInfo info : closed) {
        Model.Run run = model.runs.stream().filter(r -> r.runId.equals(info.execution().runId())).findFirst()
            .orElseThrow();
        checkEqual(Views.info(run), Views.flatten(info), "the listed info of " + run);
      }
      for (String list : DECISION_LISTS) {
        checkEqual(model.pendingDecisionTasks(domain.name, list), (long) swf.countPendingDecisionTasks(r -> r
            .domain(domain.name).taskList(t -> t.name(list))).count(), "pending decision tasks on " + list);
      }
      for (String list : ACTIVITY_LISTS) {
        checkEqual(model.pendingActivityTasks(domain.name, list), (long) swf.countPendingActivityTasks(r -> r
            .domain(domain.name).taskList(t -> t.name(list))).count(), "pending activity tasks on " + list);
      }
      invariants(domain.name, open, closed);
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
  }

  /** The open runs the fake has and the model does not know yet, by workflow id: runs a batch started. */
  Map<String, String> unknownOpenRuns(String domain) {
    Map<String, String> found = new HashMap<>();
    for (WorkflowExecutionInfo info : listOpen(domain, 1000, false)) {
      if (!model.knowsRun(info.execution().runId())) {
        found.put(info.execution().workflowId(), info.execution().runId());
      }
    }
    return found;
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
