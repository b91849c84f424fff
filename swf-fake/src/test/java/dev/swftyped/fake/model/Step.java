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
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * One operation of a generated scenario. Each step asks the model what SWF should do, makes the
 * call on the fake, checks that both agree, and brings the model along. {@code toString} is how the
 * step reads in a failure report.
 */
sealed interface Step {
  Outcome<?> run(Harness harness);

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
      String timeout, String input) implements Step {
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
      } else if (!type.withDefaults) {
        expected = "DefaultUndefinedFault";
      } else if (h.model.openRun(domain, workflowId).isPresent()) {
        expected = "WorkflowExecutionAlreadyStartedFault";
      } else {
        expected = null;
      }
      Outcome<String> outcome = h.call(() -> h.swf.startWorkflowExecution(r -> {
        r.domain(domain).workflowId(workflowId).workflowType(t -> t.name(typeName).version(typeVersion))
            .executionStartToCloseTimeout(timeout).input(input);
        if (!tags.isEmpty()) {
          r.tagList(tags);
        }
      }).runId());
      h.expect(this, expected, outcome);
      if (outcome.ok()) {
        h.model.start(dom.get(), workflowId, outcome.value(), type, timeout == null ? "3600" : timeout, tags, input);
      }
      return outcome;
    }

    private static boolean validExecutionTimeout(String timeout) {
      return timeout.matches("[0-9]{1,8}") && Long.parseLong(timeout) <= Model.ONE_YEAR_SECONDS;
    }

    @Override
    public String toString() {
      return "start " + workflowId + " of " + typeName + "/" + typeVersion + " in " + domain + " tags " + tags
          + (timeout == null ? "" : " timeout " + timeout) + (input == null ? "" : " input " + input);
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

  private static String runId(Harness h, String domain, String workflowId, RunRef ref) {
    switch (ref) {
      case NONE:
        return null;
      case LATEST:
        return h.model.latestRun(domain, workflowId).map(run -> run.runId).orElse(UNKNOWN_RUN_ID);
      default:
        return UNKNOWN_RUN_ID;
    }
  }

  record Signal(String domain, String workflowId, RunRef ref, String name, String input) implements Step {
    @Override
    public Outcome<?> run(Harness h) {
      Optional<Model.Run> target = targetIn(h, domain, workflowId, ref);
      String runId = runId(h, domain, workflowId, ref);
      Outcome<?> outcome = h.call(() -> h.swf.signalWorkflowExecution(r -> r.domain(domain).workflowId(workflowId)
          .runId(runId).signalName(name).input(input)));
      h.expect(this, target.isPresent() ? null : "UnknownResourceFault", outcome);
      target.ifPresent(run -> run.events.add(Model.event(h.model.now, "WorkflowExecutionSignaled",
          "name=" + name + " input=" + input)));
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
      String runId = runId(h, domain, workflowId, ref);
      Outcome<?> outcome = h.call(() -> h.swf.requestCancelWorkflowExecution(r -> r.domain(domain)
          .workflowId(workflowId).runId(runId)));
      h.expect(this, target.isPresent() ? null : "UnknownResourceFault", outcome);
      target.ifPresent(run -> {
        run.cancelRequested = true;
        run.events.add(Model.event(h.model.now, "WorkflowExecutionCancelRequested", ""));
      });
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
      String runId = runId(h, domain, workflowId, ref);
      Outcome<?> outcome = h.call(() -> h.swf.terminateWorkflowExecution(r -> r.domain(domain)
          .workflowId(workflowId).runId(runId).reason(reason).childPolicy(childPolicy)));
      h.expect(this, target.isPresent() ? null : "UnknownResourceFault", outcome);
      target.ifPresent(run -> h.model.close(run, "TERMINATED", h.model.now,
          "reason=" + reason + " childPolicy=" + (childPolicy == null ? "TERMINATE" : childPolicy)));
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
      return new Outcome<>(null, null);
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
        return new Outcome<>(null, null);
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
      return new Outcome<>(null, null);
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
        return new Outcome<>(null, null);
      }
      List<HistoryEvent> events = h.history(domain, workflowId, run.get().runId, pageSize, reverse);
      List<String> expected = new ArrayList<>(run.get().events);
      if (reverse) {
        java.util.Collections.reverse(expected);
      }
      checkEqual(expected, Views.events(events), "history of " + workflowId + " in pages of " + pageSize
          + (reverse ? ", newest first" : ""));
      return new Outcome<>(null, null);
    }

    @Override
    public String toString() {
      return "read the history of " + workflowId + " in " + domain + " " + pageSize + " events at a time"
          + (reverse ? ", newest first" : "");
    }
  }
}
