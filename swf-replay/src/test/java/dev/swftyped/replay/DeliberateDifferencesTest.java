package dev.swftyped.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recordings of runs against the fake, changed on purpose: each change must come out of the
 * replay as the difference it is, and nothing else may.
 */
class DeliberateDifferencesTest {
  @TempDir
  static Path dir;
  static Path controlPlane;
  static Path taskPlane;

  @BeforeAll
  static void record() throws Exception {
    controlPlane = dir.resolve("control-plane.jsonl");
    try (Session session = Session.recordingTo(controlPlane)) {
      Runs.controlPlane(session);
    }
    taskPlane = dir.resolve("task-plane.jsonl");
    try (Session session = Session.recordingTo(taskPlane)) {
      Runs.deciderAndWorker(session);
    }
  }

  @Test
  void aMemberTheFakeDoesNotSendIsMissing() throws Exception {
    Lines lines = Lines.of(controlPlane);
    int count = lines.find("CountOpenWorkflowExecutions", 1);
    lines.replace(count, "\"truncated\":false}", "\"truncated\":false,\"approximate\":true}");

    ReplayReport report = lines.replay();

    assertThat(report.differences()).containsExactly(new Difference(count, "CountOpenWorkflowExecutions",
        Difference.Kind.MISSING, "approximate", "true", Difference.ABSENT, ""));
  }

  @Test
  void aMemberRemovedFromTheRecordingIsUnexpected() throws Exception {
    Lines lines = Lines.of(controlPlane);
    int describe = lines.find("DescribeDomain", 1);
    lines.replace(describe, ",\"description\":\"Orders\"", "");

    ReplayReport report = lines.replay();

    assertThat(report.differences()).containsExactly(new Difference(describe, "DescribeDomain",
        Difference.Kind.UNEXPECTED, "domainInfo.description", Difference.ABSENT, "\"Orders\"", ""));
    assertThat(report.toString()).contains("line " + describe + " DescribeDomain  domainInfo.description  [UNEXPECTED]\n"
        + "    recorded: (absent)\n"
        + "    replayed: \"Orders\"\n");
  }

  @Test
  void aChangedValueIsReportedWithBothValues() throws Exception {
    Lines lines = Lines.of(controlPlane);
    int count = lines.find("CountOpenWorkflowExecutions", 1);
    lines.replace(count, "\"count\":3", "\"count\":4");

    ReplayReport report = lines.replay();

    assertThat(report.differences()).containsExactly(new Difference(count, "CountOpenWorkflowExecutions",
        Difference.Kind.VALUE, "count", "4", "3", ""));
    assertThat(report.differences().get(0)).hasToString(
        "line " + count + " CountOpenWorkflowExecutions count: recorded 4, replayed 3");
  }

  @Test
  void aChangedErrorCodeOrMessageIsAnErrorDifference() throws Exception {
    Lines lines = Lines.of(controlPlane);
    int unknown = lines.find("DescribeDomain", 2);
    lines.replace(unknown, "\"code\":\"UnknownResourceFault\"", "\"code\":\"DomainDeprecatedFault\"")
        .replace(unknown, "Unknown domain: nope", "Unknown domain: nope.");

    ReplayReport report = lines.replay();

    assertThat(report.differences()).containsExactly(
        new Difference(unknown, "DescribeDomain", Difference.Kind.ERROR, "error.code", "\"DomainDeprecatedFault\"",
            "\"UnknownResourceFault\"", ""),
        new Difference(unknown, "DescribeDomain", Difference.Kind.ERROR, "error.message", "\"Unknown domain: nope.\"",
            "\"Unknown domain: nope\"", ""));
  }

