package dev.swftyped;

import static dev.swftyped.LibraryAgainstFakePropertyTest.EXAMPLES;
import static dev.swftyped.LibraryAgainstFakePropertyTest.identifiers;
import static dev.swftyped.LibraryAgainstFakePropertyTest.optional;
import static dev.swftyped.LibraryAgainstFakePropertyTest.startOptions;
import static dev.swftyped.LibraryAgainstFakePropertyTest.texts;
import static dev.swftyped.LibraryAgainstFakePropertyTest.timeouts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/**
 * Generated decisions of all 13 kinds turn into the SDK's shape (their decision type and only its
 * attributes member) and read back from it as the same decision: no value is lost, renamed or moved
 * to another member; and batches of them, sent to the fake in {@code RespondDecisionTaskCompleted},
 * never fail its validation (a decision may still fail as an event, for an unknown activity type
 * say). {@code -Dswf.properties.examples=N} runs more.
 */
class DecisionPropertyTest {

  // ---------------------------------------------------------------- generators

  static Gen<Optional<String>> data() {
    return optional(texts(40));
  }

  static Gen<PartialTaskConfiguration> taskConfigurations() {
    return optional(identifiers()).zip(timeouts(true), timeouts(true), timeouts(true),
            (list, startToClose, scheduleToStart, scheduleToClose) -> new PartialTaskConfiguration(list,
                startToClose, scheduleToStart, scheduleToClose, Optional.empty(), OptionalInt.empty()))
        .zip(timeouts(true), optional(integers().between(-1000, 1000)), (configuration, heartbeat, priority) ->
            new PartialTaskConfiguration(configuration.taskList(), configuration.startToCloseTimeout(),
                configuration.scheduleToStartTimeout(), configuration.scheduleToCloseTimeout(), heartbeat,
                priority.map(OptionalInt::of).orElse(OptionalInt.empty())));
  }

  static Gen<ExecutionTarget> targets() {
    return identifiers().zip(optional(identifiers()), (id, run) -> run.isPresent()
        ? ExecutionId.of(id, run.get()) : CurrentExecutionId.of(id));
  }

  static Gen<Decision> decisions() {
    Gen<ActivityId> activities = identifiers().zip(identifiers(), ActivityId::of);
    Gen<Decision> schedule = activities.zip(identifiers(), data(), data(), taskConfigurations(),
        Decision.ScheduleActivityTask::new);
    Gen<Decision> cancelTask = identifiers().map(id -> Decision.RequestCancelActivityTask.of(id));
    Gen<Decision> complete = data().map(result -> new Decision.CompleteWorkflowExecution(result));
    Gen<Decision> fail = optional(texts(256)).zip(data(), Decision.FailWorkflowExecution::new);
    Gen<Decision> cancel = data().map(details -> new Decision.CancelWorkflowExecution(details));
    Gen<Decision> continueAsNew = optional(identifiers()).zip(startOptions(),
        Decision.ContinueAsNewWorkflowExecution::new);
    Gen<Decision> marker = texts(30).map(name -> "m" + name).zip(data(), Decision.RecordMarker::new);
    Gen<Duration> delays = longs().between(0, 99_999_999).map(seconds -> Duration.ofSeconds(seconds));
    Gen<Decision> timer = identifiers().zip(delays, data(), Decision.StartTimer::new);
    Gen<Decision> cancelTimer = identifiers().map(id -> Decision.CancelTimer.of(id));
    Gen<Decision> signal = targets().zip(identifiers(), data(), data(),
        Decision.SignalExternalWorkflowExecution::new);
    Gen<Decision> cancelExternal = targets().zip(data(), Decision.RequestCancelExternalWorkflowExecution::new);
    Gen<Decision> child = identifiers().zip(identifiers(), WorkflowId::of).zip(
        identifiers().map(id -> CurrentExecutionId.of(id)), startOptions(), data(),
        Decision.StartChildWorkflowExecution::new);
    Gen<Decision> lambda = identifiers().zip(identifiers(), data(), data(), timeouts(true),
        Decision.ScheduleLambdaFunction::new);
    return Generate.oneOf(schedule, cancelTask, complete, fail, cancel, continueAsNew, marker, timer, cancelTimer,
        signal, cancelExternal, child, lambda);
  }

  // ---------------------------------------------------------------- reading the SDK's shape back

  static Optional<Timeout> timeout(String wire) {
    return Optional.ofNullable(wire).map(Timeout::parse);
  }

