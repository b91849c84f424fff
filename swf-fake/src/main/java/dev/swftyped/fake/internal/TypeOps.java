package dev.swftyped.fake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import software.amazon.awssdk.services.swf.model.*;

/** Workflow types and activity types: registration, description, listing and their life cycle. */
final class TypeOps {
  private TypeOps() {}

  // ---------------------------------------------------------------- workflow types

  static RegisterWorkflowTypeResponse.Builder registerWorkflowType(
      State state, RegisterWorkflowTypeRequest request, long now) {
    Rules.identifier("name", request.name());
    Rules.identifier("version", request.version());
    Rules.executionTimeout("defaultExecutionStartToCloseTimeout", request.defaultExecutionStartToCloseTimeout());
    Rules.timeout("defaultTaskStartToCloseTimeout", request.defaultTaskStartToCloseTimeout());
    Rules.priority("defaultTaskPriority", request.defaultTaskPriority());
    RegisteredType type = register(state, RegisteredType.Kind.WORKFLOW, request.domain(), request.name(),
        request.version(), request.description(), now);
    type.defaultExecutionStartToCloseTimeout = request.defaultExecutionStartToCloseTimeout();
    type.defaultTaskStartToCloseTimeout = request.defaultTaskStartToCloseTimeout();
    type.defaultTaskList = request.defaultTaskList() == null ? null : request.defaultTaskList().name();
    type.defaultTaskPriority = request.defaultTaskPriority();
    type.defaultChildPolicy = request.defaultChildPolicyAsString();
    type.defaultLambdaRole = request.defaultLambdaRole();
    return RegisterWorkflowTypeResponse.builder();
  }

  static DescribeWorkflowTypeResponse.Builder describeWorkflowType(State state, DescribeWorkflowTypeRequest request) {
    Domain domain = state.domain(request.domain());
    RegisteredType type = workflowType(domain, request.workflowType().name(), request.workflowType().version());
    return DescribeWorkflowTypeResponse.builder()
        .typeInfo(workflowInfo(type))
        .configuration(WorkflowTypeConfiguration.builder()
            .defaultExecutionStartToCloseTimeout(type.defaultExecutionStartToCloseTimeout)
            .defaultTaskStartToCloseTimeout(type.defaultTaskStartToCloseTimeout)
            .defaultTaskList(taskList(type.defaultTaskList))
            .defaultTaskPriority(type.defaultTaskPriority)
            .defaultChildPolicy(type.defaultChildPolicy)
            .defaultLambdaRole(type.defaultLambdaRole)
            .build());
  }

  static ListWorkflowTypesResponse.Builder listWorkflowTypes(State state, ListWorkflowTypesRequest request, long now) {
    Domain domain = state.domain(request.domain());
    List<WorkflowTypeInfo> infos = new ArrayList<>();
    String token = page(state, domain.workflowTypes, PageTokens.Kind.WORKFLOW_TYPES, request.domain(), request.name(),
        request.registrationStatusAsString(), request.reverseOrder(), request.maximumPageSize(),
        request.nextPageToken(), now, type -> infos.add(workflowInfo(type)));
    return ListWorkflowTypesResponse.builder().typeInfos(infos).nextPageToken(token);
  }

  static DeprecateWorkflowTypeResponse.Builder deprecateWorkflowType(
      State state, DeprecateWorkflowTypeRequest request, long now) {
    Domain domain = state.domain(request.domain());
    deprecate(workflowType(domain, request.workflowType().name(), request.workflowType().version()), now);
    return DeprecateWorkflowTypeResponse.builder();
  }

  static UndeprecateWorkflowTypeResponse.Builder undeprecateWorkflowType(
      State state, UndeprecateWorkflowTypeRequest request) {
    Domain domain = state.domain(request.domain());
    undeprecate(workflowType(domain, request.workflowType().name(), request.workflowType().version()));
    return UndeprecateWorkflowTypeResponse.builder();
  }

  static DeleteWorkflowTypeResponse.Builder deleteWorkflowType(State state, DeleteWorkflowTypeRequest request) {
    Domain domain = state.domain(request.domain());
    delete(domain.workflowTypes,
        workflowType(domain, request.workflowType().name(), request.workflowType().version()));
    return DeleteWorkflowTypeResponse.builder();
  }

  static RegisteredType workflowType(Domain domain, String name, String version) {
    RegisteredType type = domain.workflowTypes.get(new RegisteredType.Key(name, version));
    if (type == null) {
      throw SwfFault.unknownResource(
          "Unknown type: " + RegisteredType.label(RegisteredType.Kind.WORKFLOW, name, version));
    }
    return type;
  }