  @Test
  void anErrorWhereTheFakeAnswersIsAnErrorDifference() throws Exception {
    Lines lines = Lines.of(controlPlane);
    int unknown = lines.find("DescribeDomain", 2);
    lines.edit(unknown, call -> {
      call.remove("error");
      call.put("response", Map.of());
    });
    int duplicate = lines.find("RegisterDomain", 2);
    lines.replace(duplicate, "\"error\":{\"code\":\"DomainAlreadyExistsFault\",\"message\":\"orders\",\"status\":400}",
        "\"response\":{}");

    ReplayReport report = lines.replay();

    assertThat(report.differences()).extracting(Difference::line, Difference::kind, Difference::recorded,
        Difference::replayed).containsExactly(
        org.assertj.core.groups.Tuple.tuple(unknown, Difference.Kind.ERROR, "a response",
            "UnknownResourceFault (400): Unknown domain: nope"),
        org.assertj.core.groups.Tuple.tuple(duplicate, Difference.Kind.ERROR, "a response",
            "DomainAlreadyExistsFault (400): orders"));
  }

  @Test
  void aRunIdThatStandsForTwoOfTheFakesIsARelationDifference() throws Exception {
    Lines lines = Lines.of(controlPlane);
    String order1 = runId(lines, 1);
    String order2 = runId(lines, 2);
    int describe = lines.find("DescribeWorkflowExecution", 1);
    lines.replace(describe, "\"response\":{\"executionInfo\":{\"execution\":{\"workflowId\":\"order-2\",\"runId\":\""
        + order2, "\"response\":{\"executionInfo\":{\"execution\":{\"workflowId\":\"order-2\",\"runId\":\"" + order1);

    ReplayReport report = lines.replay();

    assertThat(report.differences()).singleElement().satisfies(difference -> {
      assertThat(difference.line()).isEqualTo(describe);
      assertThat(difference.kind()).isEqualTo(Difference.Kind.RELATION);
      assertThat(difference.path()).isEqualTo("executionInfo.execution.runId");
      assertThat(difference.recorded()).isEqualTo("\"" + order1 + "\"");
      assertThat(difference.detail()).startsWith("the recorded run id stands for the fake's ")
          .endsWith(" since line " + lines.find("StartWorkflowExecution", 1) + " (runId)");
    });
  }