  static OptionalInt priority(String wire) {
    return wire == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(wire));
  }

  static Optional<String> name(TaskList list) {
    return Optional.ofNullable(list).map(TaskList::name);
  }

  static ExecutionTarget target(String workflowId, String runId) {
    return runId == null ? CurrentExecutionId.of(workflowId) : ExecutionId.of(workflowId, runId);
  }

  static StartOptions options(String input, List<String> tags, PartialExecutionConfiguration configuration) {
    return new StartOptions(Optional.ofNullable(input), tags, configuration);
  }

  static PartialExecutionConfiguration configuration(String timeout, String taskTimeout, TaskList list,
      String priority, String childPolicy, String role) {
    return new PartialExecutionConfiguration(timeout(timeout), timeout(taskTimeout), name(list),
        Optional.ofNullable(childPolicy).map(ChildExecutionTerminationPolicy::valueOf), priority(priority),
        Optional.ofNullable(role));
  }

  /** The decision an SDK decision describes, read member by member under SWF's names. */
  static Decision fromSdk(software.amazon.awssdk.services.swf.model.Decision sdk) {
    switch (sdk.decisionType()) {
      case SCHEDULE_ACTIVITY_TASK: {
        var a = sdk.scheduleActivityTaskDecisionAttributes();
        ActivityType type = a.activityType();
        return new Decision.ScheduleActivityTask(ActivityId.of(type.name(), type.version()), a.activityId(),
            Optional.ofNullable(a.input()), Optional.ofNullable(a.control()),
            new PartialTaskConfiguration(name(a.taskList()), timeout(a.startToCloseTimeout()),
                timeout(a.scheduleToStartTimeout()), timeout(a.scheduleToCloseTimeout()),
                timeout(a.heartbeatTimeout()), priority(a.taskPriority())));
      }
      case REQUEST_CANCEL_ACTIVITY_TASK:
        return new Decision.RequestCancelActivityTask(sdk.requestCancelActivityTaskDecisionAttributes().activityId());
      case COMPLETE_WORKFLOW_EXECUTION:
        return new Decision.CompleteWorkflowExecution(
            Optional.ofNullable(sdk.completeWorkflowExecutionDecisionAttributes().result()));
      case FAIL_WORKFLOW_EXECUTION: {
        var a = sdk.failWorkflowExecutionDecisionAttributes();
        return new Decision.FailWorkflowExecution(Optional.ofNullable(a.reason()), Optional.ofNullable(a.details()));
      }
      case CANCEL_WORKFLOW_EXECUTION:
        return new Decision.CancelWorkflowExecution(
            Optional.ofNullable(sdk.cancelWorkflowExecutionDecisionAttributes().details()));
      case CONTINUE_AS_NEW_WORKFLOW_EXECUTION: {
        var a = sdk.continueAsNewWorkflowExecutionDecisionAttributes();
        return new Decision.ContinueAsNewWorkflowExecution(Optional.ofNullable(a.workflowTypeVersion()),
            options(a.input(), a.tagList(), configuration(a.executionStartToCloseTimeout(),
                a.taskStartToCloseTimeout(), a.taskList(), a.taskPriority(), a.childPolicyAsString(),
                a.lambdaRole())));
      }
      case RECORD_MARKER: {
        var a = sdk.recordMarkerDecisionAttributes();
        return new Decision.RecordMarker(a.markerName(), Optional.ofNullable(a.details()));
      }
      case START_TIMER: {
        var a = sdk.startTimerDecisionAttributes();
        return new Decision.StartTimer(a.timerId(), Duration.ofSeconds(Long.parseLong(a.startToFireTimeout())),
            Optional.ofNullable(a.control()));
      }
      case CANCEL_TIMER:
        return new Decision.CancelTimer(sdk.cancelTimerDecisionAttributes().timerId());
      case SIGNAL_EXTERNAL_WORKFLOW_EXECUTION: {
        var a = sdk.signalExternalWorkflowExecutionDecisionAttributes();
        return new Decision.SignalExternalWorkflowExecution(target(a.workflowId(), a.runId()), a.signalName(),
            Optional.ofNullable(a.input()), Optional.ofNullable(a.control()));
      }
      case REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION: {
        var a = sdk.requestCancelExternalWorkflowExecutionDecisionAttributes();
        return new Decision.RequestCancelExternalWorkflowExecution(target(a.workflowId(), a.runId()),
            Optional.ofNullable(a.control()));
      }
      case START_CHILD_WORKFLOW_EXECUTION: {
        var a = sdk.startChildWorkflowExecutionDecisionAttributes();
        WorkflowType type = a.workflowType();
        return new Decision.StartChildWorkflowExecution(WorkflowId.of(type.name(), type.version()),
            CurrentExecutionId.of(a.workflowId()),
            options(a.input(), a.tagList(), configuration(a.executionStartToCloseTimeout(),
                a.taskStartToCloseTimeout(), a.taskList(), a.taskPriority(), a.childPolicyAsString(),
                a.lambdaRole())),
            Optional.ofNullable(a.control()));
      }
      case SCHEDULE_LAMBDA_FUNCTION: {
        var a = sdk.scheduleLambdaFunctionDecisionAttributes();
        return new Decision.ScheduleLambdaFunction(a.id(), a.name(), Optional.ofNullable(a.input()),
            Optional.ofNullable(a.control()), timeout(a.startToCloseTimeout()));
      }
      default:
        throw new AssertionError("unknown decision type " + sdk.decisionTypeAsString());
    }
  }

  static String attributesMember(String decisionType) {
    return Character.toLowerCase(decisionType.charAt(0)) + decisionType.substring(1) + "DecisionAttributes";
  }

  // ---------------------------------------------------------------- properties

  @Test
  void everyDecisionReadsBackFromItsSdkShapeUnchanged() {
    qt().withExamples(EXAMPLES * 4).withFixedSeed(5).forAll(decisions()).checkAssert(decision ->
        assertThat(fromSdk(decision.toSdk())).isEqualTo(decision));
  }

  @Test
  void everyDecisionSetsItsTypeAndOnlyTheAttributesOfItsType() {
    qt().withExamples(EXAMPLES).withFixedSeed(6).forAll(decisions()).checkAssert(decision -> {
      software.amazon.awssdk.services.swf.model.Decision sdk = decision.toSdk();
      String type = decision.getClass().getSimpleName();

      assertThat(sdk.decisionTypeAsString()).isEqualTo(type);
      assertThat(sdk.sdkFields().stream()
              .filter(field -> !field.memberName().equals("decisionType") && field.getValueOrDefault(sdk) != null)
              .map(SdkField::memberName))
          .containsExactly(attributesMember(type));
    });
  }

  static boolean closes(Decision decision) {
    return decision instanceof Decision.CompleteWorkflowExecution || decision instanceof Decision.FailWorkflowExecution
        || decision instanceof Decision.CancelWorkflowExecution
        || decision instanceof Decision.ContinueAsNewWorkflowExecution;
  }

  /** Batches of up to six decisions, with at most one closing decision, last. */
  static Gen<Decisions> batches() {
    return lists().of(decisions()).ofSizeBetween(0, 6).zip(optional(texts(40)), (generated, context) -> {
      List<Decision> batch = new ArrayList<>();
      Decision closing = null;
      for (Decision decision : generated) {
        if (closes(decision)) {
          closing = decision;
        } else {
          batch.add(decision);
        }
      }
      if (closing != null) {
        batch.add(closing);
      }
      Decisions decisions = Decisions.of(batch);
      return context.isPresent() ? decisions.withExecutionContext(context.get()) : decisions;
    });
  }

  @Test
  void everyBatchOfDecisionsTheRecordsAllowPassesTheFakesValidation() {
    LibraryAgainstFakePropertyTest.Setup setup = new LibraryAgainstFakePropertyTest.Setup();
    SwfTyped swf = SwfTyped.create(setup.raw(), setup.clock);
    int[] example = new int[1];
    qt().withExamples(EXAMPLES).withFixedSeed(8).forAll(batches()).checkAssert(batch -> {
      String list = "deciders-" + example[0]++;
      swf.startExecution("d", LibraryAgainstFakePropertyTest.ORDER, CurrentExecutionId.of("e" + example[0]),
          StartOptions.defaults().withConfiguration(
              PartialExecutionConfiguration.builder().decisionTaskList(list).build()));
      DecisionTask task = swf.pollDecisionTask("d", list).orElseThrow();

      try {
        swf.respondDecisionTask(task, batch);
      } catch (SwfException e) {
        throw new AssertionError("the fake refused " + batch + ": " + e.getMessage(), e);
      }

      assertThat(swf.listHistory("d", task.execution()))
          .filteredOn(Event.DecisionTaskCompleted.class::isInstance).hasSize(1);
    });
  }

  @Test
  void thereIsOneDecisionRecordPerDecisionType() {
    assertThat(Arrays.stream(Decision.class.getPermittedSubclasses()).map(Class::getSimpleName)
            .collect(Collectors.toSet()))
        .isEqualTo(DecisionType.knownValues().stream().map(DecisionType::toString).collect(Collectors.toSet()));
  }

  @Test
  void theGeneratorsCoverEveryDecisionType() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    qt().withExamples(400).withFixedSeed(7).forAll(decisions())
        .checkAssert(decision -> seen.add(decision.getClass().getSimpleName()));

    assertThat(seen).hasSize(13);
  }
}
