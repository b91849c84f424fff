package dev.swftyped;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.CountClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.ListActivityTypesResponse;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ListDomainsResponse;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ListWorkflowTypesResponse;
import software.amazon.awssdk.services.swf.model.CountPendingActivityTasksResponse;
import software.amazon.awssdk.services.swf.model.CountPendingDecisionTasksResponse;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.RecordActivityTaskHeartbeatResponse;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;

/**
 * Typed operations on Amazon SWF executions, their histories, domains, workflow types, activity
 * types, and decision and activity tasks, over an SDK {@link SwfClient}.
 *
 * <p>Each operation makes exactly one SDK call (listings one per page, a decision task's history
 * one per further page) and maps its typed
 * arguments to the request and the response back to typed values. Exceptions from the SDK, such as
 * {@code UnknownResourceException}, pass through unchanged; arguments that SWF would reject for
 * their form (a workflow id containing {@code :}, say) throw {@link IllegalArgumentException}
 * before any call is made.
 *
 * <p>Listings are lazy streams: no page is fetched before one of its items is needed, so SDK
 * exceptions from a listing surface when the stream is consumed. Listings and counts without a
 * time window cover the last 90 days on this object's {@link #clock()}.
 *
 * <p>Polls answer an empty {@code Optional} when SWF had no task to give (its answer then has no
 * task token). {@link DeciderWorker} and {@link ActivityWorker} run deciders and activity handlers
 * in polling threads on top of these operations.
 *
 * <p>Instances are immutable and thread-safe when the client is.
 */
public final class SwfTyped {
  /** The window listings and counts use when the query gives none. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

  private final SwfClient client;
  private final Clock clock;
  private final System.Logger log;

  SwfTyped(SwfClient client, Clock clock, System.Logger log) {
    this.client = Check.notNull("client", client);
    this.clock = Check.notNull("clock", clock);
    this.log = log;
  }

  private SwfTyped(SwfClient client, Clock clock) {
    this(client, clock, System.getLogger(SwfTyped.class.getName()));
  }

  /**
   * Returns the typed operations over the given client, with the system UTC clock.
   *
   * @param client the SDK client to call
   * @return the typed operations
   */
  public static SwfTyped create(SwfClient client) {
    return new SwfTyped(client, Clock.systemUTC());
  }

  /**
   * Returns the typed operations over the given client, with the given clock for default time
   * windows.
   *
   * @param client the SDK client to call
   * @param clock the clock that default time windows are measured on
   * @return the typed operations
   */
  public static SwfTyped create(SwfClient client, Clock clock) {
    return new SwfTyped(client, clock);
  }

  /**
   * {@return the SDK client this object calls}
   */
  public SwfClient client() {
    return client;
  }

  /**
   * {@return the clock that default time windows are measured on}
   */
  public Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------- executions

  /**
   * Starts an execution with the workflow type's defaults, no input and no tags.
   *
   * @param domain the domain
   * @param workflow the workflow type
   * @param execution the new execution's workflow id
   * @return the started run
   */
  public ExecutionId startExecution(String domain, WorkflowId workflow, CurrentExecutionId execution) {
    return startExecution(domain, workflow, execution, StartOptions.defaults());
  }

  /**
   * Starts an execution.
   *
   * @param domain the domain
   * @param workflow the workflow type
   * @param execution the new execution's workflow id
   * @param options its input, tags and the settings that override the workflow type's defaults
   * @return the started run
   */
  public ExecutionId startExecution(
      String domain, WorkflowId workflow, CurrentExecutionId execution, StartOptions options) {
    checkDomain(domain);
    Check.notNull("workflow", workflow);
    Check.notNull("execution", execution);
    Check.notNull("options", options);
    PartialExecutionConfiguration configuration = options.configuration();
    StartWorkflowExecutionRequest.Builder request = StartWorkflowExecutionRequest.builder()
        .domain(domain)
        .workflowId(execution.id())
        .workflowType(Sdk.workflowType(workflow))
        .input(options.input().orElse(null))
        .executionStartToCloseTimeout(configuration.timeout().map(Timeout::wireValue).orElse(null))
        .taskStartToCloseTimeout(configuration.decisionTaskTimeout().map(Timeout::wireValue).orElse(null))
        .taskList(configuration.decisionTaskList().map(Sdk::taskList).orElse(null))
        .childPolicy(configuration.childExecutionPolicy().map(ChildExecutionTerminationPolicy::childPolicy).orElse(null))
        .lambdaRole(configuration.lambdaRole().orElse(null));
    configuration.decisionTaskPriority().ifPresent(priority -> request.taskPriority(Integer.toString(priority)));
    if (!options.tags().isEmpty()) {
      request.tagList(options.tags());
    }
    String runId = client.startWorkflowExecution(request.build()).runId();
    return new ExecutionId(execution.id(), runId);
  }

  /**
   * Sends a signal without input to an execution.
   *
   * @param domain the domain
   * @param execution the execution: its current run, or one run
   * @param signal the signal's name, 1 to 256 characters
   */
  public void signalExecution(String domain, ExecutionTarget execution, String signal) {
    signal(domain, execution, signal, Optional.empty());
  }

