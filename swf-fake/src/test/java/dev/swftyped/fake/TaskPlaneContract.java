package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.RegisterActivityTypeRequest;
import software.amazon.awssdk.services.swf.model.RespondDecisionTaskCompletedRequest;
import software.amazon.awssdk.services.swf.model.ScheduleActivityTaskDecisionAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionOpenCounts;

/**
 * The base of the task-plane contract tests: a tiny decider and worker vocabulary over the SDK's
 * {@code SwfClient}. Polls answer at once (the fake's poll timeout is zero) unless a test class
 * configures its fakes otherwise. A poll that the test expects to find nothing goes through
 * {@link #emptyPollDecision} or {@link #emptyPollActivity}: SWF holds such a poll for 60 seconds.
 */
abstract class TaskPlaneContract extends ContractTest {
  /** The decision task list of {@code Order 1} (its registered default). */
  static final String DECIDERS = "deciders";
  /** The activity task list of {@code Charge 1} (its registered default). */
  static final String WORKERS = "workers";
  static final ActivityType CHARGE = ActivityType.builder().name("Charge").version("1").build();

  @Override
  SwfFake.Builder configure(SwfFake.Builder builder) {
    return builder.pollTimeout(Duration.ZERO);
  }

  // ---------------------------------------------------------------- fixtures

  /** Registers {@code Charge 1} with defaults: list {@code workers}, 60 / 600 / 300 / NONE seconds. */
  void registerChargeType() {
    registerActivityType(CHARGE, r -> r.defaultTaskList(t -> t.name(WORKERS))
        .defaultTaskScheduleToStartTimeout("60")
        .defaultTaskScheduleToCloseTimeout("600")
        .defaultTaskStartToCloseTimeout("300")
        .defaultTaskHeartbeatTimeout("NONE"));
  }

  void registerActivityType(ActivityType type, UnaryOperator<RegisterActivityTypeRequest.Builder> more) {
    swf.registerActivityType(r -> more.apply(r.domain(DOMAIN).name(type.name()).version(type.version())));
  }

  /** Registers the domain, {@code Order 1} and {@code Charge 1}. */
  void registerAll() {
    registerDomainAndType();
    registerChargeType();
  }

  // ---------------------------------------------------------------- the decider

  /** Polls the {@code deciders} list as {@code decider-1}. */
  PollForDecisionTaskResponse pollDecision() {
    return pollDecision(DECIDERS);
  }