  private static WorkflowTypeInfo workflowInfo(RegisteredType type) {
    return WorkflowTypeInfo.builder()
        .workflowType(type.sdkType())
        .status(type.status)
        .description(type.description)
        .creationDate(java.time.Instant.ofEpochMilli(type.createdMillis))
        .deprecationDate(type.deprecated() ? java.time.Instant.ofEpochMilli(type.deprecatedMillis) : null)
        .build();
  }

  // ---------------------------------------------------------------- activity types

  static RegisterActivityTypeResponse.Builder registerActivityType(
      State state, RegisterActivityTypeRequest request, long now) {
    Rules.identifier("name", request.name());
    Rules.identifier("version", request.version());
    Rules.timeout("defaultTaskStartToCloseTimeout", request.defaultTaskStartToCloseTimeout());
    Rules.timeout("defaultTaskHeartbeatTimeout", request.defaultTaskHeartbeatTimeout());
    Rules.timeout("defaultTaskScheduleToStartTimeout", request.defaultTaskScheduleToStartTimeout());
    Rules.timeout("defaultTaskScheduleToCloseTimeout", request.defaultTaskScheduleToCloseTimeout());
    Rules.priority("defaultTaskPriority", request.defaultTaskPriority());
    RegisteredType type = register(state, RegisteredType.Kind.ACTIVITY, request.domain(), request.name(),
        request.version(), request.description(), now);
    type.defaultTaskStartToCloseTimeout = request.defaultTaskStartToCloseTimeout();
    type.defaultTaskHeartbeatTimeout = request.defaultTaskHeartbeatTimeout();
    type.defaultTaskList = request.defaultTaskList() == null ? null : request.defaultTaskList().name();
    type.defaultTaskPriority = request.defaultTaskPriority();
    type.defaultTaskScheduleToStartTimeout = request.defaultTaskScheduleToStartTimeout();
    type.defaultTaskScheduleToCloseTimeout = request.defaultTaskScheduleToCloseTimeout();
    return RegisterActivityTypeResponse.builder();
  }

  static DescribeActivityTypeResponse.Builder describeActivityType(State state, DescribeActivityTypeRequest request) {
    Domain domain = state.domain(request.domain());
    RegisteredType type = activityType(domain, request.activityType().name(), request.activityType().version());
    return DescribeActivityTypeResponse.builder()
        .typeInfo(activityInfo(type))
        .configuration(ActivityTypeConfiguration.builder()
            .defaultTaskStartToCloseTimeout(type.defaultTaskStartToCloseTimeout)
            .defaultTaskHeartbeatTimeout(type.defaultTaskHeartbeatTimeout)
            .defaultTaskList(taskList(type.defaultTaskList))
            .defaultTaskPriority(type.defaultTaskPriority)
            .defaultTaskScheduleToStartTimeout(type.defaultTaskScheduleToStartTimeout)
            .defaultTaskScheduleToCloseTimeout(type.defaultTaskScheduleToCloseTimeout)
            .build());
  }

  static ListActivityTypesResponse.Builder listActivityTypes(State state, ListActivityTypesRequest request, long now) {
    Domain domain = state.domain(request.domain());
    List<ActivityTypeInfo> infos = new ArrayList<>();
    String token = page(state, domain.activityTypes, PageTokens.Kind.ACTIVITY_TYPES, request.domain(), request.name(),
        request.registrationStatusAsString(), request.reverseOrder(), request.maximumPageSize(),
        request.nextPageToken(), now, type -> infos.add(activityInfo(type)));
    return ListActivityTypesResponse.builder().typeInfos(infos).nextPageToken(token);
  }

  static DeprecateActivityTypeResponse.Builder deprecateActivityType(
      State state, DeprecateActivityTypeRequest request, long now) {
    Domain domain = state.domain(request.domain());
    deprecate(activityType(domain, request.activityType().name(), request.activityType().version()), now);
    return DeprecateActivityTypeResponse.builder();
  }

  static UndeprecateActivityTypeResponse.Builder undeprecateActivityType(
      State state, UndeprecateActivityTypeRequest request) {
    Domain domain = state.domain(request.domain());
    undeprecate(activityType(domain, request.activityType().name(), request.activityType().version()));
    return UndeprecateActivityTypeResponse.builder();
  }

  static DeleteActivityTypeResponse.Builder deleteActivityType(State state, DeleteActivityTypeRequest request) {
    Domain domain = state.domain(request.domain());
    delete(domain.activityTypes,
        activityType(domain, request.activityType().name(), request.activityType().version()));
    return DeleteActivityTypeResponse.builder();
  }

