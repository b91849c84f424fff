package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowType;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Every event type SWF defines reads into its record with every attribute kept, under SWF's name,
 * field by field: built with every member set (distinct values, then zeros), and with only the
 * members the service model requires. The expected values are computed here from the SDK's
 * values, independently of the library's mapping.
 */
class EventMappingTest {
  static final Instant OCCURRED = Instant.parse("2026-03-01T10:15:30.123Z");

  /** The members the service model requires, per event type (service-2.json, {@code required}). */
  static final Map<String, Set<String>> REQUIRED = Map.ofEntries(
      Map.entry("WorkflowExecutionStarted", Set.of("childPolicy", "taskList", "workflowType")),
      Map.entry("WorkflowExecutionCancelRequested", Set.of()),
      Map.entry("WorkflowExecutionCompleted", Set.of("decisionTaskCompletedEventId")),
      Map.entry("CompleteWorkflowExecutionFailed", Set.of("cause", "decisionTaskCompletedEventId")),
      Map.entry("WorkflowExecutionFailed", Set.of("decisionTaskCompletedEventId")),
      Map.entry("FailWorkflowExecutionFailed", Set.of("cause", "decisionTaskCompletedEventId")),
      Map.entry("WorkflowExecutionTimedOut", Set.of("timeoutType", "childPolicy")),
      Map.entry("WorkflowExecutionCanceled", Set.of("decisionTaskCompletedEventId")),
      Map.entry("CancelWorkflowExecutionFailed", Set.of("cause", "decisionTaskCompletedEventId")),
      Map.entry("WorkflowExecutionContinuedAsNew", Set.of("decisionTaskCompletedEventId", "newExecutionRunId",
          "taskList", "childPolicy", "workflowType")),
      Map.entry("ContinueAsNewWorkflowExecutionFailed", Set.of("cause", "decisionTaskCompletedEventId")),
      Map.entry("WorkflowExecutionTerminated", Set.of("childPolicy")),
      Map.entry("DecisionTaskScheduled", Set.of("taskList")),
      Map.entry("DecisionTaskStarted", Set.of("scheduledEventId")),
      Map.entry("DecisionTaskCompleted", Set.of("scheduledEventId", "startedEventId")),
      Map.entry("DecisionTaskTimedOut", Set.of("timeoutType", "scheduledEventId", "startedEventId")),
      Map.entry("ActivityTaskScheduled", Set.of("activityType", "activityId", "taskList",
          "decisionTaskCompletedEventId")),
      Map.entry("ScheduleActivityTaskFailed", Set.of("activityType", "activityId", "cause",
          "decisionTaskCompletedEventId")),
      Map.entry("ActivityTaskStarted", Set.of("scheduledEventId")),
      Map.entry("ActivityTaskCompleted", Set.of("scheduledEventId", "startedEventId")),
      Map.entry("ActivityTaskFailed", Set.of("scheduledEventId", "startedEventId")),
      Map.entry("ActivityTaskTimedOut", Set.of("timeoutType", "scheduledEventId", "startedEventId")),
      Map.entry("ActivityTaskCanceled", Set.of("scheduledEventId", "startedEventId")),
      Map.entry("ActivityTaskCancelRequested", Set.of("decisionTaskCompletedEventId", "activityId")),
      Map.entry("RequestCancelActivityTaskFailed", Set.of("activityId", "cause", "decisionTaskCompletedEventId")),
      Map.entry("WorkflowExecutionSignaled", Set.of("signalName")),
      Map.entry("MarkerRecorded", Set.of("markerName", "decisionTaskCompletedEventId")),
      Map.entry("RecordMarkerFailed", Set.of("markerName", "cause", "decisionTaskCompletedEventId")),
      Map.entry("TimerStarted", Set.of("timerId", "startToFireTimeout", "decisionTaskCompletedEventId")),
      Map.entry("StartTimerFailed", Set.of("timerId", "cause", "decisionTaskCompletedEventId")),
      Map.entry("TimerFired", Set.of("timerId", "startedEventId")),
      Map.entry("TimerCanceled", Set.of("timerId", "startedEventId", "decisionTaskCompletedEventId")),
      Map.entry("CancelTimerFailed", Set.of("timerId", "cause", "decisionTaskCompletedEventId")),
      Map.entry("StartChildWorkflowExecutionInitiated", Set.of("workflowId", "workflowType", "taskList",
          "decisionTaskCompletedEventId", "childPolicy")),
      Map.entry("StartChildWorkflowExecutionFailed", Set.of("workflowType", "cause", "workflowId", "initiatedEventId",
          "decisionTaskCompletedEventId")),
      Map.entry("ChildWorkflowExecutionStarted", Set.of("workflowExecution", "workflowType", "initiatedEventId")),
      Map.entry("ChildWorkflowExecutionCompleted", Set.of("workflowExecution", "workflowType", "initiatedEventId",
          "startedEventId")),
      Map.entry("ChildWorkflowExecutionFailed", Set.of("workflowExecution", "workflowType", "initiatedEventId",
          "startedEventId")),
      Map.entry("ChildWorkflowExecutionTimedOut", Set.of("workflowExecution", "workflowType", "timeoutType",
          "initiatedEventId", "startedEventId")),
      Map.entry("ChildWorkflowExecutionCanceled", Set.of("workflowExecution", "workflowType", "initiatedEventId",
          "startedEventId")),
      Map.entry("ChildWorkflowExecutionTerminated", Set.of("workflowExecution", "workflowType", "initiatedEventId",
          "startedEventId")),
      Map.entry("SignalExternalWorkflowExecutionInitiated", Set.of("workflowId", "signalName",
          "decisionTaskCompletedEventId")),
      Map.entry("SignalExternalWorkflowExecutionFailed", Set.of("workflowId", "cause", "initiatedEventId",
          "decisionTaskCompletedEventId")),
      Map.entry("ExternalWorkflowExecutionSignaled", Set.of("workflowExecution", "initiatedEventId")),
      Map.entry("RequestCancelExternalWorkflowExecutionInitiated", Set.of("workflowId", "decisionTaskCompletedEventId")),
      Map.entry("RequestCancelExternalWorkflowExecutionFailed", Set.of("workflowId", "cause", "initiatedEventId",
          "decisionTaskCompletedEventId")),
      Map.entry("ExternalWorkflowExecutionCancelRequested", Set.of("workflowExecution", "initiatedEventId")),
      Map.entry("LambdaFunctionScheduled", Set.of("id", "name", "decisionTaskCompletedEventId")),
      Map.entry("LambdaFunctionStarted", Set.of("scheduledEventId")),
      Map.entry("LambdaFunctionCompleted", Set.of("scheduledEventId", "startedEventId")),
      Map.entry("LambdaFunctionFailed", Set.of("scheduledEventId", "startedEventId")),
      Map.entry("LambdaFunctionTimedOut", Set.of("scheduledEventId", "startedEventId")),
      Map.entry("ScheduleLambdaFunctionFailed", Set.of("id", "name", "cause", "decisionTaskCompletedEventId")),
      Map.entry("StartLambdaFunctionFailed", Set.of()));