  /**
   * Sends a signal with input to an execution.
   *
   * @param domain the domain
   * @param execution the execution: its current run, or one run
   * @param signal the signal's name, 1 to 256 characters
   * @param input the signal's input, at most 32,768 characters
   */
  public void signalExecution(String domain, ExecutionTarget execution, String signal, String input) {
    signal(domain, execution, signal, Optional.of(Check.length("input", input, 0, 32768)));
  }

  private void signal(String domain, ExecutionTarget execution, String signal, Optional<String> input) {
    checkDomain(domain);
    Check.notNull("execution", execution);
    Check.length("signal name", signal, 1, 256);
    client.signalWorkflowExecution(request -> request
        .domain(domain)
        .workflowId(execution.id())
        .runId(execution.targetRunId().orElse(null))
        .signalName(signal)
        .input(input.orElse(null)));
  }

  /**
   * Requests the cancellation of an execution; its decider decides what to do.
   *
   * @param domain the domain
   * @param execution the execution: its current run, or one run
   */
  public void requestCancelExecution(String domain, ExecutionTarget execution) {
    checkDomain(domain);
    Check.notNull("execution", execution);
    client.requestCancelWorkflowExecution(request -> request
        .domain(domain)
        .workflowId(execution.id())
        .runId(execution.targetRunId().orElse(null)));
  }

  /**
   * Terminates an execution at once, with no reason or details and its own child policy.
   *
   * @param domain the domain
   * @param execution the execution: its current run, or one run
   */
  public void terminateExecution(String domain, ExecutionTarget execution) {
    terminateExecution(domain, execution, TerminateOptions.defaults());
  }

  /**
   * Terminates an execution at once.
   *
   * @param domain the domain
   * @param execution the execution: its current run, or one run
   * @param options the reason, details and child policy
   */
  public void terminateExecution(String domain, ExecutionTarget execution, TerminateOptions options) {
    checkDomain(domain);
    Check.notNull("execution", execution);
    Check.notNull("options", options);
    client.terminateWorkflowExecution(request -> request
        .domain(domain)
        .workflowId(execution.id())
        .runId(execution.targetRunId().orElse(null))
        .reason(options.reason().orElse(null))
        .details(options.details().orElse(null))
        .childPolicy(options.childExecutionPolicy().map(ChildExecutionTerminationPolicy::childPolicy).orElse(null)));
  }

  /**
   * Describes one run.
   *
   * @param domain the domain
   * @param execution the run
   * @return its information, configuration and open counts
   */
  public ExecutionDetails describeExecution(String domain, ExecutionId execution) {
    checkDomain(domain);
    Check.notNull("execution", execution);
    return Sdk.executionDetails(client.describeWorkflowExecution(request -> request
        .domain(domain)
        .execution(Sdk.execution(execution))));
  }

  /**
   * Lists the history of one run, oldest event first.
   *
   * @param domain the domain
   * @param execution the run
   * @return its events, fetched lazily page by page
   */
  public Stream<Event> listHistory(String domain, ExecutionId execution) {
    return listHistory(domain, execution, ListOptions.defaults());
  }

  /**
   * Lists the history of one run.
   *
   * @param domain the domain
   * @param execution the run
   * @param options the order (oldest event first unless reversed) and page size
   * @return its events, fetched lazily page by page
   */
  public Stream<Event> listHistory(String domain, ExecutionId execution, ListOptions options) {
    checkDomain(domain);
    Check.notNull("execution", execution);
    Check.notNull("options", options);
    WorkflowExecution run = Sdk.execution(execution);
    return Pages.stream(token -> {
      GetWorkflowExecutionHistoryResponse page = client.getWorkflowExecutionHistory(request -> request
          .domain(domain)
          .execution(run)
          .reverseOrder(options.reverseOrder() ? Boolean.TRUE : null)
          .maximumPageSize(options.pageSize() > 0 ? options.pageSize() : null)
          .nextPageToken(token.orElse(null)));
      return new Pages.Page<>(page.events().stream().map(Event::of).toList(), token(page.nextPageToken()));
    });
  }

  /**
   * Returns the latest event of one run's history, fetched alone (newest first, one event per page).
   *
   * @param domain the domain
   * @param execution the run
   * @return its latest event
   * @throws IllegalStateException if SWF returns no event
   */
  public Event lastHistoryEvent(String domain, ExecutionId execution) {
    checkDomain(domain);
    Check.notNull("execution", execution);
    GetWorkflowExecutionHistoryResponse page = client.getWorkflowExecutionHistory(request -> request
        .domain(domain)
        .execution(Sdk.execution(execution))
        .reverseOrder(true)
        .maximumPageSize(1));
    if (page.events().isEmpty()) {
      throw new IllegalStateException("SWF returned no history event for " + execution);
    }
    return Event.of(page.events().get(0));
  }

  /**
   * Counts the open executions started in the last 90 days.
   *
   * @param domain the domain
   * @return the count, and whether SWF truncated it
   */
  public ExecutionCount countOpenExecutions(String domain) {
    return countOpenExecutions(domain, OpenExecutionQuery.defaults());
  }

  /**
   * Counts the open executions that match a query. A truncated count is logged as a warning.
   *
   * @param domain the domain
   * @param query the start-time window and property filter
   * @return the count, and whether SWF truncated it
   */
  public ExecutionCount countOpenExecutions(String domain, OpenExecutionQuery query) {
    checkDomain(domain);
    Sdk.Filters filters = openFilters(query);
    CountOpenWorkflowExecutionsResponse response = client.countOpenWorkflowExecutions(request -> request
        .domain(domain)
        .startTimeFilter(filters.startTime())
        .executionFilter(filters.execution())
        .typeFilter(filters.type())
        .tagFilter(filters.tag()));
    return count("open", domain, response.count(), response.truncated());
  }

