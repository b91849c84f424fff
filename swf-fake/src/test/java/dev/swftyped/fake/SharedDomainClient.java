package dev.swftyped.fake;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.CountClosedWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.CountPendingActivityTasksRequest;
import software.amazon.awssdk.services.swf.model.CountPendingActivityTasksResponse;
import software.amazon.awssdk.services.swf.model.CountPendingDecisionTasksRequest;
import software.amazon.awssdk.services.swf.model.CountPendingDecisionTasksResponse;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.RegisterActivityTypeRequest;
import software.amazon.awssdk.services.swf.model.RegisterActivityTypeResponse;
import software.amazon.awssdk.services.swf.model.RegisterDomainRequest;
import software.amazon.awssdk.services.swf.model.RegisterDomainResponse;
import software.amazon.awssdk.services.swf.model.RegisterWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.RegisterWorkflowTypeResponse;
import software.amazon.awssdk.services.swf.model.RespondDecisionTaskCompletedRequest;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.SwfRequest;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.TerminateWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.TypeAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionFilter;
import software.amazon.awssdk.services.swf.model.WorkflowType;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/**
 * One contract test's client for a domain that every test and every run of the suite shares (on
 * Amazon SWF, where domains and types are never deleted): an {@link SwfClient} over the real one
 * that lets the test behave as if the domain were its own and new.
 *
 * <ul>
 *   <li><b>Workflow ids and task lists</b> get the test's prefix (unique to the run and the test)
 *       in every request, and lose it in every response and error message. A test's {@code
 *       order-1} and its list {@code deciders} are {@code swfc-20260301-120000-3f2a-17-order-1}
 *       and {@code swfc-20260301-120000-3f2a-17-deciders} on SWF, so that nothing of another test
 *       or another run, finished or left open, is ever polled, counted, signalled or listed. The
 *       prefix goes after a leading white space, which SWF's rules look at; the literal {@code
 *       arn}, which they forbid, is sent as is.
 *   <li><b>Types</b> are registered under a version that names their registration: {@code Order
 *       1} with given defaults is {@code Order 1-swfc<8 hex digits of a hash of the defaults>}.
 *       The first run registers it; later ones find it there ({@code TypeAlreadyExistsFault}).
 *       Each type is registered once per run, not once per test, as SWF throttles registrations.
 *       A test that registers the same name and version with other defaults gets a type of its
 *       own. A type the test did not register keeps its plain version, which the
 *       suite never registers: it is unknown, as in a new fake.
 *   <li><b>Default task lists</b> of the shared types cannot be per test, so a start, an activity,
 *       a child or a continue-as-new without a task list gets its type's default (as registered
 *       in this test) with the test's prefix, written out.
 *   <li><b>Cleanup</b>: {@link #cleanUp()} terminates every workflow id the test started, as a
 *       workflow or as a child, that still has an open run.
 *   <li><b>What cannot be undone or read in a shared domain</b> aborts the test (JUnit skips it,
 *       with the reason): registering another domain, deprecating, deleting or tagging anything,
 *       and listings or counts of the whole domain (only those narrowed to a workflow id, which
 *       is the test's own, are allowed).
 *   <li><b>Effects SWF may apply a moment later</b>, in transactions of their own (a zero-second
 *       timer, a child start or a continue-as-new, an external signal or cancellation, a Lambda
 *       function, an activity's cancellation, a parent's child policy), are waited for: the call
 *       that causes them returns after {@code settle}. Counts of pending tasks are read until two
 *       readings half a second apart agree.
 * </ul>
 */
final class SharedDomainClient implements InvocationHandler {
  /** What a type's version gets on SWF: {@code -swfc} and 8 hex digits of a hash of its registration. */
  static final Pattern TYPE_SUFFIX = Pattern.compile("-swfc[0-9a-f]{8}");