  /** Record components named other than SWF's member, and why: {@code id()} is the event's own id. */
  static final Map<String, String> RENAMED =
      Map.of("id", "functionId", "cause", "causeAsString", "timeoutType", "timeoutTypeAsString");

  static Stream<EventType> eventTypes() {
    return EventType.knownValues().stream().sorted();
  }

  // ---------------------------------------------------------------- building SDK events

  /** Makes the value of one SDK member: strings shaped as SWF would send them, numbers from a counter. */
  static final class Values {
    final boolean zeros;
    final Class<?> attributes;
    int next = 1;

    Values(boolean zeros, Class<?> attributes) {
      this.zeros = zeros;
      this.attributes = attributes;
    }

    Object of(SdkField<?> field) {
      int n = next++;
      MarshallingType<?> type = field.marshallingType();
      String name = field.memberName();
      if (type == MarshallingType.LONG) {
        return zeros ? 0L : (long) n * 1000;
      }
      if (type == MarshallingType.LIST) {
        return List.of("tag-" + n, "tag-" + (n + 1));
      }
      if (type == MarshallingType.SDK_POJO) {
        SdkPojo builder = field.constructor().get();
        for (SdkField<?> member : builder.sdkFields()) {
          member.set(builder, member.memberName() + "-" + n);
        }
        return ((SdkBuilder<?, ?>) builder).build();
      }
      if (name.endsWith("Timeout")) {
        return zeros ? "0" : Integer.toString(n * 7);
      }
      switch (name) {
        case "taskPriority":
          return zeros ? "0" : Integer.toString(-n);
        case "childPolicy":
          return "ABANDON";
        case "cause":
          return lastConstant(attributes.getSimpleName().replace("EventAttributes", "Cause"));
        case "timeoutType":
          return lastConstant(attributes.getSimpleName().replace("ChildWorkflowExecution", "WorkflowExecution")
              .replace("TimedOutEventAttributes", "TimeoutType"));
        default:
          return name + "-" + n;
      }
    }