  /**
   * Counts the executions closed in the last 90 days.
   *
   * @param domain the domain
   * @return the count, and whether SWF truncated it
   */
  public ExecutionCount countClosedExecutions(String domain) {
    return countClosedExecutions(domain, ClosedExecutionQuery.defaults());
  }

  /**
   * Counts the closed executions that match a query. A truncated count is logged as a warning.
   *
   * @param domain the domain
   * @param query the time window and property filter
   * @return the count, and whether SWF truncated it
   */
  public ExecutionCount countClosedExecutions(String domain, ClosedExecutionQuery query) {
    checkDomain(domain);
    Sdk.Filters filters = closedFilters(query);
    CountClosedWorkflowExecutionsResponse response = client.countClosedWorkflowExecutions(request -> request
        .domain(domain)
        .startTimeFilter(filters.startTime())
        .closeTimeFilter(filters.closeTime())
        .executionFilter(filters.execution())
        .typeFilter(filters.type())
        .tagFilter(filters.tag())
        .closeStatusFilter(filters.closeStatus()));
    return count("closed", domain, response.count(), response.truncated());
  }

  private ExecutionCount count(String kind, String domain, Integer count, Boolean truncated) {
    ExecutionCount result = new ExecutionCount(count, Boolean.TRUE.equals(truncated));
    if (result.truncated()) {
      log.log(Level.WARNING, () -> "SWF truncated the count of " + kind + " executions in domain " + domain
          + ": at least " + result.count() + " match");
    }
    return result;
  }

  /**
   * Lists the open executions started in the last 90 days, newest first.
   *
   * @param domain the domain
   * @return the executions, fetched lazily page by page
   */
  public Stream<ExecutionInfo> listOpenExecutions(String domain) {
    return listOpenExecutions(domain, OpenExecutionQuery.defaults(), ListOptions.defaults());
  }

  /**
   * Lists the open executions that match a query, newest first.
   *
   * @param domain the domain
   * @param query the start-time window and property filter
   * @return the executions, fetched lazily page by page
   */
  public Stream<ExecutionInfo> listOpenExecutions(String domain, OpenExecutionQuery query) {
    return listOpenExecutions(domain, query, ListOptions.defaults());
  }

  /**
   * Lists the open executions that match a query, by start time.
   *
   * @param domain the domain
   * @param query the start-time window and property filter
   * @param options the order (newest first unless reversed) and page size
   * @return the executions, fetched lazily page by page
   */
  public Stream<ExecutionInfo> listOpenExecutions(String domain, OpenExecutionQuery query, ListOptions options) {
    checkDomain(domain);
    Check.notNull("options", options);
    Sdk.Filters filters = openFilters(query);
    return Pages.stream(token -> {
      ListOpenWorkflowExecutionsResponse page = client.listOpenWorkflowExecutions(request -> request
          .domain(domain)
          .startTimeFilter(filters.startTime())
          .executionFilter(filters.execution())
          .typeFilter(filters.type())
          .tagFilter(filters.tag())
          .reverseOrder(options.reverseOrder() ? Boolean.TRUE : null)
          .maximumPageSize(options.pageSize() > 0 ? options.pageSize() : null)
          .nextPageToken(token.orElse(null)));
      return new Pages.Page<>(Sdk.executionInfos(page.executionInfos()),
          token(page.nextPageToken()));
    });
  }

  /**
   * Lists the executions closed in the last 90 days, most recently closed first.
   *
   * @param domain the domain
   * @return the executions, fetched lazily page by page
   */
  public Stream<ExecutionInfo> listClosedExecutions(String domain) {
    return listClosedExecutions(domain, ClosedExecutionQuery.defaults(), ListOptions.defaults());
  }

  /**
   * Lists the closed executions that match a query, newest first.
   *
   * @param domain the domain
   * @param query the time window and property filter
   * @return the executions, fetched lazily page by page
   */
  public Stream<ExecutionInfo> listClosedExecutions(String domain, ClosedExecutionQuery query) {
    return listClosedExecutions(domain, query, ListOptions.defaults());
  }

  /**
   * Lists the closed executions that match a query: by start time under a start-time window, by
   * close time under a close-time window.
   *
   * @param domain the domain
   * @param query the time window and property filter
   * @param options the order (newest first unless reversed) and page size
   * @return the executions, fetched lazily page by page
   */
  public Stream<ExecutionInfo> listClosedExecutions(String domain, ClosedExecutionQuery query, ListOptions options) {
    checkDomain(domain);
    Check.notNull("options", options);
    Sdk.Filters filters = closedFilters(query);
    return Pages.stream(token -> {
      ListClosedWorkflowExecutionsResponse page = client.listClosedWorkflowExecutions(request -> request
          .domain(domain)
          .startTimeFilter(filters.startTime())
          .closeTimeFilter(filters.closeTime())
          .executionFilter(filters.execution())
          .typeFilter(filters.type())
          .tagFilter(filters.tag())
          .closeStatusFilter(filters.closeStatus())
          .reverseOrder(options.reverseOrder() ? Boolean.TRUE : null)
          .maximumPageSize(options.pageSize() > 0 ? options.pageSize() : null)
          .nextPageToken(token.orElse(null)));
      return new Pages.Page<>(Sdk.executionInfos(page.executionInfos()),
          token(page.nextPageToken()));
    });
  }