  private final SwfClient swf;
  private final String domain;
  private final String prefix;
  private final Duration settle;
  private final SwfClient client;
  private final Rules outgoing;
  private final Rules incoming;
  /** The types this test registered, by kind, name and the version the test uses. */
  private final Map<List<String>, Registered> types = new ConcurrentHashMap<>();
  /** The workflow type (as SWF names it) of the run of each decision task handed out. */
  private final Map<String, WorkflowType> runTypes = new ConcurrentHashMap<>();
  /** The types registered on SWF in this run, shared by its tests: kind, domain, name, version. */
  private final Set<List<String>> knownTypes;
  /** Every workflow id (as SWF names it) this test started, or decided to start as a child. */
  private final Set<String> started = Collections.synchronizedSet(new LinkedHashSet<>());
  private volatile boolean children;

  private record Registered(String version, String defaultTaskList) {}

  SharedDomainClient(SwfClient swf, String domain, String prefix, Duration settle, Set<List<String>> knownTypes) {
    this.swf = swf;
    this.knownTypes = knownTypes;
    this.domain = domain;
    this.prefix = prefix;
    this.settle = settle;
    this.outgoing = outgoing();
    this.incoming = incoming();
    this.client = (SwfClient) Proxy.newProxyInstance(SwfClient.class.getClassLoader(),
        new Class<?>[] {SwfClient.class}, this);
  }

  /** The client the test uses. */
  SwfClient client() {
    return client;
  }

  /** What the test's workflow ids and task lists start with on SWF. */
  String prefix() {
    return prefix;
  }

  /**
   * Terminates the open run of every workflow id the test started, if it has one. A failure is
   * reported and does not fail the test: the run then ends at its execution timeout.
   */
  void cleanUp() {
    List<String> ids;
    synchronized (started) {
      ids = new ArrayList<>(started);
    }
    for (String workflowId : ids) {
      try {
        swf.terminateWorkflowExecution(r -> r.domain(domain).workflowId(workflowId)
            .reason("swf-fake contract test cleanup"));
      } catch (UnknownResourceException closed) {
        // no open run: closed by the test
      } catch (SdkException e) {
        if (e instanceof SwfException refused && refused.awsErrorDetails() != null
            && "ValidationException".equals(refused.awsErrorDetails().errorCode())) {
          continue; // an id SWF refuses: nothing was started under it
        }
        System.err.printf("swf-fake contract suite: could not terminate %s in %s: %s%n", workflowId, domain, e);
      }
    }
  }