    /** The last value SWF defines for an enumeration: the one a wrong lookup would least likely hit. */
    static String lastConstant(String enumName) {
      try {
        Class<?> type = Class.forName(EventType.class.getPackageName() + "." + enumName);
        Set<?> known = (Set<?>) type.getMethod("knownValues").invoke(null);
        return known.stream().map(Object::toString).sorted().reduce((a, b) -> b).orElseThrow();
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(enumName, e);
      }
    }
  }

  static String attributesMember(EventType type) {
    String name = type.toString();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "EventAttributes";
  }

  static SdkField<?> field(SdkPojo pojo, String member) {
    return pojo.sdkFields().stream().filter(f -> f.memberName().equals(member)).findFirst().orElseThrow();
  }

  /** An SDK event of the type with the given members of its attributes set (a null filter sets all). */
  static HistoryEvent sdkEvent(EventType type, boolean zeros, Set<String> only) {
    SdkPojo event = (SdkPojo) HistoryEvent.builder().eventId(42L).eventTimestamp(OCCURRED).eventType(type);
    SdkField<?> attributesField = field(event, attributesMember(type));
    SdkPojo attributes = attributesField.constructor().get();
    Values values = new Values(zeros, ((SdkBuilder<?, ?>) attributes).build().getClass());
    for (SdkField<?> member : attributes.sdkFields()) {
      if (only == null || only.contains(member.memberName())) {
        member.set(attributes, values.of(member));
      }
    }
    attributesField.set(event, ((SdkBuilder<?, ?>) attributes).build());
    return ((HistoryEvent.Builder) event).build();
  }

  static SdkPojo attributesOf(HistoryEvent event, EventType type) {
    return (SdkPojo) field(event, attributesMember(type)).getValueOrDefault(event);
  }

  // ---------------------------------------------------------------- expectations

  static Object component(Event event, String name) {
    RecordComponent component = component(event.getClass(), name);
    try {
      return component.getAccessor().invoke(event);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static RecordComponent component(Class<?> record, String name) {
    return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(record.getSimpleName() + " has no component " + name));
  }

  /** What a record component holds for an SDK member's value, computed from the component's type. */
  static Object expected(Object sdkValue, RecordComponent component) {
    Type type = component.getGenericType();
    if (type == long.class) {
      return sdkValue;
    }
    if (type == OptionalLong.class) {
      return OptionalLong.of((Long) sdkValue);
    }
    if (type == OptionalInt.class) {
      return OptionalInt.of(Integer.parseInt((String) sdkValue));
    }
    if (type == Duration.class) {
      return Duration.ofSeconds(Long.parseLong((String) sdkValue));
    }
    if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Optional.class) {
      return Optional.of(value(sdkValue, ((ParameterizedType) type).getActualTypeArguments()[0]));
    }
    return value(sdkValue, type instanceof ParameterizedType ? ((ParameterizedType) type).getRawType() : type);
  }

  static Object value(Object sdkValue, Type type) {
    if (type == Timeout.class) {
      return Timeout.parse((String) sdkValue);
    }
    if (type == ChildExecutionTerminationPolicy.class) {
      return ChildExecutionTerminationPolicy.valueOf((String) sdkValue);
    }
    if (sdkValue instanceof TaskList) {
      return ((TaskList) sdkValue).name();
    }
    if (sdkValue instanceof ActivityType) {
      return ActivityId.of(((ActivityType) sdkValue).name(), ((ActivityType) sdkValue).version());
    }
    if (sdkValue instanceof WorkflowType) {
      return WorkflowId.of(((WorkflowType) sdkValue).name(), ((WorkflowType) sdkValue).version());
    }
    if (sdkValue instanceof WorkflowExecution) {
      return ExecutionId.of(((WorkflowExecution) sdkValue).workflowId(), ((WorkflowExecution) sdkValue).runId());
    }
    return sdkValue;
  }

  static Object empty(RecordComponent component) {
    Class<?> type = component.getType();
    if (type == OptionalLong.class) {
      return OptionalLong.empty();
    }
    if (type == OptionalInt.class) {
      return OptionalInt.empty();
    }
    if (type == List.class) {
      return List.of();
    }
    return Optional.empty();
  }

  static String componentName(String member) {
    return RENAMED.getOrDefault(member, member);
  }