  private Sdk.Filters openFilters(OpenExecutionQuery query) {
    Check.notNull("query", query);
    ExecutionTimeFilter time = query.startTime()
        .map(ExecutionTimeFilter.class::cast)
        .orElseGet(() -> StartTimeExecutionFilter.since(clock.instant().minus(DEFAULT_WINDOW)));
    return Sdk.Filters.of(time, query.filter());
  }

  private Sdk.Filters closedFilters(ClosedExecutionQuery query) {
    Check.notNull("query", query);
    ExecutionTimeFilter time = query.time()
        .orElseGet(() -> CloseTimeExecutionFilter.since(clock.instant().minus(DEFAULT_WINDOW)));
    return Sdk.Filters.of(time, query.filter());
  }

  // ---------------------------------------------------------------- domains

  /**
   * Registers a domain without a description.
   *
   * @param name the domain's name: a valid SWF identifier that does not start or end with
   *     whitespace
   * @param configuration its configuration
   */
  public void registerDomain(String name, DomainConfiguration configuration) {
    registerDomain(name, configuration, Optional.empty());
  }

  /**
   * Registers a domain.
   *
   * @param name the domain's name: a valid SWF identifier that does not start or end with
   *     whitespace
   * @param configuration its configuration
   * @param description its description, at most 1024 characters
   */
  public void registerDomain(String name, DomainConfiguration configuration, String description) {
    registerDomain(name, configuration, Optional.of(Check.length("description", description, 0, 1024)));
  }

  private void registerDomain(String name, DomainConfiguration configuration, Optional<String> description) {
    checkDomain(name);
    if (!name.strip().equals(name)) {
      throw new IllegalArgumentException("domain must not start or end with whitespace: \"" + name + "\"");
    }
    Check.notNull("configuration", configuration);
    client.registerDomain(request -> request
        .name(name)
        .workflowExecutionRetentionPeriodInDays(Long.toString(configuration.executionRetention().toDays()))
        .description(description.orElse(null)));
  }

  /**
   * Describes a domain.
   *
   * @param name the domain's name
   * @return its information and configuration
   */
  public DomainDetails describeDomain(String name) {
    checkDomain(name);
    return Sdk.domainDetails(client.describeDomain(request -> request.name(name)));
  }

  /**
   * Lists the registered domains by name.
   *
   * @return the domains, fetched lazily page by page
   */
  public Stream<DomainInfo> listDomains() {
    return listDomains(RegistrationStatus.REGISTERED, ListOptions.defaults());
  }

  /**
   * Lists the domains with a registration status.
   *
   * @param status the registration status
   * @param options the order (by name unless reversed) and page size
   * @return the domains, fetched lazily page by page
   */
  public Stream<DomainInfo> listDomains(RegistrationStatus status, ListOptions options) {
    Check.notNull("status", status);
    Check.notNull("options", options);
    return Pages.stream(token -> {
      ListDomainsResponse page = client.listDomains(request -> request
          .registrationStatus(Sdk.registrationStatus(status))
          .reverseOrder(options.reverseOrder() ? Boolean.TRUE : null)
          .maximumPageSize(options.pageSize() > 0 ? options.pageSize() : null)
          .nextPageToken(token.orElse(null)));
      return new Pages.Page<>(page.domainInfos().stream().map(Sdk::domainInfo).toList(), token(page.nextPageToken()));
    });
  }

  /**
   * Deprecates a domain: nothing new may start or register in it.
   *
   * @param name the domain's name
   */
  public void deprecateDomain(String name) {
    checkDomain(name);
    client.deprecateDomain(request -> request.name(name));
  }

  /**
   * Undeprecates a domain.
   *
   * @param name the domain's name
   */
  public void undeprecateDomain(String name) {
    checkDomain(name);
    client.undeprecateDomain(request -> request.name(name));
  }

  // ---------------------------------------------------------------- workflow types

  /**
   * Registers a workflow type without a description.
   *
   * @param domain the domain
   * @param workflow the type's name and version
   * @param defaults the execution configuration its executions default to
   */
  public void registerWorkflowType(String domain, WorkflowId workflow, PartialExecutionConfiguration defaults) {
    registerWorkflowType(domain, workflow, defaults, Optional.empty());
  }

  /**
   * Registers a workflow type.
   *
   * @param domain the domain
   * @param workflow the type's name and version
   * @param defaults the execution configuration its executions default to
   * @param description its description, at most 1024 characters
   */
  public void registerWorkflowType(
      String domain, WorkflowId workflow, PartialExecutionConfiguration defaults, String description) {
    registerWorkflowType(domain, workflow, defaults, Optional.of(Check.length("description", description, 0, 1024)));
  }

