package dev.swftyped.fake.model;

import static dev.swftyped.fake.model.Harness.MAX_PAGES;
import static dev.swftyped.fake.model.Harness.check;
import static dev.swftyped.fake.model.Harness.checkEqual;

import dev.swftyped.fake.model.Harness.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.swf.model.CountClosedWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ExecutionTimeFilter;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * One operation of a generated scenario. Each step asks the model what SWF should do, makes the
 * call on the fake, checks that both agree, and brings the model along. {@code toString} is how the
 * step reads in a failure report.
 */
sealed interface Step {
  Outcome<?> run(Harness harness);

  /** Simpler versions of this step, for the shrinker: none by default. */
  default List<Step> simpler() {
    return List.of();
  }

  /** How a call names its run: no run id, the latest run's id, or an id SWF never gave. */
  enum RunRef {
    NONE,
    LATEST,
    UNKNOWN
  }

  String UNKNOWN_RUN_ID = "22unknownAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  // ---------------------------------------------------------------- domains and types

  record RegisterDomain(String name, String retention) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      String expected = !validRetention(retention) ? "ValidationException"
          : h.model.domains.containsKey(name) ? "DomainAlreadyExistsFault" : null;
      Outcome<?> outcome = h.call(() -> h.swf.registerDomain(r -> r.name(name)
          .workflowExecutionRetentionPeriodInDays(retention)));
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        h.model.domains.put(name, new Model.Dom(name, retention));
      }
      return outcome;
    }

    private static boolean validRetention(String retention) {
      return retention.equals("NONE") || (retention.matches("[0-9]{1,8}") && Long.parseLong(retention) <= 90);
    }

    @Override
    public String toString() {
      return "register domain " + name + " keeping closed runs " + retention + " days";
    }
  }

  record RegisterType(String domain, String name, String version, boolean withDefaults) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Dom> dom = h.model.domain(domain);
      String expected = dom.isEmpty() ? "UnknownResourceFault"
          : dom.get().deprecated ? "DomainDeprecatedFault"
          : dom.get().types.containsKey(name + "/" + version) ? "TypeAlreadyExistsFault" : null;
      Outcome<?> outcome = h.call(() -> h.swf.registerWorkflowType(r -> {
        r.domain(domain).name(name).version(version);
        if (withDefaults) {
          r.defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("3600")
              .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE");
        }
      }));
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        dom.get().types.put(name + "/" + version, new Model.Type(name, version, withDefaults));
      }
      return outcome;
    }

    @Override
    public String toString() {
      return "register type " + name + "/" + version + " in " + domain + (withDefaults ? " with" : " without")
          + " defaults";
    }
  }

  record DeprecateDomain(String domain) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Dom> dom = h.model.domain(domain);
      String expected = dom.isEmpty() ? "UnknownResourceFault" : dom.get().deprecated ? "DomainDeprecatedFault" : null;
      Outcome<?> outcome = h.call(() -> h.swf.deprecateDomain(r -> r.name(domain)));
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        dom.get().deprecated = true;
        dom.get().types.values().forEach(type -> type.deprecated = true);
        dom.get().activityTypes.values().forEach(type -> type.deprecated = true);
      }
      return outcome;
    }

    @Override
    public String toString() {
      return "deprecate domain " + domain;
    }
  }

  record DeprecateType(String domain, String name, String version) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Dom> dom = h.model.domain(domain);
      Model.Type type = dom.map(d -> d.types.get(name + "/" + version)).orElse(null);
      String expected = dom.isEmpty() || type == null ? "UnknownResourceFault"
          : type.deprecated ? "TypeDeprecatedFault" : null;
      Outcome<?> outcome = h.call(() -> h.swf.deprecateWorkflowType(r -> r.domain(domain)
          .workflowType(t -> t.name(name).version(version))));
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        type.deprecated = true;
      }
      return outcome;
    }

    @Override
    public String toString() {
      return "deprecate type " + name + "/" + version + " in " + domain;
    }
  }

  // ---------------------------------------------------------------- executions

  record Start(String domain, String workflowId, String typeName, String typeVersion, List<String> tags,
      String timeout, String input, String taskList, String taskTimeout, String priority, String childPolicy)
      implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Dom> dom = h.model.domain(domain);
      Model.Type type = dom.map(d -> d.types.get(typeName + "/" + typeVersion)).orElse(null);
      String expected;
      if (tags.size() > 5 || (timeout != null && !validExecutionTimeout(timeout))) {
        expected = "ValidationException";
      } else if (dom.isEmpty()) {
        expected = "UnknownResourceFault";
      } else if (dom.get().deprecated) {
        expected = "DomainDeprecatedFault";
      } else if (type == null) {
        expected = "UnknownResourceFault";
      } else if (type.deprecated) {
        expected = "TypeDeprecatedFault";
      } else if ((timeout == null && type.defaultExecutionTimeout() == null)
          || (taskList == null && type.defaultTaskList() == null)
          || (taskTimeout == null && type.defaultTaskTimeout() == null)
          || (childPolicy == null && type.defaultChildPolicy() == null)) {
        // each of the four: the request's, else the type's default, else the fault
        expected = "DefaultUndefinedFault";
      } else if (h.model.openRun(domain, workflowId).isPresent()) {
        expected = "WorkflowExecutionAlreadyStartedFault";
      } else {
        expected = null;
      }
      Outcome<String> outcome = h.call(() -> h.swf.startWorkflowExecution(r -> {
        r.domain(domain).workflowId(workflowId).workflowType(t -> t.name(typeName).version(typeVersion))
            .executionStartToCloseTimeout(timeout).input(input).taskStartToCloseTimeout(taskTimeout)
            .taskPriority(priority).childPolicy(childPolicy);
        if (taskList != null) {
          r.taskList(t -> t.name(taskList));
        }
        if (!tags.isEmpty()) {
          r.tagList(tags);
        }
      }).runId());
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        h.model.start(dom.get(), workflowId, outcome.value(), new Model.Config(typeName, typeVersion, input,
            timeout == null ? type.defaultExecutionTimeout() : timeout, taskTimeout == null ? type.defaultTaskTimeout()
            : taskTimeout, taskList == null ? type.defaultTaskList() : taskList,
            childPolicy == null ? type.defaultChildPolicy() : childPolicy, priority, tags), null, null, 0, null);
      }
      return outcome;
    }

    private static boolean validExecutionTimeout(String timeout) {
      return timeout.matches("[0-9]{1,8}") && Long.parseLong(timeout) <= Model.ONE_YEAR_SECONDS;
    }

    @Override
    public String toString() {
      return "start " + workflowId + " of " + typeName + "/" + typeVersion + " in " + domain + " tags " + tags
          + (timeout == null ? "" : " timeout " + timeout) + (input == null ? "" : " input " + input)
          + (taskList == null ? "" : " on " + taskList) + (taskTimeout == null ? "" : " task timeout " + taskTimeout)
          + (priority == null ? "" : " priority " + priority)
          + (childPolicy == null ? "" : " child policy " + childPolicy);
    }
  }

  /** The run a signal, cancel or terminate targets, as the model sees it, and the run id to send. */
  private static Optional<Model.Run> target(Harness h, String domain, String workflowId, RunRef ref) {
    switch (ref) {
      case NONE:
        return h.model.openRun(domain, workflowId);
      case LATEST:
        return h.model.latestRun(domain, workflowId).filter(run -> run.visible() && run.open());
      default:
        return Optional.empty();
    }
  }

  /** The run a call names, if its domain and the run exist in the model. */
  private static Optional<Model.Run> targetIn(Harness h, String domain, String workflowId, RunRef ref) {
    return h.model.domain(domain).isEmpty() ? Optional.empty() : target(h, domain, workflowId, ref);
  }

  /** The run id a call sends for a reference: none, the latest run's (open or not), or one SWF never gave. */
  static String runId(Model model, String domain, String workflowId, RunRef ref) {
    switch (ref) {
      case NONE:
        return null;
      case LATEST:
        return model.latestRun(domain, workflowId).map(run -> run.runId).orElse(UNKNOWN_RUN_ID);
      default:
        return UNKNOWN_RUN_ID;
    }
  }

  record Signal(String domain, String workflowId, RunRef ref, String name, String input) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Run> target = targetIn(h, domain, workflowId, ref);
      String runId = runId(h.model, domain, workflowId, ref);
      Outcome<?> outcome = h.call(() -> h.swf.signalWorkflowExecution(r -> r.domain(domain).workflowId(workflowId)
          .runId(runId).signalName(name).input(input)));
      h.expect(this, target.isPresent() ? null : "UnknownResourceFault", outcome);
      target.ifPresent(run -> h.model.signal(run, name, input));
      return outcome;
    }

    @Override
    public String toString() {
      return "signal " + name + " to " + workflowId + " (" + ref + " run) in " + domain
          + (input == null ? "" : " input " + input);
    }
  }

  record RequestCancel(String domain, String workflowId, RunRef ref) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Run> target = targetIn(h, domain, workflowId, ref);
      String runId = runId(h.model, domain, workflowId, ref);
      Outcome<?> outcome = h.call(() -> h.swf.requestCancelWorkflowExecution(r -> r.domain(domain)
          .workflowId(workflowId).runId(runId)));
      h.expect(this, target.isPresent() ? null : "UnknownResourceFault", outcome);
      target.ifPresent(run -> h.model.requestCancel(run));
      return outcome;
    }

    @Override
    public String toString() {
      return "request cancellation of " + workflowId + " (" + ref + " run) in " + domain;
    }
  }

  record Terminate(String domain, String workflowId, RunRef ref, String reason, String childPolicy) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Run> target = targetIn(h, domain, workflowId, ref);
      String runId = runId(h.model, domain, workflowId, ref);
      Outcome<?> outcome = h.call(() -> h.swf.terminateWorkflowExecution(r -> r.domain(domain)
          .workflowId(workflowId).runId(runId).reason(reason).childPolicy(childPolicy)));
      h.expect(this, target.isPresent() ? null : "UnknownResourceFault", outcome);
      target.ifPresent(run -> h.model.terminate(run, reason, childPolicy));
      return outcome;
    }

    @Override
    public String toString() {
      return "terminate " + workflowId + " (" + ref + " run) in " + domain + " because " + reason
          + (childPolicy == null ? "" : " with child policy " + childPolicy);
    }
  }

  record Advance(Duration duration) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      h.clock.advance(duration);
      h.model.advance(duration.toMillis());
      return Harness.NOTHING;
    }

    @Override
    public String toString() {
      return "advance the clock by " + duration;
    }
  }

  // ---------------------------------------------------------------- visibility

  /** Which time filters a query sends. */
  enum Time {
    START,
    CLOSE,
    NEITHER,
    BOTH
  }

  record Query(String domain, boolean closed, Time time, long oldest, Long latest, Views.Filter filter, String value,
      boolean secondFilter, boolean reverse, int pageSize, boolean count) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      String expected;
      if (!count && (pageSize < 0 || pageSize > 1000)) {
        expected = "ValidationException";
      } else if (closed ? time == Time.NEITHER || time == Time.BOTH : time != Time.START) {
        expected = "ValidationException";
      } else if (secondFilter) {
        expected = "ValidationException";
      } else if (h.model.domain(domain).isEmpty()) {
        expected = "UnknownResourceFault";
      } else {
        expected = null;
      }
      long latestMillis = latest == null ? Long.MAX_VALUE : latest;
      List<String> model = closed
          ? Views.expectedClosed(h.model, domain, time == Time.CLOSE, oldest, latestMillis, filter, value, reverse)
          : Views.expectedOpen(h.model, domain, oldest, latestMillis, filter, value, reverse);
      Outcome<List<String>> outcome = h.call(() -> count ? List.of(Integer.toString(count(h))) : pages(h));
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        checkEqual(count ? List.of(Integer.toString(model.size())) : model, outcome.value(), this.toString());
      }
      return outcome;
    }

    private ExecutionTimeFilter window() {
      return ExecutionTimeFilter.builder().oldestDate(Instant.ofEpochMilli(oldest))
          .latestDate(latest == null ? null : Instant.ofEpochMilli(latest)).build();
    }

    private int count(Harness h) {
      if (closed) {
        CountClosedWorkflowExecutionsRequest.Builder request = CountClosedWorkflowExecutionsRequest.builder()
            .domain(domain);
        times(request::startTimeFilter, request::closeTimeFilter);
        filters(request::executionFilter, request::typeFilter, request::tagFilter, request::closeStatusFilter);
        var response = h.swf.countClosedWorkflowExecutions(request.build());
        check(Boolean.FALSE.equals(response.truncated()), "a count without a threshold was truncated");
        return response.count();
      }
      CountOpenWorkflowExecutionsRequest.Builder request = CountOpenWorkflowExecutionsRequest.builder().domain(domain);
      times(request::startTimeFilter, ignored -> { });
      filters(request::executionFilter, request::typeFilter, request::tagFilter, ignored -> { });
      var response = h.swf.countOpenWorkflowExecutions(request.build());
      check(Boolean.FALSE.equals(response.truncated()), "a count without a threshold was truncated");
      return response.count();
    }

    /** Every page, checking that each but the last is full and that only they carry a token. */
    private List<String> pages(Harness h) {
      int limit = pageSize == 0 ? 1000 : pageSize;
      List<String> all = new ArrayList<>();
      String token = null;
      int pages = 0;
      do {
        List<WorkflowExecutionInfo> page;
        String next;
        if (closed) {
          ListClosedWorkflowExecutionsRequest.Builder request = ListClosedWorkflowExecutionsRequest.builder()
              .domain(domain).reverseOrder(reverse).maximumPageSize(pageSize).nextPageToken(token);
          times(request::startTimeFilter, request::closeTimeFilter);
          filters(request::executionFilter, request::typeFilter, request::tagFilter, request::closeStatusFilter);
          ListClosedWorkflowExecutionsResponse response = h.swf.listClosedWorkflowExecutions(request.build());
          page = response.executionInfos();
          next = response.nextPageToken();
        } else {
          ListOpenWorkflowExecutionsRequest.Builder request = ListOpenWorkflowExecutionsRequest.builder()
              .domain(domain).reverseOrder(reverse).maximumPageSize(pageSize).nextPageToken(token);
          times(request::startTimeFilter, ignored -> { });
          filters(request::executionFilter, request::typeFilter, request::tagFilter, ignored -> { });
          ListOpenWorkflowExecutionsResponse response = h.swf.listOpenWorkflowExecutions(request.build());
          page = response.executionInfos();
          next = response.nextPageToken();
        }
        check(page.size() <= limit, "a page of " + page.size() + " items for a page size of " + pageSize);
        check(next == null || page.size() == limit, "a page of " + page.size() + " of " + limit + " with a token");
        check(next != null || token == null || !page.isEmpty(), "an empty last page after a token");
        all.addAll(Views.ids(page));
        token = next;
        check(++pages < MAX_PAGES, "a listing that never ends: page after page");
    } while (token != null);
      check(new HashSet<>(all).size() == all.size(), "the pages repeat an execution: " + all);
      return all;
    }

    private void times(java.util.function.Consumer<ExecutionTimeFilter> start,
        java.util.function.Consumer<ExecutionTimeFilter> close) {
      if (time == Time.START || time == Time.BOTH) {
        start.accept(window());
      }
      if (time == Time.CLOSE || time == Time.BOTH) {
        close.accept(window());
      }
    }

    private void filters(java.util.function.Consumer<software.amazon.awssdk.services.swf.model.WorkflowExecutionFilter> id,
        java.util.function.Consumer<software.amazon.awssdk.services.swf.model.WorkflowTypeFilter> type,
        java.util.function.Consumer<software.amazon.awssdk.services.swf.model.TagFilter> tag,
        java.util.function.Consumer<software.amazon.awssdk.services.swf.model.CloseStatusFilter> status) {
      switch (filter) {
        case ID:
          id.accept(software.amazon.awssdk.services.swf.model.WorkflowExecutionFilter.builder().workflowId(value)
              .build());
          break;
        case TYPE_NAME:
          type.accept(software.amazon.awssdk.services.swf.model.WorkflowTypeFilter.builder().name(value).build());
          break;
        case TYPE_VERSION:
          type.accept(software.amazon.awssdk.services.swf.model.WorkflowTypeFilter.builder()
              .name(value.substring(0, value.indexOf('/'))).version(value.substring(value.indexOf('/') + 1)).build());
          break;
        case TAG:
          tag.accept(software.amazon.awssdk.services.swf.model.TagFilter.builder().tag(value).build());
          break;
        case CLOSE_STATUS:
          status.accept(software.amazon.awssdk.services.swf.model.CloseStatusFilter.builder().status(value).build());
          break;
        default:
          break;
      }
      if (secondFilter) {
        if (filter == Views.Filter.TAG) {
          id.accept(software.amazon.awssdk.services.swf.model.WorkflowExecutionFilter.builder().workflowId("w1")
              .build());
        } else {
          tag.accept(software.amazon.awssdk.services.swf.model.TagFilter.builder().tag("red").build());
        }
      }
    }

    @Override
    public String toString() {
      return (count ? "count " : "list ") + (closed ? "closed" : "open") + " in " + domain + " by " + time
          + " time from " + Instant.ofEpochMilli(oldest) + (latest == null ? "" : " to " + Instant.ofEpochMilli(latest))
          + (filter == Views.Filter.NONE ? "" : " where " + filter + " = " + value)
          + (secondFilter ? " and a second filter" : "") + (count ? "" : (reverse ? ", oldest first" : "")
          + ", pages of " + pageSize);
    }
  }

  /** Pages through open executions while new ones start between the pages. */
  record PagesWithStarts(String domain, int pageSize, boolean reverse, List<Start> starts) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      if (h.model.domain(domain).isEmpty()) {
        return Harness.NOTHING;
      }
      List<String> before = Views.expectedOpen(h.model, domain, Long.MIN_VALUE, Long.MAX_VALUE, Views.Filter.NONE,
          null, reverse);
      List<String> seen = new ArrayList<>();
      String token = null;
      int pages = 0;
      int started = 0;
      do {
        String page = token;
        ListOpenWorkflowExecutionsResponse response = h.swf.listOpenWorkflowExecutions(r -> r.domain(domain)
            .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).maximumPageSize(pageSize).reverseOrder(reverse)
            .nextPageToken(page));
        seen.addAll(Views.ids(response.executionInfos()));
        token = response.nextPageToken();
        if (started < starts.size()) {
          starts.get(started++).run(h);
        }
        check(++pages < MAX_PAGES, "a listing that never ends: page after page");
    } while (token != null);
      List<String> after = Views.expectedOpen(h.model, domain, Long.MIN_VALUE, Long.MAX_VALUE, Views.Filter.NONE,
          null, reverse);
      Set<String> throughout = new HashSet<>(before);
      throughout.retainAll(after);
      check(new HashSet<>(seen).size() == seen.size(), "pages with starts between them repeat an execution: " + seen);
      check(seen.containsAll(throughout), "pages with starts between them skipped an execution: saw " + seen
          + ", open throughout " + throughout);
      check(after.containsAll(seen) && isSubsequence(seen, after), "pages with starts between them are out of order: "
          + seen + " against " + after);
      return Harness.NOTHING;
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
      int at = 0;
      for (String item : whole) {
        if (at < part.size() && part.get(at).equals(item)) {
          at++;
        }
      }
      return at == part.size();
    }

    @Override
    public String toString() {
      return "page through open executions of " + domain + " " + pageSize + " at a time" + (reverse ? ", oldest first"
          : "") + ", starting between pages: " + starts;
    }
  }

  /** Reads a run's history in pages, in one order or the other. */
  record HistoryPages(String domain, String workflowId, int pageSize, boolean reverse) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Run> run = h.model.latestRun(domain, workflowId).filter(Model.Run::visible);
      if (run.isEmpty()) {
        return Harness.NOTHING;
      }
      List<HistoryEvent> events = h.history(domain, workflowId, run.get().runId, pageSize, reverse);
      Harness.checkEvents(Views.events(run.get(), 1, run.get().events.size(), reverse), Views.events(events),
          "histories of " + workflowId + " in pages of " + pageSize + (reverse ? ", newest first" : ""));
      return Harness.NOTHING;
    }

    @Override
    public String toString() {
      return "read the history of " + workflowId + " in " + domain + " " + pageSize + " events at a time"
          + (reverse ? ", newest first" : "");
    }
  }

  // ---------------------------------------------------------------- activity types

  record RegisterActivityType(String domain, String name, String version, boolean withDefaults) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Dom> dom = h.model.domain(domain);
      String expected = dom.isEmpty() ? "UnknownResourceFault"
          : dom.get().deprecated ? "DomainDeprecatedFault"
          : dom.get().activityTypes.containsKey(name + "/" + version) ? "TypeAlreadyExistsFault" : null;
      Model.ActivityType type = new Model.ActivityType(name, version, withDefaults);
      Outcome<?> outcome = h.call(() -> h.swf.registerActivityType(r -> {
        r.domain(domain).name(name).version(version);
        if (withDefaults) {
          r.defaultTaskList(t -> t.name(type.defaultTaskList()))
              .defaultTaskScheduleToStartTimeout(type.defaultScheduleToStart())
              .defaultTaskScheduleToCloseTimeout(type.defaultScheduleToClose())
              .defaultTaskStartToCloseTimeout(type.defaultStartToClose())
              .defaultTaskHeartbeatTimeout(type.defaultHeartbeat()).defaultTaskPriority(type.defaultPriority());
        }
      }));
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        dom.get().activityTypes.put(name + "/" + version, type);
      }
      return outcome;
    }

    @Override
    public String toString() {
      return "register activity type " + name + "/" + version + " in " + domain + (withDefaults ? " with" : " without")
          + " defaults";
    }
  }

  record DeprecateActivityType(String domain, String name, String version) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Dom> dom = h.model.domain(domain);
      Model.ActivityType type = dom.map(d -> d.activityTypes.get(name + "/" + version)).orElse(null);
      String expected = type == null ? "UnknownResourceFault" : type.deprecated ? "TypeDeprecatedFault" : null;
      Outcome<?> outcome = h.call(() -> h.swf.deprecateActivityType(r -> r.domain(domain)
          .activityType(t -> t.name(name).version(version))));
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        type.deprecated = true;
      }
      return outcome;
    }

    @Override
    public String toString() {
      return "deprecate activity type " + name + "/" + version + " in " + domain;
    }
  }

  // ---------------------------------------------------------------- deciders

  /** How a decider reads a decision task's pages: all at once, with a signal between two, or the first only. */
  enum Paging {
    ALL,
    SIGNAL_BETWEEN,
    FIRST_ONLY
  }

  /**
   * A decider polls a decision task list and reads the task's history page by page (PD-2 to PD-6,
   * PG-1 to PG-4, PG-6), perhaps while a signal arrives between two pages (PG-3, DT-3), or keeps the
   * rest for later ({@link MorePages}).
   */
  record PollDecision(String domain, String taskList, String identity, int pageSize, boolean reverse,
      boolean fromPrevious, Paging paging) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      String expected = h.model.domain(domain).isEmpty() ? "UnknownResourceFault" : null;
      Optional<Model.Run> next = expected != null ? Optional.empty() : h.model.nextDecisionTask(domain, taskList);
      Outcome<PollForDecisionTaskResponse> first = h.call(() -> h.swf.pollForDecisionTask(request()));
      h.expect(this, expected, first);
      if (!first.ok()) {
        return first;
      }
      PollForDecisionTaskResponse page = first.value();
      if (next.isEmpty()) {
        checkEqual(Model.attrs("previousStartedEventId", 0L, "startedEventId", 0L), Views.flatten(page),
            this + ": the empty decision task (PD-6)");
        return first;
      }
      Model.Run run = next.get();
      long started = h.model.startDecisionTask(run, identity);
      check(page.taskToken() != null, this + ": a decision task without a token");
      Model.DecisionTask task = new Model.DecisionTask(page.taskToken(), run, run.startedScheduledId, started);
      h.decisionTasks.add(task);
      long from = fromPrevious && run.previousStartedId > 0 ? run.previousStartedId : 1;
      List<String> expectedEvents = Views.events(run, from, started, reverse);
      List<String> seen = new ArrayList<>();
      String nextPage = readPage(h, this, task, page, pageSize, seen);
      while (nextPage != null) {
        if (paging == Paging.FIRST_ONLY) {
          Harness.checkEvents(expectedEvents.subList(0, seen.size()), seen, this + ": the first page of " + run
              + "'s decision task");
          h.openPages.add(new Harness.OpenPage(nextPage, request(), task, h.model.now,
              List.copyOf(expectedEvents.subList(seen.size(), expectedEvents.size()))));
          return first;
        }
        if (paging == Paging.SIGNAL_BETWEEN && seen.size() <= Math.max(pageSize, 1)) {
          h.swf.signalWorkflowExecution(r -> r.domain(domain).workflowId(run.workflowId).runId(run.runId)
              .signalName("between"));
          h.model.signal(run, "between", null);
        }
        String token = nextPage;
        Outcome<PollForDecisionTaskResponse> more = h.call(() -> h.swf.pollForDecisionTask(request().toBuilder()
            .nextPageToken(token).build()));
        h.expect(this, null, more);
        nextPage = readPage(h, this, task, more.value(), pageSize, seen);
      }
      Harness.checkEvents(expectedEvents, seen, this + ": the events of " + run + "'s decision task (PG-2, PG-3, PG-6)");
      return first;
    }

    private PollForDecisionTaskRequest request() {
      return PollForDecisionTaskRequest.builder().domain(domain).taskList(t -> t.name(taskList)).identity(identity)
          .maximumPageSize(pageSize).reverseOrder(reverse).startAtPreviousStartedEvent(fromPrevious).build();
    }

    @Override
    public String toString() {
      return "poll for a decision task on " + taskList + " in " + domain + (identity == null ? "" : " as " + identity)
          + ", pages of " + pageSize + (reverse ? ", newest first" : "") + (fromPrevious ? ", from the previous task" : "")
          + (paging == Paging.SIGNAL_BETWEEN ? ", with a signal between pages"
              : paging == Paging.FIRST_ONLY ? ", the first page only" : "");
    }
  }

  /**
   * Checks one page of a decision task (PD-4; PG-4: every page is the same task, with the same
   * token) and adds its events to those seen; returns the page's next page token.
   */
  private static String readPage(Harness h, Step step, Model.DecisionTask task, PollForDecisionTaskResponse page,
      int pageSize, List<String> seen) {
    Model.Run run = task.run();
    Map<String, Object> got = Views.flatten(page);
    got.keySet().removeAll(List.of("taskToken", "events", "nextPageToken"));
    checkEqual(Model.attrs("previousStartedEventId", run.previousStartedId, "startedEventId", task.startedId(),
        "workflowExecution", Model.execution(run), "workflowType", Model.type(run.typeName, run.typeVersion)), got,
        step + ": a page of " + run + "'s decision task (PD-4, PG-4)");
    checkEqual(task.token(), page.taskToken(), step + ": the token of a page (PG-4)");
    int limit = pageSize == 0 ? 1000 : pageSize;
    check(page.events().size() <= limit, step + ": a page of " + page.events().size() + " events");
    check(page.nextPageToken() == null || !page.events().isEmpty(), step + ": an empty page with a token");
    seen.addAll(Views.events(page.events()));
    check(seen.size() < 10 * MAX_PAGES, "a decision task whose pages never end");
    return page.nextPageToken();
  }

  /** What a decider does with a page token it kept. */
  enum PageUse {
    SAME_QUERY,
    OTHER_QUERY,
    HISTORY
  }

  /**
   * A decider reads the rest of a decision task with the page token it kept ({@code back} tokens
   * ago): the same task, if it is still started and the token is at most 60 s old (PG-4, PG-5,
   * Q-4); with another query, or with GetWorkflowExecutionHistory, the token is invalid (PG-5).
   */
  record MorePages(int back, PageUse use) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Harness.OpenPage open = h.openPage(back);
      if (open == null || (use == PageUse.HISTORY && !open.task().run().visible())) {
        return Harness.SKIPPED;
      }
      Model.DecisionTask task = open.task();
      String expected = use != PageUse.SAME_QUERY ? "ValidationException"
          : h.model.now - open.issuedAt() > 60 * Model.SECOND ? "ValidationException"
          : !Model.live(task) ? "UnknownResourceFault"
          : null;
      PollForDecisionTaskRequest request = open.request().toBuilder().nextPageToken(open.token()).build();
      Model.Run run = task.run();
      Outcome<?> outcome;
      if (use == PageUse.HISTORY) {
        outcome = h.call(() -> h.swf.getWorkflowExecutionHistory(r -> r.domain(run.domain)
            .execution(e -> e.workflowId(run.workflowId).runId(run.runId)).nextPageToken(open.token())));
        h.expect(this, expected, outcome);
        return outcome;
      }
      PollForDecisionTaskRequest sent = use == PageUse.SAME_QUERY ? request
          : request.toBuilder().reverseOrder(!Boolean.TRUE.equals(request.reverseOrder())).build();
      Outcome<PollForDecisionTaskResponse> page = h.call(() -> h.swf.pollForDecisionTask(sent));
      h.expect(this, expected, page);
      if (!page.ok()) {
        return page;
      }
      int pageSize = request.maximumPageSize() == null ? 0 : request.maximumPageSize();
      List<String> seen = new ArrayList<>();
      String nextPage = readPage(h, this, task, page.value(), pageSize, seen);
      while (nextPage != null) {
        String token = nextPage;
        Outcome<PollForDecisionTaskResponse> more = h.call(() -> h.swf.pollForDecisionTask(request.toBuilder()
            .nextPageToken(token).build()));
        h.expect(this, null, more);
        nextPage = readPage(h, this, task, more.value(), pageSize, seen);
      }
      Harness.checkEvents(open.rest(), seen, this + ": the rest of " + run + "'s decision task (PG-4)");
      return page;
    }

    @Override
    public String toString() {
      String page = back == 0 ? "the latest page token kept" : "the page token kept " + back + " before the latest";
      switch (use) {
        case SAME_QUERY:
          return "read the rest of a decision task with " + page;
        case OTHER_QUERY:
          return "read the rest of a decision task with " + page + ", in the other order";
        default:
          return "read a history with " + page;
      }
    }
  }

  /** An API signal to the run of the decision task handed out {@code back} polls ago, while its decider works (DT-3). */
  record SignalTask(int back) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Model.DecisionTask task = h.decisionTask(back);
      if (task == null) {
        return Harness.SKIPPED;
      }
      Model.Run run = task.run();
      String expected = run.visible() && run.open() ? null : "UnknownResourceFault";
      Outcome<?> outcome = h.call(() -> h.swf.signalWorkflowExecution(r -> r.domain(run.domain)
          .workflowId(run.workflowId).runId(run.runId).signalName("meanwhile")));
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        h.model.signal(run, "meanwhile", null);
      }
      return outcome;
    }

    @Override
    public String toString() {
      return "signal meanwhile to the run of " + (back == 0 ? "the latest decision task" : "the decision task " + back
          + " back");
    }
  }

  /**
   * Whether a step that names a task has none to name: no poll has handed out that many tasks of
   * its kind. Such a step is skipped (a token SWF never gave is sent only on purpose, with the
   * token of the other kind).
   */
  private static boolean nothingToName(Harness h, int back, boolean wrongKind, boolean decision) {
    return !wrongKind && (decision ? h.decisionTask(back) == null : h.activityTask(back) == null);
  }

  /** The token a step sends: of the task handed out {@code back} polls ago, of the other kind, or one SWF never gave. */
  private static String token(Harness h, int back, boolean wrongKind, boolean decision) {
    if (decision != wrongKind) {
      Model.DecisionTask task = h.decisionTask(back);
      return task == null ? Harness.FOREIGN_TOKEN : task.token();
    }
    Model.ActivityTask task = h.activityTask(back);
    return task == null ? Harness.FOREIGN_TOKEN : task.token();
  }

  /**
   * A decider answers a decision task (the one handed out {@code back} polls ago) with a batch of
   * decisions: RD-1 to RD-9, section 6, sections 9 to 11.
   */
  record Decide(int back, boolean wrongKind, List<DecisionSpec> decisions, String executionContext) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      if (nothingToName(h, back, wrongKind, true)) {
        return Harness.SKIPPED;
      }
      Model.DecisionTask task = wrongKind ? null : h.decisionTask(back);
      String token = token(h, back, wrongKind, true);
      String domain = task != null ? task.run().domain : "d1";
      List<DecisionSpec> sent = decisions.stream().map(d -> d.resolve(h.model, domain)).toList();
      String expected = expectedError(task, sent);
      Outcome<?> outcome = h.call(() -> h.swf.respondDecisionTaskCompleted(r -> r.taskToken(token)
          .decisions(sent.stream().map(DecisionSpec::toSdk).toList()).executionContext(executionContext)));
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        h.model.newRunIds.clear();
        h.model.newRunIds.putAll(h.unknownOpenRuns(domain));
        h.model.respond(task.run(), sent, executionContext);
      }
      return outcome;
    }

    /** The same answer without one of its decisions, or without its execution context. */
    @Override
    public List<Step> simpler() {
      List<Step> simpler = new ArrayList<>();
      for (int i = 0; i < decisions.size(); i++) {
        List<DecisionSpec> fewer = new ArrayList<>(decisions);
        fewer.remove(i);
        simpler.add(new Decide(back, wrongKind, fewer, executionContext));
      }
      if (executionContext != null) {
        simpler.add(new Decide(back, wrongKind, decisions, null));
      }
      return simpler;
    }

    /**
     * The order of checks: the service model's constraints (TK-3), the token (TK-3, RD-1), then the
     * batch: a closing decision only last (RD-2.3), SWF's own rules (RD-2.4).
     */
    private static String expectedError(Model.DecisionTask task, List<DecisionSpec> decisions) {
      if (decisions.stream().anyMatch(DecisionSpec::breaksModel)) {
        return "ValidationException";
      }
      if (task == null) {
        return "ValidationException";
      }
      if (!Model.live(task)) {
        return "UnknownResourceFault";
      }
      return breaksBatchRules(decisions) ? "ValidationException" : null;
    }

    /** RD-2.3 (a closing decision only last) and RD-2.4 (SWF's own rules). */
    private static boolean breaksBatchRules(List<DecisionSpec> decisions) {
      for (int i = 0; i < decisions.size() - 1; i++) {
        if (decisions.get(i).closing()) {
          return true;
        }
      }
      return decisions.stream().anyMatch(DecisionSpec::breaksRules);
    }

    @Override
    public String toString() {
      return "answer " + (wrongKind ? "with the token of the activity task " + back + " back"
          : back == 0 ? "the latest decision task" : "the decision task " + back + " back")
          + (executionContext == null ? "" : " with context " + executionContext) + ": "
          + (decisions.isEmpty() ? "no decisions" : decisions);
    }
  }

  // ---------------------------------------------------------------- activity workers

  /** A worker polls an activity task list (AT-1 to AT-3). */
  record PollActivity(String domain, String taskList, String identity) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      String expected = h.model.domain(domain).isEmpty() ? "UnknownResourceFault" : null;
      Optional<Model.Activity> next = expected != null ? Optional.empty() : h.model.nextActivityTask(domain, taskList);
      Outcome<PollForActivityTaskResponse> outcome = h.call(() -> h.swf.pollForActivityTask(r -> r.domain(domain)
          .taskList(t -> t.name(taskList)).identity(identity)));
      h.expect(this, expected, outcome);
      if (!outcome.ok()) {
        return outcome;
      }
      Map<String, Object> got = Views.flatten(outcome.value());
      if (next.isEmpty()) {
        checkEqual(Model.attrs("startedEventId", 0L), got, this + ": the empty activity task (AT-3)");
        return outcome;
      }
      Model.Activity a = next.get();
      Model.Run run = h.model.runOf(a);
      long started = h.model.startActivityTask(a, identity);
      String token = outcome.value().taskToken();
      check(token != null, this + ": an activity task without a token");
      got.remove("taskToken");
      checkEqual(Model.attrs("activityId", a.activityId, "activityType", Model.type(a.typeName, a.typeVersion),
          "input", a.input, "startedEventId", started, "workflowExecution", Model.execution(run)), got,
          this + ": the activity task (AT-2)");
      h.activityTasks.add(new Model.ActivityTask(token, run, a.scheduledId, started, a.activityId));
      return outcome;
    }

    @Override
    public String toString() {
      return "poll for an activity task on " + taskList + " in " + domain + (identity == null ? "" : " as " + identity);
    }
  }

  /** How a worker finishes an activity task. */
  enum How {
    COMPLETE,
    FAIL,
    CANCEL
  }

  /** A worker answers the activity task handed out {@code back} polls ago (AT-4 to AT-6, AT-9, TK-3). */
  record FinishActivity(int back, boolean wrongKind, How how, String first, String second) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      if (nothingToName(h, back, wrongKind, false)) {
        return Harness.SKIPPED;
      }
      Model.ActivityTask task = wrongKind ? null : h.activityTask(back);
      String token = token(h, back, wrongKind, false);
      String expected = task == null ? "ValidationException" : !Model.live(task) ? "UnknownResourceFault" : null;
      Outcome<?> outcome = h.call(() -> {
        switch (how) {
          case COMPLETE:
            return h.swf.respondActivityTaskCompleted(r -> r.taskToken(token).result(first));
          case FAIL:
            return h.swf.respondActivityTaskFailed(r -> r.taskToken(token).reason(first).details(second));
          default:
            return h.swf.respondActivityTaskCanceled(r -> r.taskToken(token).details(first));
        }
      });
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        switch (how) {
          case COMPLETE:
            h.model.completeActivity(task, first);
            break;
          case FAIL:
            h.model.failActivity(task, first, second);
            break;
          default:
            h.model.cancelActivity(task, first);
            break;
        }
      }
      return outcome;
    }

    @Override
    public String toString() {
      String task = wrongKind ? "with the token of the decision task " + back + " back"
          : back == 0 ? "the latest activity task" : "the activity task " + back + " back";
      switch (how) {
        case COMPLETE:
          return "complete " + task + (first == null ? "" : " with " + first);
        case FAIL:
          return "fail " + task + (first == null ? "" : " because " + first) + (second == null ? "" : " details " + second);
        default:
          return "report " + task + " canceled" + (first == null ? "" : " details " + first);
      }
    }
  }

  /** A worker's heartbeat (AT-7). */
  record Heartbeat(int back, String details) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      if (nothingToName(h, back, false, false)) {
        return Harness.SKIPPED;
      }
      Model.ActivityTask task = h.activityTask(back);
      String token = token(h, back, false, false);
      String expected = task == null ? "ValidationException" : !Model.live(task) ? "UnknownResourceFault" : null;
      Outcome<Boolean> outcome = h.call(() -> h.swf.recordActivityTaskHeartbeat(r -> r.taskToken(token)
          .details(details)).cancelRequested());
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        checkEqual(h.model.heartbeat(task, details), outcome.value(), this + ": cancelRequested (AT-7)");
      }
      return outcome;
    }

    @Override
    public String toString() {
      return "heartbeat " + (back == 0 ? "the latest activity task" : "the activity task " + back + " back")
          + (details == null ? "" : " details " + details);
    }
  }
}
