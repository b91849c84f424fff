package dev.swftyped.fake.model;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
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

  static String describe(Model.Run run) {
    return "start=" + run.start + " type=" + run.typeName + "/" + run.typeVersion + " tags=" + run.tags
        + " open=" + run.open() + " closeStatus=" + run.closeStatus + " close=" + (run.open() ? null : run.close)
        + " cancelRequested=" + (run.open() && run.cancelRequested) + " timeout=" + run.executionTimeout
        + " openDecisionTasks=1";
  }

  static String describe(DescribeWorkflowExecutionResponse described) {
    WorkflowExecutionInfo info = described.executionInfo();
    return "start=" + info.startTimestamp().toEpochMilli() + " type=" + info.workflowType().name() + "/"
        + info.workflowType().version() + " tags=" + info.tagList() + " open=" + info.executionStatusAsString()
        .equals("OPEN") + " closeStatus=" + info.closeStatusAsString() + " close=" + (info.closeTimestamp() == null
        ? null : info.closeTimestamp().toEpochMilli()) + " cancelRequested=" + info.cancelRequested()
        + " timeout=" + described.executionConfiguration().executionStartToCloseTimeout()
        + " openDecisionTasks=" + described.openCounts().openDecisionTasks();
  }

  static List<String> events(List<HistoryEvent> events) {
    return events.stream().map(Views::event).toList();
  }

  private static String event(HistoryEvent event) {
    long millis = event.eventTimestamp().toEpochMilli();
    String type = event.eventTypeAsString();
    switch (type) {
      case "WorkflowExecutionStarted":
        return Model.event(millis, type, "input=" + event.workflowExecutionStartedEventAttributes().input()
            + " tags=" + event.workflowExecutionStartedEventAttributes().tagList()
            + " timeout=" + event.workflowExecutionStartedEventAttributes().executionStartToCloseTimeout());
      case "WorkflowExecutionSignaled":
        return Model.event(millis, type, "name=" + event.workflowExecutionSignaledEventAttributes().signalName()
            + " input=" + event.workflowExecutionSignaledEventAttributes().input());
      case "WorkflowExecutionTerminated":
        return Model.event(millis, type, "reason=" + event.workflowExecutionTerminatedEventAttributes().reason()
            + " childPolicy=" + event.workflowExecutionTerminatedEventAttributes().childPolicyAsString());
      default:
        return Model.event(millis, type, "");
    }
  }
}