  private void registerWorkflowType(
      String domain, WorkflowId workflow, PartialExecutionConfiguration defaults, Optional<String> description) {
    checkDomain(domain);
    Check.notNull("workflow", workflow);
    Check.notNull("defaults", defaults);
    client.registerWorkflowType(request -> {
      request
          .domain(domain)
          .name(workflow.name())
          .version(workflow.version())
          .description(description.orElse(null))
          .defaultExecutionStartToCloseTimeout(defaults.timeout().map(Timeout::wireValue).orElse(null))
          .defaultTaskStartToCloseTimeout(defaults.decisionTaskTimeout().map(Timeout::wireValue).orElse(null))
          .defaultTaskList(defaults.decisionTaskList().map(Sdk::taskList).orElse(null))
          .defaultChildPolicy(
              defaults.childExecutionPolicy().map(ChildExecutionTerminationPolicy::childPolicy).orElse(null))
          .defaultLambdaRole(defaults.lambdaRole().orElse(null));
      defaults.decisionTaskPriority().ifPresent(priority -> request.defaultTaskPriority(Integer.toString(priority)));
    });
  }

  /**
   * Describes a workflow type.
   *
   * @param domain the domain
   * @param workflow the type's name and version
   * @return its registration and default execution configuration
   */
  public WorkflowDetails describeWorkflowType(String domain, WorkflowId workflow) {
    checkDomain(domain);
    Check.notNull("workflow", workflow);
    return Sdk.workflowDetails(client.describeWorkflowType(request -> request
        .domain(domain)
        .workflowType(Sdk.workflowType(workflow))));
  }

  /**
   * Lists the registered workflow types of a domain by name.
   *
   * @param domain the domain
   * @return the workflow types, fetched lazily page by page
   */
  public Stream<WorkflowInfo> listWorkflowTypes(String domain) {
    return listWorkflowTypes(domain, WorkflowTypeQuery.registered(), ListOptions.defaults());
  }

  /**
   * Lists the workflow types of a domain that match a query, by name.
   *
   * @param domain the domain
   * @param query the registration status, and optionally a name
   * @return the workflow types, fetched lazily page by page
   */
  public Stream<WorkflowInfo> listWorkflowTypes(String domain, WorkflowTypeQuery query) {
    return listWorkflowTypes(domain, query, ListOptions.defaults());
  }

  /**
   * Lists the workflow types of a domain that match a query.
   *
   * @param domain the domain
   * @param query the registration status, and optionally a name
   * @param options the order (by name unless reversed) and page size
   * @return the workflow types, fetched lazily page by page
   */
  public Stream<WorkflowInfo> listWorkflowTypes(String domain, WorkflowTypeQuery query, ListOptions options) {
    checkDomain(domain);
    Check.notNull("query", query);
    Check.notNull("options", options);
    return Pages.stream(token -> {
      ListWorkflowTypesResponse page = client.listWorkflowTypes(request -> request
          .domain(domain)
          .registrationStatus(Sdk.registrationStatus(query.status()))
          .name(query.name().orElse(null))
          .reverseOrder(options.reverseOrder() ? Boolean.TRUE : null)
          .maximumPageSize(options.pageSize() > 0 ? options.pageSize() : null)
          .nextPageToken(token.orElse(null)));
      return new Pages.Page<>(page.typeInfos().stream().map(Sdk::workflowInfo).toList(), token(page.nextPageToken()));
    });
  }

  /**
   * Deprecates a workflow type: no new execution may start with it.
   *
   * @param domain the domain
   * @param workflow the type's name and version
   */
  public void deprecateWorkflowType(String domain, WorkflowId workflow) {
    checkDomain(domain);
    Check.notNull("workflow", workflow);
    client.deprecateWorkflowType(request -> request.domain(domain).workflowType(Sdk.workflowType(workflow)));
  }

  /**
   * Undeprecates a workflow type.
   *
   * @param domain the domain
   * @param workflow the type's name and version
   */
  public void undeprecateWorkflowType(String domain, WorkflowId workflow) {
    checkDomain(domain);
    Check.notNull("workflow", workflow);
    client.undeprecateWorkflowType(request -> request.domain(domain).workflowType(Sdk.workflowType(workflow)));
  }

  /**
   * Deletes a deprecated workflow type.
   *
   * @param domain the domain
   * @param workflow the type's name and version
   */
  public void deleteWorkflowType(String domain, WorkflowId workflow) {
    checkDomain(domain);
    Check.notNull("workflow", workflow);
    client.deleteWorkflowType(request -> request.domain(domain).workflowType(Sdk.workflowType(workflow)));
  }

  // ---------------------------------------------------------------- activity types

  /**
   * Registers an activity type without a description.
   *
   * @param domain the domain
   * @param activity the type's name and version
   * @param defaults the task configuration its tasks default to
   */
  public void registerActivityType(String domain, ActivityId activity, PartialTaskConfiguration defaults) {
    registerActivityType(domain, activity, defaults, Optional.empty());
  }

  /**
   * Registers an activity type.
   *
   * @param domain the domain
   * @param activity the type's name and version
   * @param defaults the task configuration its tasks default to
   * @param description its description, at most 1024 characters
   */
  public void registerActivityType(
      String domain, ActivityId activity, PartialTaskConfiguration defaults, String description) {
    registerActivityType(domain, activity, defaults, Optional.of(Check.length("description", description, 0, 1024)));
  }