  static void assertEveryMemberKept(EventType type, HistoryEvent sdk, Event event) {
    assertThat(event.getClass().getSimpleName()).isEqualTo(type.toString());
    assertThat(event.eventType()).isEqualTo(type.toString());
    assertThat(event.id()).isEqualTo(42L);
    assertThat(event.occurred()).isEqualTo(OCCURRED);
    SdkPojo attributes = attributesOf(sdk, type);
    List<String> members = new ArrayList<>();
    for (SdkField<?> member : attributes.sdkFields()) {
      String name = componentName(member.memberName());
      members.add(name);
      Object sdkValue = member.getValueOrDefault(attributes);
      RecordComponent component = component(event.getClass(), name);
      Object expected = sdkValue == null || (sdkValue instanceof List && ((List<?>) sdkValue).isEmpty())
          ? empty(component)
          : expected(sdkValue, component);
      assertThat(component(event, name)).as("%s.%s", type, name).isEqualTo(expected);
    }
    assertThat(Arrays.stream(event.getClass().getRecordComponents()).map(RecordComponent::getName))
        .as("the components of %s: its id, when it occurred, and one per SWF member", type)
        .containsExactlyElementsOf(Stream.concat(Stream.of("id", "occurred"), members.stream()).toList());
  }

  // ---------------------------------------------------------------- the tests

  @ParameterizedTest
  @MethodSource("eventTypes")
  void everyMemberOfEveryEventTypeIsKeptFieldByField(EventType type) {
    HistoryEvent sdk = sdkEvent(type, false, null);

    assertEveryMemberKept(type, sdk, Event.of(sdk));
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void zerosStayZeros(EventType type) {
    HistoryEvent sdk = sdkEvent(type, true, null);

    assertEveryMemberKept(type, sdk, Event.of(sdk));
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void membersTheModelDoesNotRequireMayBeAbsentAndAreThenEmpty(EventType type) {
    Set<String> required = REQUIRED.get(type.toString());
    HistoryEvent sdk = sdkEvent(type, false, required);

    Event event = Event.of(sdk);

    assertEveryMemberKept(type, sdk, event);
    for (SdkField<?> member : attributesOf(sdk, type).sdkFields()) {
      if (!required.contains(member.memberName())) {
        String name = componentName(member.memberName());
        assertThat(component(event, name)).as("%s.%s", type, name).isEqualTo(empty(component(event.getClass(), name)));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void causesAndTimeoutTypesReadAsTheConstantsOfTheirNames(EventType type) throws ReflectiveOperationException {
    HistoryEvent sdk = sdkEvent(type, false, null);
    Event event = Event.of(sdk);

    for (String member : List.of("cause", "timeoutType")) {
      Optional<RecordComponent> raw = Arrays.stream(event.getClass().getRecordComponents())
          .filter(c -> c.getName().equals(member + "AsString")).findFirst();
      if (raw.isPresent()) {
        Object name = raw.get().getAccessor().invoke(event);
        Object constant = event.getClass().getMethod(member).invoke(event);
        Object unwrapped = constant instanceof Optional ? ((Optional<?>) constant).orElseThrow() : constant;
        Object rawName = name instanceof Optional ? ((Optional<?>) name).orElseThrow() : name;
        assertThat(((Enum<?>) unwrapped).name()).as("%s.%s()", type, member).isEqualTo(rawName);
      }
    }
  }

  @Test
  void thereIsOneRecordPerEventTypeAndOneForUnknownTypes() {
    Set<String> records = Stream.concat(Arrays.stream(Event.class.getPermittedSubclasses()),
            Arrays.stream(Event.DecisionFailed.class.getPermittedSubclasses()))
        .filter(Class::isRecord)
        .map(Class::getSimpleName)
        .collect(Collectors.toSet());

    Set<String> expected = EventType.knownValues().stream().map(EventType::toString).collect(Collectors.toSet());
    expected.add("Unknown");
    assertThat(records).isEqualTo(expected);
  }

  @Test
  void theDecisionFailuresAreTheFailedEventsOfTheThirteenDecisions() {
    assertThat(Arrays.stream(Event.DecisionFailed.class.getPermittedSubclasses()).map(Class::getSimpleName))
        .containsExactlyInAnyOrderElementsOf(DecisionType.knownValues().stream()
            .map(decision -> decision + "Failed").toList());
  }

  @Test
  void theRequiredTableCoversEveryEventType() {
    assertThat(REQUIRED.keySet()).isEqualTo(
        EventType.knownValues().stream().map(EventType::toString).collect(Collectors.toSet()));
  }
}