  PollForDecisionTaskResponse pollDecision(String taskList) {
    return swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name(taskList)).identity("decider-1"));
  }

  /**
   * A decision poll that the test expects to find nothing. SWF holds it for 60 seconds: against
   * SWF the rest of the test is skipped, unless {@code -Dswf.contract.emptyPolls=wait}.
   */
  PollForDecisionTaskResponse emptyPollDecision() {
    return emptyPollDecision(DECIDERS);
  }

  PollForDecisionTaskResponse emptyPollDecision(String taskList) {
    skipAnEmptyPollAgainstSwf();
    return pollDecision(taskList);
  }

  private static void skipAnEmptyPollAgainstSwf() {
    if (againstSwf() && !AwsDoor.WAIT_FOR_EMPTY_POLLS) {
      Assumptions.abort("makes a poll that finds nothing, which SWF holds for 60 s "
          + "(-Dswf.contract.emptyPolls=wait makes it)");
    }
  }

  /** Polls and checks that a task was handed out. */
  PollForDecisionTaskResponse takeDecision() {
    PollForDecisionTaskResponse task = pollDecision();
    assertThat(task.taskToken()).as("a decision task should be handed out").isNotNull();
    return task;
  }

  /** Completes a decision task with the decisions given. */
  void decide(String taskToken, Decision... decisions) {
    swf.respondDecisionTaskCompleted(r -> r.taskToken(taskToken).decisions(decisions));
  }

  void respond(String taskToken, UnaryOperator<RespondDecisionTaskCompletedRequest.Builder> request) {
    swf.respondDecisionTaskCompleted(r -> request.apply(r.taskToken(taskToken)));
  }

  /** Takes the next decision task and completes it with the decisions given. */
  PollForDecisionTaskResponse decideNext(Decision... decisions) {
    PollForDecisionTaskResponse task = takeDecision();
    decide(task.taskToken(), decisions);
    return task;
  }

  // ---------------------------------------------------------------- decisions

  static Decision scheduleActivity(String activityId) {
    return scheduleActivity(activityId, a -> a);
  }

  static Decision scheduleActivity(String activityId,
      UnaryOperator<ScheduleActivityTaskDecisionAttributes.Builder> more) {
    return Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
        .scheduleActivityTaskDecisionAttributes(more.apply(ScheduleActivityTaskDecisionAttributes.builder()
            .activityId(activityId).activityType(CHARGE)).build())
        .build();
  }

  static Decision requestCancelActivity(String activityId) {
    return Decision.builder().decisionType(DecisionType.REQUEST_CANCEL_ACTIVITY_TASK)
        .requestCancelActivityTaskDecisionAttributes(a -> a.activityId(activityId)).build();
  }

  static Decision startTimer(String timerId, long seconds) {
    return Decision.builder().decisionType(DecisionType.START_TIMER)
        .startTimerDecisionAttributes(a -> a.timerId(timerId).startToFireTimeout(Long.toString(seconds))).build();
  }

  static Decision cancelTimer(String timerId) {
    return Decision.builder().decisionType(DecisionType.CANCEL_TIMER)
        .cancelTimerDecisionAttributes(a -> a.timerId(timerId)).build();
  }

  static Decision marker(String name, String details) {
    return Decision.builder().decisionType(DecisionType.RECORD_MARKER)
        .recordMarkerDecisionAttributes(a -> a.markerName(name).details(details)).build();
  }

  static Decision complete(String result) {
    return Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
        .completeWorkflowExecutionDecisionAttributes(a -> a.result(result)).build();
  }

  static Decision fail(String reason, String details) {
    return Decision.builder().decisionType(DecisionType.FAIL_WORKFLOW_EXECUTION)
        .failWorkflowExecutionDecisionAttributes(a -> a.reason(reason).details(details)).build();
  }

  static Decision cancel(String details) {
    return Decision.builder().decisionType(DecisionType.CANCEL_WORKFLOW_EXECUTION)
        .cancelWorkflowExecutionDecisionAttributes(a -> a.details(details)).build();
  }

  static Decision continueAsNew(String input) {
    return Decision.builder().decisionType(DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
        .continueAsNewWorkflowExecutionDecisionAttributes(a -> a.input(input)).build();
  }

  // ---------------------------------------------------------------- the worker

  PollForActivityTaskResponse pollActivity() {
    return pollActivity(WORKERS);
  }

  PollForActivityTaskResponse pollActivity(String taskList) {
    return swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(t -> t.name(taskList)).identity("worker-1"));
  }

  /** An activity poll that the test expects to find nothing: see {@link #emptyPollDecision()}. */
  PollForActivityTaskResponse emptyPollActivity() {
    return emptyPollActivity(WORKERS);
  }

  PollForActivityTaskResponse emptyPollActivity(String taskList) {
    skipAnEmptyPollAgainstSwf();
    return pollActivity(taskList);
  }

  /** Polls {@code workers} and checks that a task was handed out. */
  PollForActivityTaskResponse takeActivity() {
    PollForActivityTaskResponse task = pollActivity();
    assertThat(task.taskToken()).as("an activity task should be handed out").isNotNull();
    return task;
  }

  void completeActivity(String taskToken, String result) {
    swf.respondActivityTaskCompleted(r -> r.taskToken(taskToken).result(result));
  }

  // ---------------------------------------------------------------- reading

  /** The types of a run's events, in order. */
  List<EventType> types(String workflowId, String runId) {
    return history(workflowId, runId).stream().map(HistoryEvent::eventType).collect(Collectors.toList());
  }

  /** A run's events from the given id on. */
  List<HistoryEvent> eventsFrom(String workflowId, String runId, long eventId) {
    List<HistoryEvent> all = history(workflowId, runId);
    return all.subList((int) eventId - 1, all.size());
  }

  /** One event of a run's history, by id. */
  HistoryEvent event(String workflowId, String runId, long eventId) {
    return history(workflowId, runId).get((int) eventId - 1);
  }

  /** The types of a run's events from the given id on. */
  List<EventType> typesFrom(String workflowId, String runId, long eventId) {
    return eventsFrom(workflowId, runId, eventId).stream().map(HistoryEvent::eventType).collect(Collectors.toList());
  }

  static List<EventType> list(EventType... types) {
    return Arrays.asList(types);
  }

  WorkflowExecutionOpenCounts openCounts(String workflowId, String runId) {
    return describe(workflowId, runId).openCounts();
  }

  static WorkflowExecutionOpenCounts counts(int decisions, int activities, int timers, int children) {
    return WorkflowExecutionOpenCounts.builder().openDecisionTasks(decisions).openActivityTasks(activities)
        .openTimers(timers).openChildWorkflowExecutions(children).openLambdaFunctions(0).build();
  }

  int pendingDecisions(String taskList) {
    return swf.countPendingDecisionTasks(r -> r.domain(DOMAIN).taskList(t -> t.name(taskList))).count();
  }

  int pendingActivities(String taskList) {
    return swf.countPendingActivityTasks(r -> r.domain(DOMAIN).taskList(t -> t.name(taskList))).count();
  }
}
