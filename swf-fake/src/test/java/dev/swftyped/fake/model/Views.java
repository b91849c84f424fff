package dev.swftyped.fake.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * What the model says a listing, a description or a history should be, and the same views of
 * what the fake answered, as plain strings so that a difference reads at a glance.
 */
final class Views {
  private Views() {}

  /** The property filter of a visibility query. */
  enum Filter {
    NONE,
    ID,
    TYPE_NAME,
    TYPE_VERSION,
    TAG,
    CLOSE_STATUS
  }

  static List<String> expectedOpen(Model model, String domain, long oldest, long latest, Filter filter, String value,
      boolean reverse) {
    Comparator<Model.Run> newestFirst = Comparator.comparingLong((Model.Run run) -> run.start)
        .thenComparingInt(run -> run.startSeq).reversed();
    return listing(model.visibleRuns(domain).filter(Model.Run::open)
        .filter(run -> run.start >= oldest && run.start <= latest)
        .filter(run -> matches(run, filter, value)), newestFirst, reverse);
  }

  static List<String> expectedClosed(Model model, String domain, boolean byCloseTime, long oldest, long latest,
      Filter filter, String value, boolean reverse) {
    Comparator<Model.Run> newestFirst = byCloseTime
        ? Comparator.comparingLong((Model.Run run) -> run.close).thenComparingInt(run -> run.closeSeq).reversed()
        : Comparator.comparingLong((Model.Run run) -> run.start).thenComparingInt(run -> run.startSeq).reversed();
    return listing(model.visibleRuns(domain).filter(run -> !run.open())
        .filter(run -> {
          long time = byCloseTime ? run.close : run.start;
          return time >= oldest && time <= latest;
        })
        .filter(run -> matches(run, filter, value)), newestFirst, reverse);
  }

  private static List<String> listing(Stream<Model.Run> runs, Comparator<Model.Run> order, boolean reverse) {
    return runs.sorted(reverse ? order.reversed() : order).map(run -> run.workflowId + "/" + run.runId).toList();
  }

  private static boolean matches(Model.Run run, Filter filter, String value) {
    switch (filter) {
      case ID:
        return run.workflowId.equals(value);
      case TYPE_NAME:
        return run.typeName.equals(value);
      case TYPE_VERSION:
        return (run.typeName + "/" + run.typeVersion).equals(value);
      case TAG:
        return run.tags.contains(value);
      case CLOSE_STATUS:
        return value.equals(run.closeStatus);
      default:
        return true;
    }
  }

  static List<String> ids(List<WorkflowExecutionInfo> infos) {
    return infos.stream().map(info -> info.execution().workflowId() + "/" + info.execution().runId()).toList();
  }

  // ---------------------------------------------------------------- what the fake answered, flattened

  /**
   * Every member of an SDK object that is set, by name, nested objects flattened the same way,
   * timestamps as epoch milliseconds; unset members (and unset lists) are left out. The model builds
   * the same maps, so that a comparison covers every attribute without naming each one.
   */
  static Map<String, Object> flatten(SdkPojo pojo) {
    Map<String, Object> map = new TreeMap<>();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
        map.put(field.locationName(), plain(value));
      }
    }
    return map;
  }

  private static Object plain(Object value) {
    if (value instanceof SdkPojo) {
      return flatten((SdkPojo) value);
    }
    if (value instanceof Instant) {
      return ((Instant) value).toEpochMilli();
    }
    if (value instanceof List) {
      return ((List<?>) value).stream().map(Views::plain).toList();
    }
    return value;
  }

  /** The fake's events as the model writes them: id, timestamp, type and the type's attributes. */
  static List<String> events(List<HistoryEvent> events) {
    return events.stream().map(Views::event).toList();
  }

  /** The model's events of a run from one id to another, in either order, as {@link #events} writes them. */
  static List<String> events(Model.Run run, long first, long last, boolean reverse) {
    List<String> views = new ArrayList<>();
    for (long id = first; id <= last; id++) {
      views.add(run.events.get((int) id - 1).view(id));
    }
    if (reverse) {
      Collections.reverse(views);
    }
    return views;
  }

  static List<String> events(Model.Run run) {
    return events(run, 1, run.events.size(), false);
  }

  /** The name of the attributes member of an event type: {@code timerStartedEventAttributes}. */
  static String attributesMember(String eventType) {
    return Character.toLowerCase(eventType.charAt(0)) + eventType.substring(1) + "EventAttributes";
  }

  private static String event(HistoryEvent event) {
    Map<String, Object> members = flatten(event);
    members.remove("eventId");
    members.remove("eventTimestamp");
    members.remove("eventType");
    String type = event.eventTypeAsString();
    Object attributes = members.size() == 1 ? members.get(attributesMember(type)) : null;
    return event.eventId() + " " + event.eventTimestamp().toEpochMilli() + " " + type + " "
        + (attributes != null ? attributes : "(not exactly one attributes member, the right one: " + members + ")");
  }

  // ---------------------------------------------------------------- what the model says a client sees

  /** A run's WorkflowExecutionInfo, as listings and Describe give it. */
  static Map<String, Object> info(Model.Run run) {
    return Model.attrs("execution", Model.execution(run), "workflowType", Model.type(run.typeName, run.typeVersion),
        "startTimestamp", run.start, "closeTimestamp", run.open() ? null : run.close,
        "executionStatus", run.open() ? "OPEN" : "CLOSED", "closeStatus", run.closeStatus,
        "parent", run.parentRunId == null ? null : Model.execution(run.parentWorkflowId, run.parentRunId),
        "tagList", run.tags.isEmpty() ? null : run.tags,
        // cancelRequested is false once the run has closed (as recorded)
        "cancelRequested", run.open() && run.cancelRequested);
  }

  /** DescribeWorkflowExecution: the info, the configuration, the open counts (VX-1) and VX-2, VX-3. */
  static Map<String, Object> describe(Model.Run run) {
    Model.Config config = run.config;
    int[] counts = run.openCounts();
    return Model.attrs("executionInfo", info(run),
        "executionConfiguration", Model.attrs("taskStartToCloseTimeout", config.taskTimeout(),
            "executionStartToCloseTimeout", config.executionTimeout(), "taskList", Model.taskList(config.taskList()),
            "taskPriority", config.taskPriority(), "childPolicy", config.childPolicy()),
        "openCounts", Model.attrs("openDecisionTasks", counts[0], "openActivityTasks", counts[1],
            "openTimers", counts[2], "openChildWorkflowExecutions", counts[3], "openLambdaFunctions", 0),
        "latestActivityTaskTimestamp", run.latestActivity, "latestExecutionContext", run.latestExecutionContext);
  }
}