  private void registerActivityType(
      String domain, ActivityId activity, PartialTaskConfiguration defaults, Optional<String> description) {
    checkDomain(domain);
    Check.notNull("activity", activity);
    Check.notNull("defaults", defaults);
    client.registerActivityType(request -> {
      request
          .domain(domain)
          .name(activity.name())
          .version(activity.version())
          .description(description.orElse(null))
          .defaultTaskList(defaults.taskList().map(Sdk::taskList).orElse(null))
          .defaultTaskStartToCloseTimeout(defaults.startToCloseTimeout().map(Timeout::wireValue).orElse(null))
          .defaultTaskScheduleToStartTimeout(defaults.scheduleToStartTimeout().map(Timeout::wireValue).orElse(null))
          .defaultTaskScheduleToCloseTimeout(defaults.scheduleToCloseTimeout().map(Timeout::wireValue).orElse(null))
          .defaultTaskHeartbeatTimeout(defaults.heartbeatTimeout().map(Timeout::wireValue).orElse(null));
      defaults.taskPriority().ifPresent(priority -> request.defaultTaskPriority(Integer.toString(priority)));
    });
  }

  /**
   * Describes an activity type.
   *
   * @param domain the domain
   * @param activity the type's name and version
   * @return its registration and default task configuration
   */
  public ActivityDetails describeActivityType(String domain, ActivityId activity) {
    checkDomain(domain);
    Check.notNull("activity", activity);
    return Sdk.activityDetails(client.describeActivityType(request -> request
        .domain(domain)
        .activityType(Sdk.activityType(activity))));
  }

  /**
   * Lists the registered activity types of a domain by name.
   *
   * @param domain the domain
   * @return the activity types, fetched lazily page by page
   */
  public Stream<ActivityInfo> listActivityTypes(String domain) {
    return listActivityTypes(domain, ActivityTypeQuery.registered(), ListOptions.defaults());
  }

  /**
   * Lists the activity types of a domain that match a query, by name.
   *
   * @param domain the domain
   * @param query the registration status, and optionally a name
   * @return the activity types, fetched lazily page by page
   */
  public Stream<ActivityInfo> listActivityTypes(String domain, ActivityTypeQuery query) {
    return listActivityTypes(domain, query, ListOptions.defaults());
  }

  /**
   * Lists the activity types of a domain that match a query.
   *
   * @param domain the domain
   * @param query the registration status, and optionally a name
   * @param options the order (by name unless reversed) and page size
   * @return the activity types, fetched lazily page by page
   */
  public Stream<ActivityInfo> listActivityTypes(String domain, ActivityTypeQuery query, ListOptions options) {
    checkDomain(domain);
    Check.notNull("query", query);
    Check.notNull("options", options);
    return Pages.stream(token -> {
      ListActivityTypesResponse page = client.listActivityTypes(request -> request
          .domain(domain)
          .registrationStatus(Sdk.registrationStatus(query.status()))
          .name(query.name().orElse(null))
          .reverseOrder(options.reverseOrder() ? Boolean.TRUE : null)
          .maximumPageSize(options.pageSize() > 0 ? options.pageSize() : null)
          .nextPageToken(token.orElse(null)));
      return new Pages.Page<>(page.typeInfos().stream().map(Sdk::activityInfo).toList(), token(page.nextPageToken()));
    });
  }

  /**
   * Deprecates an activity type: no new task may be scheduled with it.
   *
   * @param domain the domain
   * @param activity the type's name and version
   */
  public void deprecateActivityType(String domain, ActivityId activity) {
    checkDomain(domain);
    Check.notNull("activity", activity);
    client.deprecateActivityType(request -> request.domain(domain).activityType(Sdk.activityType(activity)));
  }

  /**
   * Undeprecates an activity type.
   *
   * @param domain the domain
   * @param activity the type's name and version
   */
  public void undeprecateActivityType(String domain, ActivityId activity) {
    checkDomain(domain);
    Check.notNull("activity", activity);
    client.undeprecateActivityType(request -> request.domain(domain).activityType(Sdk.activityType(activity)));
  }

  /**
   * Deletes a deprecated activity type.
   *
   * @param domain the domain
   * @param activity the type's name and version
   */
  public void deleteActivityType(String domain, ActivityId activity) {
    checkDomain(domain);
    Check.notNull("activity", activity);
    client.deleteActivityType(request -> request.domain(domain).activityType(Sdk.activityType(activity)));
  }

  // ---------------------------------------------------------------- decision tasks

  /**
   * Polls for a decision task, without an identity. SWF holds the poll for up to 60 seconds while
   * no task is waiting; the SDK client's own timeouts govern the call (its defaults for SWF allow
   * a whole poll), and nothing process-wide is changed.
   *
   * @param domain the domain
   * @param taskList the decision task list
   * @return the task with the first page of its history, or empty if SWF had none to give before
   *     the poll ended (SWF's empty answer, without a task token)
   */
  public Optional<DecisionTask> pollDecisionTask(String domain, String taskList) {
    return pollDecisionTask(domain, taskList, Optional.empty());
  }

  /**
   * Polls for a decision task. SWF holds the poll for up to 60 seconds while no task is waiting;
   * the SDK client's own timeouts govern the call, and nothing process-wide is changed.
   *
   * @param domain the domain
   * @param taskList the decision task list
   * @param identity the decider's identity, recorded in {@code DecisionTaskStarted}: at most 256
   *     characters
   * @return the task with the first page of its history, or empty if SWF had none to give before
   *     the poll ended (SWF's empty answer, without a task token)
   */
  public Optional<DecisionTask> pollDecisionTask(String domain, String taskList, String identity) {
    return pollDecisionTask(domain, taskList, Optional.of(Check.length("identity", identity, 0, 256)));
  }