  static RegisteredType activityType(Domain domain, String name, String version) {
    RegisteredType type = domain.activityTypes.get(new RegisteredType.Key(name, version));
    if (type == null) {
      throw SwfFault.unknownResource(
          "Unknown type: " + RegisteredType.label(RegisteredType.Kind.ACTIVITY, name, version));
    }
    return type;
  }

  private static ActivityTypeInfo activityInfo(RegisteredType type) {
    return ActivityTypeInfo.builder()
        .activityType(type.sdkActivityType())
        .status(type.status)
        .description(type.description)
        .creationDate(java.time.Instant.ofEpochMilli(type.createdMillis))
        .deprecationDate(type.deprecated() ? java.time.Instant.ofEpochMilli(type.deprecatedMillis) : null)
        .build();
  }

  // ---------------------------------------------------------------- shared

  private static RegisteredType register(State state, RegisteredType.Kind kind, String domainName, String name,
      String version, String description, long now) {
    Domain domain = state.domain(domainName);
    if (domain.deprecated()) {
      throw new SwfFault(Faults.DOMAIN_DEPRECATED, domain.name);
    }
    TreeMap<RegisteredType.Key, RegisteredType> types =
        kind == RegisteredType.Kind.WORKFLOW ? domain.workflowTypes : domain.activityTypes;
    RegisteredType.Key key = new RegisteredType.Key(name, version);
    if (types.containsKey(key)) {
      throw new SwfFault(Faults.TYPE_ALREADY_EXISTS, RegisteredType.label(kind, name, version));
    }
    if (types.size() >= state.settings.typeLimit()) {
      throw new SwfFault(Faults.LIMIT_EXCEEDED, "Maximum number of " + (kind == RegisteredType.Kind.WORKFLOW
          ? "workflow" : "activity") + " types (" + state.settings.typeLimit() + ") reached for domain " + domain.name);
    }
    RegisteredType type = new RegisteredType(kind, name, version, description, now);
    types.put(key, type);
    return type;
  }

  static void markDeprecated(RegisteredType type, long now) {
    if (!type.deprecated()) {
      type.status = RegistrationStatus.DEPRECATED;
      type.deprecatedMillis = now;
    }
  }

  private static void deprecate(RegisteredType type, long now) {
    if (type.deprecated()) {
      throw new SwfFault(Faults.TYPE_DEPRECATED, type.label());
    }
    markDeprecated(type, now);
  }

  private static void undeprecate(RegisteredType type) {
    if (!type.deprecated()) {
      throw new SwfFault(Faults.TYPE_ALREADY_EXISTS, type.label());
    }
    type.status = RegistrationStatus.REGISTERED;
    type.deprecatedMillis = 0;
  }

  private static void delete(TreeMap<RegisteredType.Key, RegisteredType> types, RegisteredType type) {
    if (!type.deprecated()) {
      throw new SwfFault(Faults.TYPE_NOT_DEPRECATED,
          "The type is currently registered and cannot be deleted in its current state");
    }
    types.remove(type.key());
  }

  private static TaskList taskList(String name) {
    return name == null ? null : TaskList.builder().name(name).build();
  }

  /**
   * Walks one page of types with the given status (and name, if given), ordered by name and
   * version, and returns the next-page token, or null on the last page.
   */
  private static String page(State state, TreeMap<RegisteredType.Key, RegisteredType> types, PageTokens.Kind kind,
      String domain, String name, String status, Boolean reverseOrder, Integer maximumPageSize, String nextPageToken,
      long now, java.util.function.Consumer<RegisteredType> out) {
    boolean reverse = Boolean.TRUE.equals(reverseOrder);
    String query = kind + "|" + domain + "|" + name + "|" + status + "|" + reverse;
    NavigableMap<RegisteredType.Key, RegisteredType> view = types;
    if (name != null) {
      view = view.subMap(new RegisteredType.Key(name, ""), true, new RegisteredType.Key(name + '\u0000', ""), false);
    }
    if (reverse) {
      view = view.descendingMap();
    }
    if (nextPageToken != null) {
      String[] cursor = PageTokens.names(state.pageTokens.redeem(nextPageToken, kind, query, now));
      if (cursor.length != 2) {
        throw SwfFault.validation(PageTokens.INVALID);
      }
      view = view.tailMap(new RegisteredType.Key(cursor[0], cursor[1]), false);
    }
    int limit = Paging.limit(maximumPageSize);
    int count = 0;
    RegisteredType last = null;
    for (RegisteredType type : view.values()) {
      if (!type.status.toString().equals(status)) {
        continue;
      }
      if (count == limit) {
        return state.pageTokens.issue(kind, query, now, PageTokens.nameCursor(last.name, last.version));
      }
      out.accept(type);
      last = type;
      count++;
    }
    return null;
  }
}