  @Test
  void twoRunIdsForOneOfTheFakesIsARelationDifference() throws Exception {
    Lines lines = Lines.of(controlPlane);
    String order3 = runId(lines, 3);
    int closedList = lines.find("ListClosedWorkflowExecutions", 1);
    lines.replace(closedList, order3, "another-run");

    ReplayReport report = lines.replay();

    assertThat(report.differences()).singleElement().satisfies(difference -> {
      assertThat(difference.kind()).isEqualTo(Difference.Kind.RELATION);
      assertThat(difference.path()).isEqualTo("executionInfos[0].execution.runId");
      assertThat(difference.recorded()).isEqualTo("\"another-run\"");
      assertThat(difference.detail()).isEqualTo("the fake's run id stands for the recorded \"" + order3
          + "\" since line " + lines.find("StartWorkflowExecution", 3) + " (runId)");
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void swappedEventsAreReportedWhereTheyDiffer() throws Exception {
    Lines lines = Lines.of(controlPlane);
    int history = lines.find("GetWorkflowExecutionHistory", 1);
    lines.edit(history, call -> {
      List<Object> events = (List<Object>) ((Map<String, Object>) call.get("response")).get("events");
      Collections.swap(events, 1, 2);
    });

    ReplayReport report = lines.replay();

    assertThat(report.differences()).filteredOn(d -> d.path().equals("events[1].eventType"))
        .containsExactly(new Difference(history, "GetWorkflowExecutionHistory", Difference.Kind.VALUE,
            "events[1].eventType", "\"WorkflowExecutionSignaled\"", "\"DecisionTaskScheduled\"", ""));
    assertThat(report.differences()).extracting(Difference::path)
        .contains("events[1].eventId", "events[2].eventId", "events[2].eventType",
            "events[1].workflowExecutionSignaledEventAttributes", "events[1].decisionTaskScheduledEventAttributes")
        .allMatch(path -> path.startsWith("events[1].") || path.startsWith("events[2]."));
  }

  @Test
  @SuppressWarnings("unchecked")
  void timestampsOutOfOrderAreARelationDifference() throws Exception {
    Lines lines = Lines.of(taskPlane);
    int history = lines.find("GetWorkflowExecutionHistory", 1);
    int[] timer = new int[2];
    lines.edit(history, call -> {
      List<Object> events = (List<Object>) ((Map<String, Object>) call.get("response")).get("events");
      Map<String, Object> started = event(events, "TimerStarted");
      Map<String, Object> fired = event(events, "TimerFired");
      timer[0] = events.indexOf(started);
      timer[1] = events.indexOf(fired);
      Object time = started.get("eventTimestamp");
      started.put("eventTimestamp", fired.get("eventTimestamp"));
      fired.put("eventTimestamp", time);
    });

    ReplayReport report = lines.replay();

    assertThat(report.differences()).isNotEmpty().allSatisfy(difference -> {
      assertThat(difference.line()).isEqualTo(history);
      assertThat(difference.kind()).isEqualTo(Difference.Kind.RELATION);
    });
    assertThat(report.differences()).extracting(Difference::path)
        .containsAnyOf("events[" + timer[0] + "].eventTimestamp", "events[" + timer[1] + "].eventTimestamp");
    assertThat(report.differences().get(0).detail()).containsAnyOf("recorded after", "recorded before",
        "recorded at the same instant");
  }

  @Test
  void aPollThatGotNoTaskWhereTheFakeHandsOneOutIsReported() throws Exception {
    Lines lines = Lines.of(taskPlane);
    int poll = lines.find("PollForDecisionTask", 2); // sent when the timer had fired
    lines.edit(poll, call -> call.put("response", Map.of("previousStartedEventId", java.math.BigDecimal.ZERO,
        "startedEventId", java.math.BigDecimal.ZERO)));

    ReplayReport report = lines.replay();

    assertThat(report.differences()).as("%s%n%s", report, lines.text()).first().satisfies(difference -> {
      assertThat(difference.line()).isEqualTo(poll);
      assertThat(difference.kind()).isEqualTo(Difference.Kind.UNEXPECTED);
      assertThat(difference.path()).isEqualTo("taskToken");
      assertThat(difference.detail()).isEqualTo(
          "the fake handed out a task (workflow order-42, startedEventId 8), the recording got none");
    });
  }

  @Test
  void aPollThatGotATaskTheFakeNeverHasIsReportedOnce() throws Exception {
    Lines lines = Lines.of(taskPlane);
    int poll = lines.find("PollForActivityTask", 1);
    lines.replace(poll, "\"taskList\":{\"name\":\"workers\"}", "\"taskList\":{\"name\":\"elsewhere\"}");

    ReplayReport report = lines.replay();

    assertThat(report.differences()).first().isEqualTo(new Difference(poll, "PollForActivityTask",
        Difference.Kind.MISSING, "taskToken", report.differences().get(0).recorded(), Difference.ABSENT,
        "the recording got a task (activity ship of workflow order-42, startedEventId 11), the fake had none to hand out"));
    assertThatThrownBy(report::assertNoDifferences).isInstanceOf(AssertionError.class)
        .hasMessageContaining("line " + poll + " PollForActivityTask  taskToken  [MISSING]");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> event(List<Object> events, String type) {
    return events.stream().map(e -> (Map<String, Object>) e).filter(e -> e.get("eventType").equals(type))
        .findFirst().orElseThrow();
  }

  /** The run id the {@code nth} start of the recording got. */
  private static String runId(Lines lines, int nth) {
    String line = lines.line(lines.find("StartWorkflowExecution", nth));
    return Json.parse(line).field("response").flatMap(r -> r.field("runId")).orElseThrow().asString();
  }
}
