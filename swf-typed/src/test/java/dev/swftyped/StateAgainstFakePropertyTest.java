package dev.swftyped;

import static dev.swftyped.LibraryAgainstFakePropertyTest.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/**
 * The state builder checked against the fake: generated decider programs (rounds of activities
 * that complete, fail or stay open, timers started and cancelled, markers, cancellation requests,
 * clock moves, and a closing decision) run on the fake through the typed tasks, and the state built
 * from each resulting history agrees with what the fake reports: the status, the open counts, the
 * activity results and failures it accepted, the heartbeats it answers for open activities, the
 * timers it fired and those it did not. {@code -Dswf.properties.examples=N} runs more.
 */
class StateAgainstFakePropertyTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");
  static final ActivityId WORK = ActivityId.of("Work", "1");

  /**
   * A decider program: in each round the decider answers one decision task with the round's steps,
   * the activities it scheduled are taken and answered, and the clock moves; the last round may
   * close the run (0: no, 1: complete, 2: fail, 3: cancel).
   */
  record Program(List<List<Integer>> rounds, List<Integer> advances, int close) {}

  static Gen<Program> programs() {
    Gen<List<Integer>> round = lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 4);
    return lists().of(round).ofSizeBetween(1, 5)
        .zip(lists().of(integers().between(0, 150)).ofSize(5), integers().between(0, 3), Program::new);
  }

  /** What the run of a program did, as the fake answered it. */
  static final class Run {
    final FakeClock clock = FakeClock.at(START);
    final SwfFake fake = SwfFake.builder().clock(clock).seed(5).pollTimeout(Duration.ZERO).build();
    final SwfTyped swf = SwfTyped.create(fake.client(), clock);
    final List<String> activities = new ArrayList<>();
    final List<String> timers = new ArrayList<>();
    final Map<String, String> completed = new HashMap<>();
    final Map<String, String> failed = new HashMap<>();
    final Map<String, String> leftOpen = new HashMap<>();
    int signals;
    int markers;
    ExecutionId run;

    Run() {
      swf.registerDomain("d", DomainConfiguration.retainingDays(7));
      swf.registerWorkflowType("d", ORDER, PartialExecutionConfiguration.builder()
          .timeout(Timeout.of(Duration.ofDays(30)))
          .decisionTaskTimeout(Timeout.ofSeconds(30))
          .decisionTaskList("deciders")
          .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
          .build());
      swf.registerActivityType("d", WORK, PartialTaskConfiguration.empty());
    }

    void execute(Program program) {
      run = swf.startExecution("d", ORDER, CurrentExecutionId.of("program"));
      for (int r = 0; r < program.rounds().size(); r++) {
        boolean last = r == program.rounds().size() - 1;
        if (last && program.close() == 3) {
          swf.requestCancelExecution("d", run);
        }
        Optional<DecisionTask> task = swf.pollDecisionTask("d", "deciders");
        if (task.isEmpty()) {
          swf.signalExecution("d", run, "next");
          signals++;
          task = swf.pollDecisionTask("d", "deciders");
        }
        List<Decision> decisions = new ArrayList<>();
        Map<String, Integer> scheduled = new HashMap<>();
        for (int step : program.rounds().get(r)) {
          decisions.add(decision(step, scheduled));
        }
        if (last && program.close() > 0) {
          decisions.add(program.close() == 1 ? Decision.CompleteWorkflowExecution.of().withResult("finished")
              : program.close() == 2 ? Decision.FailWorkflowExecution.of().withReason("gave up")
              : Decision.CancelWorkflowExecution.of().withDetails("as asked"));
        }
        swf.respondDecisionTask(task.orElseThrow(), Decisions.of(decisions));
        for (int i = 0; i < scheduled.size(); i++) {
          Optional<ActivityTask> activity = swf.pollActivityTask("d", "work");
          activity.ifPresent(a -> answer(a, scheduled.get(a.activityId())));
        }
        clock.advance(Duration.ofSeconds(program.advances().get(r)));
      }
    }

    private Decision decision(int step, Map<String, Integer> scheduled) {
      int param = step / 5;
      switch (step % 5) {
        case 0: {
          String id = "a" + activities.size();
          activities.add(id);
          scheduled.put(id, param % 3);
          return Decision.ScheduleActivityTask.of(WORK, id).withInput("in " + id)
              .withConfiguration(PartialTaskConfiguration.builder()
                  .taskList("work")
                  .startToCloseTimeout(Timeout.ofSeconds(1 + param % 200))
                  .scheduleToStartTimeout(Timeout.none())
                  .scheduleToCloseTimeout(Timeout.none())
                  .heartbeatTimeout(Timeout.none())
                  .build());
        }
        case 1: {
          String id = "t" + timers.size();
          timers.add(id);
          return Decision.StartTimer.of(id, Duration.ofSeconds(1 + param % 120));
        }
        case 2:
          return timers.isEmpty() ? marker(param) : Decision.CancelTimer.of(timers.get(param % timers.size()));
        case 3:
          return activities.isEmpty() ? marker(param)
              : Decision.RequestCancelActivityTask.of(activities.get(param % activities.size()));
        default:
          return marker(param);
      }
    }

    private Decision marker(int param) {
      markers++;
      return Decision.RecordMarker.of("m" + param % 3).withDetails("d" + param);
    }

    private void answer(ActivityTask task, int outcome) {
      String id = task.activityId();
      if (outcome == 0) {
        swf.completeActivityTask(task.token(), "result of " + id);
        completed.put(id, "result of " + id);
      } else if (outcome == 1) {
        swf.failActivityTask(task.token(), "reason of " + id);
        failed.put(id, "reason of " + id);
      } else {
        leftOpen.put(id, task.token());
      }
    }
  }

  static long count(List<ExecutionState.TaskState> tasks, ExecutionState.TaskStatus... statuses) {
    return tasks.stream().filter(task -> List.of(statuses).contains(task.status())).count();
  }

  @Test
  void theStateOfEveryGeneratedRunAgreesWithWhatTheFakeReports() {
    qt().withExamples(EXAMPLES).withFixedSeed(9).forAll(programs()).checkAssert(program -> {
      Run run = new Run();
      run.execute(program);

      ExecutionState state = ExecutionState.of(run.swf.listHistory("d", run.run).toList());
      ExecutionDetails details = run.swf.describeExecution("d", run.run);

      assertThat(state.status()).isEqualTo(details.info().status());
      assertThat(state.status()).isEqualTo(switch (program.close()) {
        case 1 -> ExecutionStatus.COMPLETED;
        case 2 -> ExecutionStatus.FAILED;
        case 3 -> ExecutionStatus.CANCELLED;
        default -> ExecutionStatus.OPEN;
      });
      assertThat(state.cancelRequested()).isEqualTo(program.close() == 3);
      assertThat(count(state.tasks(), ExecutionState.TaskStatus.SCHEDULED, ExecutionState.TaskStatus.STARTED))
          .isEqualTo(details.openCounts().activityTasks());
      assertThat(state.timers().stream().filter(timer -> timer.status() == ExecutionState.TimerStatus.STARTED).count())
          .isEqualTo(details.openCounts().timers());
      assertThat(state.tasks()).extracting(ExecutionState.TaskState::id).containsExactlyElementsOf(run.activities);
      assertThat(state.signals()).hasSize(run.signals);
      assertThat(state.markers()).hasSize(run.markers);

      for (ExecutionState.TaskState task : state.tasks()) {
        if (run.completed.containsKey(task.id())) {
          assertThat(task.status()).isEqualTo(ExecutionState.TaskStatus.COMPLETED);
          assertThat(task.result()).contains(run.completed.get(task.id()));
        } else if (run.failed.containsKey(task.id())) {
          assertThat(task.status()).isEqualTo(ExecutionState.TaskStatus.FAILED);
          assertThat(task.failureReason()).contains(run.failed.get(task.id()));
        } else if (run.leftOpen.containsKey(task.id()) && state.status() == ExecutionStatus.OPEN) {
          assertAgreesWithHeartbeat(run, task, run.leftOpen.get(task.id()));
        }
      }
      Instant now = run.clock.instant();
      for (ExecutionState.TimerState timer : state.timers()) {
        if (timer.status() == ExecutionState.TimerStatus.FIRED) {
          assertThat(timer.ended()).contains(timer.started().plus(timer.duration()));
        } else if (timer.status() == ExecutionState.TimerStatus.STARTED && state.status() == ExecutionStatus.OPEN) {
          assertThat(timer.started().plus(timer.duration())).isAfter(now);
        }
      }
      run.fake.close();
    });
  }

  @Test
  void theProgramsCoverEveryOutcome() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    qt().withExamples(200).withFixedSeed(10).forAll(programs()).checkAssert(program -> {
      Run run = new Run();
      run.execute(program);
      ExecutionState state = ExecutionState.of(run.swf.listHistory("d", run.run).toList());
      seen.add("run " + state.status());
      state.tasks().forEach(task -> seen.add("task " + task.status() + (task.cancelRequested() ? " cancel" : "")));
      state.timers().forEach(timer -> seen.add("timer " + timer.status()));
      run.fake.close();
    });

    assertThat(seen).contains("run OPEN", "run COMPLETED", "run FAILED", "run CANCELLED", "task COMPLETED",
        "task FAILED", "task STARTED", "task STARTED cancel", "task TIMED_OUT", "timer STARTED", "timer FIRED",
        "timer CANCELLED");
  }

  /** An activity left open: the fake's heartbeat answer says whether it is open and its cancellation requested. */
  static void assertAgreesWithHeartbeat(Run run, ExecutionState.TaskState task, String token) {
    try {
      run.swf.heartbeat(token);
      assertThat(task.status()).isEqualTo(ExecutionState.TaskStatus.STARTED);
      assertThat(task.cancelRequested()).isFalse();
    } catch (CancellationRequestedException e) {
      assertThat(task.status()).isEqualTo(ExecutionState.TaskStatus.STARTED);
      assertThat(task.cancelRequested()).isTrue();
    } catch (UnknownResourceException e) {
      assertThat(task.status()).isEqualTo(ExecutionState.TaskStatus.TIMED_OUT);
      assertThat(task.timeoutType()).contains(TimeoutType.START_TO_CLOSE);
    }
  }
}