  private Optional<DecisionTask> pollDecisionTask(String domain, String taskList, Optional<String> identity) {
    checkDomain(domain);
    TaskList list = Sdk.taskList(Check.identifier("task list", taskList, 256));
    String who = identity.orElse(null);
    PollForDecisionTaskResponse first = client.pollForDecisionTask(request -> request
        .domain(domain)
        .taskList(list)
        .identity(who));
    if (first.taskToken() == null || first.taskToken().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(DecisionTask.read(first, pageToken -> client.pollForDecisionTask(request -> request
        .domain(domain)
        .taskList(list)
        .identity(who)
        .nextPageToken(pageToken))));
  }

  /**
   * Completes a decision task with a decider's answer.
   *
   * @param task the task
   * @param decisions the decisions, and the execution context and task-list override if any
   */
  public void respondDecisionTask(DecisionTask task, Decisions decisions) {
    respondDecisionTask(Check.notNull("task", task).token(), decisions);
  }

  /**
   * Completes the decision task with the given token with a decider's answer.
   *
   * @param taskToken the task's token: 1 to 1024 characters
   * @param decisions the decisions, and the execution context and task-list override if any
   */
  public void respondDecisionTask(String taskToken, Decisions decisions) {
    Check.length("task token", taskToken, 1, 1024);
    Check.notNull("decisions", decisions);
    List<software.amazon.awssdk.services.swf.model.Decision> sdk = new ArrayList<>(decisions.decisions().size());
    for (Decision decision : decisions.decisions()) {
      sdk.add(decision.toSdk());
    }
    Optional<TaskListOverride> override = decisions.taskListOverride();
    client.respondDecisionTaskCompleted(request -> request
        .taskToken(taskToken)
        .decisions(sdk)
        .executionContext(decisions.executionContext().orElse(null))
        .taskList(override.map(TaskListOverride::name).map(Sdk::taskList).orElse(null))
        .taskListScheduleToStartTimeout(
            override.flatMap(TaskListOverride::scheduleToStartTimeout).map(Timeout::wireValue).orElse(null)));
  }

  /**
   * Counts the decision tasks waiting on a task list. A truncated count is logged as a warning.
   *
   * @param domain the domain
   * @param taskList the decision task list
   * @return the count, and whether SWF truncated it
   */
  public TaskCount countPendingDecisionTasks(String domain, String taskList) {
    checkDomain(domain);
    TaskList list = Sdk.taskList(Check.identifier("task list", taskList, 256));
    CountPendingDecisionTasksResponse response = client.countPendingDecisionTasks(request -> request
        .domain(domain)
        .taskList(list));
    return taskCount("decision", domain, taskList, response.count(), response.truncated());
  }

  // ---------------------------------------------------------------- activity tasks

  /**
   * Polls for an activity task, without an identity. SWF holds the poll for up to 60 seconds while
   * no task is waiting; the SDK client's own timeouts govern the call, and nothing process-wide is
   * changed.
   *
   * @param domain the domain
   * @param taskList the activity task list: a valid SWF identifier that does not start or end with
   *     whitespace
   * @return the task, or empty if SWF had none to give before the poll ended (SWF's empty answer,
   *     without a task token)
   */
  public Optional<ActivityTask> pollActivityTask(String domain, String taskList) {
    return pollActivityTask(domain, taskList, Optional.empty());
  }

  /**
   * Polls for an activity task. SWF holds the poll for up to 60 seconds while no task is waiting;
   * the SDK client's own timeouts govern the call, and nothing process-wide is changed.
   *
   * @param domain the domain
   * @param taskList the activity task list: a valid SWF identifier that does not start or end with
   *     whitespace
   * @param identity the worker's identity, recorded in {@code ActivityTaskStarted}: at most 256
   *     characters
   * @return the task, or empty if SWF had none to give before the poll ended (SWF's empty answer,
   *     without a task token)
   */
  public Optional<ActivityTask> pollActivityTask(String domain, String taskList, String identity) {
    return pollActivityTask(domain, taskList, Optional.of(Check.length("identity", identity, 0, 256)));
  }

  private Optional<ActivityTask> pollActivityTask(String domain, String taskList, Optional<String> identity) {
    checkDomain(domain);
    Check.identifier("task list", taskList, 256);
    if (!taskList.strip().equals(taskList)) {
      throw new IllegalArgumentException("task list must not start or end with whitespace: \"" + taskList + "\"");
    }
    PollForActivityTaskResponse response = client.pollForActivityTask(request -> request
        .domain(domain)
        .taskList(Sdk.taskList(taskList))
        .identity(identity.orElse(null)));
    if (response.taskToken() == null || response.taskToken().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Sdk.activityTask(response));
  }

  /**
   * Reports that the worker of an activity task is still at it, without details. Each heartbeat
   * restarts the task's heartbeat timeout.
   *
   * @param taskToken the task's token: 1 to 1024 characters
   * @throws CancellationRequestedException if a decision requested the task's cancellation: the
   *     worker should stop and {@linkplain #cancelActivityTask(String) cancel} the task
   */
  public void heartbeat(String taskToken) throws CancellationRequestedException {
    heartbeat(taskToken, Optional.empty());
  }

  /**
   * Reports that the worker of an activity task is still at it. Each heartbeat restarts the task's
   * heartbeat timeout; SWF reports the latest details if the task times out.
   *
   * @param taskToken the task's token: 1 to 1024 characters
   * @param details the progress so far: at most 2048 characters
   * @throws CancellationRequestedException if a decision requested the task's cancellation: the
   *     worker should stop and {@linkplain #cancelActivityTask(String) cancel} the task
   */
  public void heartbeat(String taskToken, String details) throws CancellationRequestedException {
    heartbeat(taskToken, Optional.of(Check.length("heartbeat details", details, 0, 2048)));
  }

  private void heartbeat(String taskToken, Optional<String> details) throws CancellationRequestedException {
    Check.length("task token", taskToken, 1, 1024);
    RecordActivityTaskHeartbeatResponse response = client.recordActivityTaskHeartbeat(request -> request
        .taskToken(taskToken)
        .details(details.orElse(null)));
    if (Boolean.TRUE.equals(response.cancelRequested())) {
      throw new CancellationRequestedException(taskToken);
    }
  }

  /**
   * Completes an activity task without a result.
   *
   * @param taskToken the task's token: 1 to 1024 characters
   */
  public void completeActivityTask(String taskToken) {
    completeActivityTask(taskToken, Optional.empty());
  }

  /**
   * Completes an activity task with a result.
   *
   * @param taskToken the task's token: 1 to 1024 characters
   * @param result the result: at most 32,768 characters
   */
  public void completeActivityTask(String taskToken, String result) {
    completeActivityTask(taskToken, Optional.of(Check.length("result", result, 0, 32768)));
  }

  private void completeActivityTask(String taskToken, Optional<String> result) {
    Check.length("task token", taskToken, 1, 1024);
    client.respondActivityTaskCompleted(request -> request.taskToken(taskToken).result(result.orElse(null)));
  }

  /**
   * Fails an activity task with a reason and no details.
   *
   * @param taskToken the task's token: 1 to 1024 characters
   * @param reason why it failed: at most 256 characters (longer ones are rejected, not cut)
   */
  public void failActivityTask(String taskToken, String reason) {
    failActivityTask(taskToken, Check.length("reason", reason, 0, 256), Optional.empty());
  }

  /**
   * Fails an activity task with a reason and details.
   *
   * @param taskToken the task's token: 1 to 1024 characters
   * @param reason why it failed: at most 256 characters (longer ones are rejected, not cut)
   * @param details more about the failure: at most 32,768 characters (longer ones are rejected)
   */
  public void failActivityTask(String taskToken, String reason, String details) {
    failActivityTask(taskToken, Check.length("reason", reason, 0, 256),
        Optional.of(Check.length("details", details, 0, 32768)));
  }

  private void failActivityTask(String taskToken, String reason, Optional<String> details) {
    Check.length("task token", taskToken, 1, 1024);
    client.respondActivityTaskFailed(request -> request
        .taskToken(taskToken)
        .reason(reason)
        .details(details.orElse(null)));
  }

  /**
   * Cancels an activity task without details: the answer to a cancellation request.
   *
   * @param taskToken the task's token: 1 to 1024 characters
   */
  public void cancelActivityTask(String taskToken) {
    cancelActivityTask(taskToken, Optional.empty());
  }

  /**
   * Cancels an activity task with details: the answer to a cancellation request.
   *
   * @param taskToken the task's token: 1 to 1024 characters
   * @param details what was done before it stopped: at most 32,768 characters
   */
  public void cancelActivityTask(String taskToken, String details) {
    cancelActivityTask(taskToken, Optional.of(Check.length("details", details, 0, 32768)));
  }

  private void cancelActivityTask(String taskToken, Optional<String> details) {
    Check.length("task token", taskToken, 1, 1024);
    client.respondActivityTaskCanceled(request -> request.taskToken(taskToken).details(details.orElse(null)));
  }

  /**
   * Counts the activity tasks waiting on a task list. A truncated count is logged as a warning.
   *
   * @param domain the domain
   * @param taskList the activity task list
   * @return the count, and whether SWF truncated it
   */
  public TaskCount countPendingActivityTasks(String domain, String taskList) {
    checkDomain(domain);
    TaskList list = Sdk.taskList(Check.identifier("task list", taskList, 256));
    CountPendingActivityTasksResponse response = client.countPendingActivityTasks(request -> request
        .domain(domain)
        .taskList(list));
    return taskCount("activity", domain, taskList, response.count(), response.truncated());
  }

  private TaskCount taskCount(String kind, String domain, String taskList, Integer count, Boolean truncated) {
    TaskCount result = new TaskCount(count, Boolean.TRUE.equals(truncated));
    if (result.truncated()) {
      log.log(Level.WARNING, () -> "SWF truncated the count of pending " + kind + " tasks on task list " + taskList
          + " in domain " + domain + ": at least " + result.count() + " are waiting");
    }
    return result;
  }

  // ----------------------------------------------------------------

  private static void checkDomain(String domain) {
    Check.identifier("domain", domain, 256);
  }

  private static Optional<String> token(String nextPageToken) {
    return Optional.ofNullable(nextPageToken).filter(token -> !token.isEmpty());
  }

  /**
   * {@return a description naming the client and clock}
   */
  @Override
  public String toString() {
    return "SwfTyped{client=" + client.serviceName() + ", clock=" + clock + "}";
  }
}