  // ---------------------------------------------------------------- dispatch

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "close":
        return null; // the SWF client outlives the test
      case "toString":
        return "SharedDomainClient[" + domain + ", " + prefix + "]";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        break;
    }
    if (args != null && args.length == 1 && args[0] instanceof SwfRequest request
        && !method.getName().endsWith("Paginator")) {
      return call(method, request);
    }
    if (method.isDefault()) {
      // the Consumer<Builder> overloads and the paginators, which call back the methods above
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    return answer(method, args);
  }

  private Object call(Method method, SwfRequest request) throws Throwable {
    refuseWhatCannotBeShared(method.getName(), request);
    if (request instanceof RegisterDomainRequest register) {
      return registerDomain(register);
    }
    if (request instanceof RegisterWorkflowTypeRequest register) {
      return registerWorkflowType(register);
    }
    if (request instanceof RegisterActivityTypeRequest register) {
      return registerActivityType(register);
    }
    SwfRequest sent = (SwfRequest) rewrite(withDefaultTaskLists(request), outgoing);
    remember(sent);
    Object response = sent instanceof CountPendingDecisionTasksRequest || sent instanceof CountPendingActivityTasksRequest
        ? settledCount(method, sent) : answer(method, sent);
    if (response instanceof PollForDecisionTaskResponse task && task.taskToken() != null) {
      runTypes.put(task.taskToken(), task.workflowType());
    }
    if (appliesEffectsLater(sent)) {
      Thread.sleep(settle.toMillis());
    }
    return rewrite(response, incoming);
  }

  /** Calls SWF, and gives back its error with the test's prefixes taken out of the message. */
  private Object answer(Method method, Object... args) throws Throwable {
    try {
      return method.invoke(swf, args);
    } catch (InvocationTargetException e) {
      throw incoming(e.getCause());
    }
  }

  // ---------------------------------------------------------------- what a shared domain cannot do

  private void refuseWhatCannotBeShared(String operation, SwfRequest request) {
    switch (operation) {
      case "registerDomain" -> {
        String name = ((RegisterDomainRequest) request).name();
        if (!domain.equals(name)) {
          Assumptions.abort("registers the domain " + name + ": SWF never deletes a domain, and an account "
              + "has at most 100");
        }
      }
      case "deprecateDomain", "undeprecateDomain" -> Assumptions.abort(
          "deprecates or undeprecates a domain: the suite's domain is shared by every run");
      case "deprecateWorkflowType", "undeprecateWorkflowType", "deleteWorkflowType", "deprecateActivityType",
          "undeprecateActivityType", "deleteActivityType" -> Assumptions.abort(
          "deprecates or deletes a type: on SWF that is for good, and the suite's types are shared by every run");
      case "tagResource", "untagResource" -> Assumptions.abort("tags the domain, which every run shares");
      case "listDomains" -> Assumptions.abort("lists the account's domains");
      case "listWorkflowTypes", "listActivityTypes" -> Assumptions.abort(
          "lists the types of the domain, which every test and every run registers into");
      case "listOpenWorkflowExecutions", "listClosedWorkflowExecutions", "countOpenWorkflowExecutions",
          "countClosedWorkflowExecutions" -> {
        if (executionFilter(request) == null) {
          Assumptions.abort("lists or counts the executions of the whole domain, which holds other tests' and "
              + "other runs' executions");
        }
      }
      default -> {
        // everything else is the test's own
      }
    }
  }

  private static WorkflowExecutionFilter executionFilter(SwfRequest request) {
    if (request instanceof ListOpenWorkflowExecutionsRequest list) {
      return list.executionFilter();
    }
    if (request instanceof ListClosedWorkflowExecutionsRequest list) {
      return list.executionFilter();
    }
    if (request instanceof CountOpenWorkflowExecutionsRequest count) {
      return count.executionFilter();
    }
    return ((CountClosedWorkflowExecutionsRequest) request).executionFilter();
  }

  // ---------------------------------------------------------------- the shared domain and types

  /** The suite's domain is registered once per run, before the first test: registering it again changes nothing. */
  private static RegisterDomainResponse registerDomain(RegisterDomainRequest request) {
    return RegisterDomainResponse.builder().build();
  }

  private Object registerWorkflowType(RegisterWorkflowTypeRequest request) throws Throwable {
    if (request.name() == null || request.version() == null) {
      return answer(method("registerWorkflowType", RegisterWorkflowTypeRequest.class), request);
    }
    String version = request.version() + "-swfc" + hash(request);
    ensureRegistered(List.of("workflow", String.valueOf(request.domain()), request.name(), version),
        () -> swf.registerWorkflowType(request.toBuilder().version(version).build()));
    types.put(List.of("workflow", request.name(), request.version()), new Registered(version,
        request.defaultTaskList() == null ? null : request.defaultTaskList().name()));
    return RegisterWorkflowTypeResponse.builder().build();
  }

  private Object registerActivityType(RegisterActivityTypeRequest request) throws Throwable {
    if (request.name() == null || request.version() == null) {
      return answer(method("registerActivityType", RegisterActivityTypeRequest.class), request);
    }
    String version = request.version() + "-swfc" + hash(request);
    ensureRegistered(List.of("activity", String.valueOf(request.domain()), request.name(), version),
        () -> swf.registerActivityType(request.toBuilder().version(version).build()));
    types.put(List.of("activity", request.name(), request.version()), new Registered(version,
        request.defaultTaskList() == null ? null : request.defaultTaskList().name()));
    return RegisterActivityTypeResponse.builder().build();
  }

  /**
   * Registers a type on SWF once per run: an earlier run registered it already, and SWF answers
   * {@code TypeAlreadyExistsFault}, which means it is there. (A recording of the run, by
   * swf-replay's recorder, then holds the registrations its replay needs.)
   */
  private void ensureRegistered(List<String> type, Runnable register) throws Throwable {
    if (knownTypes.contains(type)) {
      return;
    }
    try {
      register.run();
    } catch (TypeAlreadyExistsException registeredBefore) {
      // by an earlier run, or one going on at the same time
    } catch (SdkException e) {
      throw incoming(e);
    }
    knownTypes.add(type);
  }

  private static Method method(String name, Class<?> request) {
    try {
      return SwfClient.class.getMethod(name, request);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 8 hex digits of a hash of every member of a type's registration but its domain, name and version. */
  static String hash(SdkPojo registration) {
    StringBuilder members = new StringBuilder();
    for (SdkField<?> field : registration.sdkFields()) {
      if (!List.of("domain", "name", "version").contains(field.locationName())) {
        members.append(field.locationName()).append('=').append(field.getValueOrDefault(registration)).append(';');
      }
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(members.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Registered registered(String kind, String name, String version) {
    return name == null || version == null ? null : types.get(List.of(kind, name, version));
  }

  /** Writes out the type's default task list where the request or a decision leaves it to the type. */
  private SwfRequest withDefaultTaskLists(SwfRequest request) {
    if (request instanceof StartWorkflowExecutionRequest start && start.taskList() == null
        && start.workflowType() != null) {
      Registered type = registered("workflow", start.workflowType().name(), start.workflowType().version());
      if (type != null && type.defaultTaskList() != null) {
        return start.toBuilder().taskList(t -> t.name(type.defaultTaskList())).build();
      }
    }
    if (request instanceof RespondDecisionTaskCompletedRequest respond && respond.hasDecisions()) {
      WorkflowType runType = runTypes.get(Objects.requireNonNullElse(respond.taskToken(), ""));
      List<Decision> decisions = new ArrayList<>();
      for (Decision decision : respond.decisions()) {
        decisions.add(withDefaultTaskList(decision, runType == null ? null : (WorkflowType) rewrite(runType, incoming)));
      }
      return respond.toBuilder().decisions(decisions).build();
    }
    return request;
  }

  private Decision withDefaultTaskList(Decision decision, WorkflowType runType) {
    if (decision == null) {
      return null;
    }
    DecisionType kind = decision.decisionType();
    if (kind == DecisionType.SCHEDULE_ACTIVITY_TASK && decision.scheduleActivityTaskDecisionAttributes() != null) {
      var attributes = decision.scheduleActivityTaskDecisionAttributes();
      Registered type = attributes.activityType() == null ? null
          : registered("activity", attributes.activityType().name(), attributes.activityType().version());
      if (attributes.taskList() == null && type != null && type.defaultTaskList() != null) {
        return decision.toBuilder().scheduleActivityTaskDecisionAttributes(attributes.toBuilder()
            .taskList(t -> t.name(type.defaultTaskList())).build()).build();
      }
    }
    if (kind == DecisionType.START_CHILD_WORKFLOW_EXECUTION
        && decision.startChildWorkflowExecutionDecisionAttributes() != null) {
      var attributes = decision.startChildWorkflowExecutionDecisionAttributes();
      Registered type = attributes.workflowType() == null ? null
          : registered("workflow", attributes.workflowType().name(), attributes.workflowType().version());
      if (attributes.taskList() == null && type != null && type.defaultTaskList() != null) {
        return decision.toBuilder().startChildWorkflowExecutionDecisionAttributes(attributes.toBuilder()
            .taskList(t -> t.name(type.defaultTaskList())).build()).build();
      }
    }
    if (kind == DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION
        && decision.continueAsNewWorkflowExecutionDecisionAttributes() != null && runType != null) {
      var attributes = decision.continueAsNewWorkflowExecutionDecisionAttributes();
      String version = Objects.requireNonNullElse(attributes.workflowTypeVersion(), runType.version());
      Registered type = registered("workflow", runType.name(), version);
      var written = attributes.toBuilder();
      if (attributes.workflowTypeVersion() != null && type != null) {
        written.workflowTypeVersion(type.version());
      }
      if (attributes.taskList() == null && type != null && type.defaultTaskList() != null) {
        written.taskList(t -> t.name(type.defaultTaskList()));
      }
      return decision.toBuilder().continueAsNewWorkflowExecutionDecisionAttributes(written.build()).build();
    }
    return decision;
  }

  // ---------------------------------------------------------------- bookkeeping and settling

  private void remember(SwfRequest sent) {
    if (sent instanceof StartWorkflowExecutionRequest start && start.workflowId() != null) {
      started.add(start.workflowId());
    }
    if (sent instanceof RespondDecisionTaskCompletedRequest respond && respond.hasDecisions()) {
      for (Decision decision : respond.decisions()) {
        if (decision != null && decision.decisionType() == DecisionType.START_CHILD_WORKFLOW_EXECUTION
            && decision.startChildWorkflowExecutionDecisionAttributes() != null
            && decision.startChildWorkflowExecutionDecisionAttributes().workflowId() != null) {
          started.add(decision.startChildWorkflowExecutionDecisionAttributes().workflowId());
          children = true;
        }
      }
    }
  }

  private boolean appliesEffectsLater(SwfRequest sent) {
    if (sent instanceof TerminateWorkflowExecutionRequest) {
      return children;
    }
    if (sent instanceof RespondDecisionTaskCompletedRequest respond && respond.hasDecisions()) {
      for (Decision decision : respond.decisions()) {
        DecisionType kind = decision == null ? null : decision.decisionType();
        if (kind == DecisionType.START_CHILD_WORKFLOW_EXECUTION
            || kind == DecisionType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION
            || kind == DecisionType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION
            || kind == DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION
            || kind == DecisionType.SCHEDULE_LAMBDA_FUNCTION
            || kind == DecisionType.REQUEST_CANCEL_ACTIVITY_TASK
            || kind == DecisionType.START_TIMER && decision.startTimerDecisionAttributes() != null
                && "0".equals(decision.startTimerDecisionAttributes().startToFireTimeout())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reads a count of pending tasks until two readings half a second apart agree (at most six readings). */
  private Object settledCount(Method method, SwfRequest sent) throws Throwable {
    Object last = answer(method, sent);
    for (int reading = 0; reading < 5; reading++) {
      Thread.sleep(500);
      Object next = answer(method, sent);
      if (Objects.equals(count(next), count(last))) {
        return next;
      }
      last = next;
    }
    return last;
  }

  private static Integer count(Object response) {
    return response instanceof CountPendingDecisionTasksResponse decisions ? decisions.count()
        : ((CountPendingActivityTasksResponse) response).count();
  }

  // ---------------------------------------------------------------- rewriting

  /** How workflow ids, task lists and type versions are rewritten in one direction. */
  private record Rules(UnaryOperator<String> workflowId, UnaryOperator<String> taskList,
      UnaryOperator<WorkflowType> workflowType, UnaryOperator<ActivityType> activityType) {}

  /** On the way to SWF: the prefix, and the versions of the types the test registered. */
  private Rules outgoing() {
    return new Rules(this::prefixed, this::prefixed,
        type -> type.toBuilder().version(versionOnSwf("workflow", type.name(), type.version())).build(),
        type -> type.toBuilder().version(versionOnSwf("activity", type.name(), type.version())).build());
  }

  /** On the way back: without the prefix and the types' suffixes. */
  private Rules incoming() {
    return new Rules(this::unprefixed, this::unprefixed,
        type -> type.toBuilder().version(versionInTest(type.version())).build(),
        type -> type.toBuilder().version(versionInTest(type.version())).build());
  }

  /** The version SWF knows a type by: the one the test registered it under, or its own if the test did not. */
  private String versionOnSwf(String kind, String name, String version) {
    Registered type = registered(kind, name, version);
    return type == null ? version : type.version();
  }

  private static String versionInTest(String version) {
    return version == null ? null : TYPE_SUFFIX.matcher(version).replaceAll("");
  }

  /**
   * A workflow id or task list with the prefix after its leading white space (which SWF's rules
   * look at); an empty one, or the literal {@code arn} (which they forbid), is sent as is.
   */
  private String prefixed(String value) {
    if (value.isEmpty() || value.equals("arn")) {
      return value;
    }
    int start = 0;
    while (start < value.length() && Character.isWhitespace(value.charAt(start))) {
      start++;
    }
    return value.substring(0, start) + prefix + value.substring(start);
  }

  private String unprefixed(String value) {
    return value.replace(prefix, "");
  }

  /** A text of SWF's (an error message) as the test would see it: without prefixes and type suffixes. */
  String unprefixedText(String text) {
    return TYPE_SUFFIX.matcher(text.replace(prefix, "")).replaceAll("");
  }

  /**
   * A copy of a request, response or any of their members with every {@code workflowId} member,
   * every task list's name and every workflow and activity type rewritten by the rules; the same
   * object when nothing changes.
   */
  private static Object rewrite(Object value, Rules rules) {
    if (value instanceof TaskList list) {
      return list.name() == null ? list : list.toBuilder().name(rules.taskList().apply(list.name())).build();
    }
    if (value instanceof WorkflowType type) {
      return rules.workflowType().apply(type);
    }
    if (value instanceof ActivityType type) {
      return rules.activityType().apply(type);
    }
    if (value instanceof List<?> list && !(value instanceof SdkAutoConstructList)) {
      List<Object> copy = new ArrayList<>(list.size());
      boolean changed = false;
      for (Object item : list) {
        Object rewritten = rewrite(item, rules);
        changed |= !Objects.equals(rewritten, item);
        copy.add(rewritten);
      }
      return changed ? copy : list;
    }
    if (value instanceof SdkPojo pojo && value instanceof ToCopyableBuilder<?, ?> copyable) {
      Object builder = null;
      for (SdkField<?> field : pojo.sdkFields()) {
        Object member = field.getValueOrDefault(pojo);
        if (member == null || member instanceof SdkAutoConstructList || member instanceof SdkAutoConstructMap) {
          continue;
        }
        Object rewritten = member instanceof String id && field.locationName().equals("workflowId")
            ? rules.workflowId().apply(id) : rewrite(member, rules);
        if (!Objects.equals(rewritten, member)) {
          if (builder == null) {
            builder = copyable.toBuilder();
          }
          field.set(builder, rewritten);
        }
      }
      return builder == null ? value : ((SdkBuilder<?, ?>) builder).build();
    }
    return value;
  }

  /** An error of SWF's as the test would see it: its message without prefixes, and SWF's own as its cause. */
  private Throwable incoming(Throwable thrown) {
    if (thrown instanceof AwsServiceException error && error.awsErrorDetails() != null
        && error.awsErrorDetails().errorMessage() != null) {
      String message = error.awsErrorDetails().errorMessage();
      String seen = unprefixedText(message);
      if (!seen.equals(message)) {
        return error.toBuilder()
            .awsErrorDetails(error.awsErrorDetails().toBuilder().errorMessage(seen).build())
            .message(seen)
            .cause(error)
            .build();
      }
    }
    return thrown;
  }
}
