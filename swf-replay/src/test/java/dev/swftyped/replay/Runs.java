package dev.swftyped.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/** The runs the tests record: what a team's code would do against SWF. */
final class Runs {
  private Runs() {}

  /**
   * A control-plane session: registrations, starts, a signal, listings in pages, counts, describes,
   * a history, a termination, and errors of several kinds, with fake time passing between starts.
   */
  static void controlPlane(Session session) {
    SwfClient swf = session.swf;
    swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7").description("Orders"));
    swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1")
        .defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("86400")
        .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
    String arn = swf.describeDomain(r -> r.name("orders")).domainInfo().arn();
    swf.tagResource(r -> r.resourceArn(arn).tags(t -> t.key("team").value("fulfilment")));
    swf.listTagsForResource(r -> r.resourceArn(arn));
    swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));
    swf.describeWorkflowType(r -> r.domain("orders").workflowType(t -> t.name("Order").version("1")));

    String[] runIds = new String[3];
    for (int i = 0; i < 3; i++) {
      int order = i + 1;
      runIds[i] = swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-" + order)
          .workflowType(t -> t.name("Order").version("1")).input("{\"order\":" + order + "}")
          .tagList(order == 2 ? "tier-gold" : "tier-silver")).runId();
      session.clock.advance(Duration.ofMinutes(5));
    }
    swf.signalWorkflowExecution(r -> r.domain("orders").workflowId("order-1").runId(runIds[0])
        .signalName("paid").input("{\"cents\":4200}"));

    ListOpenWorkflowExecutionsResponse first = swf.listOpenWorkflowExecutions(r -> r.domain("orders")
        .startTimeFilter(f -> f.oldestDate(Session.START)).maximumPageSize(2));
    assertThat(first.nextPageToken()).isNotNull();
    swf.listOpenWorkflowExecutions(r -> r.domain("orders").startTimeFilter(f -> f.oldestDate(Session.START))
        .maximumPageSize(2).nextPageToken(first.nextPageToken()));
    swf.countOpenWorkflowExecutions(r -> r.domain("orders").startTimeFilter(f -> f.oldestDate(Session.START)));
    swf.describeWorkflowExecution(r -> r.domain("orders").execution(e -> e.workflowId("order-2").runId(runIds[1])));
    swf.getWorkflowExecutionHistory(r -> r.domain("orders").execution(e -> e.workflowId("order-1").runId(runIds[0])));

    swf.terminateWorkflowExecution(r -> r.domain("orders").workflowId("order-3").reason("stuck"));
    swf.listClosedWorkflowExecutions(r -> r.domain("orders").closeTimeFilter(f -> f.oldestDate(Session.START)));
    swf.countClosedWorkflowExecutions(r -> r.domain("orders").closeStatusFilter(f -> f.status(CloseStatus.TERMINATED))
        .startTimeFilter(f -> f.oldestDate(Session.START)));

    fails(() -> swf.describeDomain(r -> r.name("nope")));
    fails(() -> swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7")));
    fails(() -> swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-1")
        .workflowType(t -> t.name("Order").version("1"))));
    fails(() -> swf.terminateWorkflowExecution(r -> r.domain("orders").workflowId("order-3").runId(runIds[2])));
    fails(() -> swf.signalWorkflowExecution(r -> r.domain("orders").workflowId("order-1").runId("not-a-run")
        .signalName("paid")));
    fails(() -> swf.listOpenWorkflowExecutions(r -> r.domain("orders")));
  }

  private static void fails(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(SwfException.class);
  }

  /**
   * A workflow run by a decider and an activity worker, each polling on its own thread: the decider
   * waits a day on a timer (skipped by {@code awaitClosed} on the fake's clock), has the worker ship
   * the order, and completes; then the history is read.
   */
  static void deciderAndWorker(Session session) throws InterruptedException {
    SwfClient swf = session.swf;
    swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
    swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1")
        .defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("2592000")
        .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
    swf.registerActivityType(r -> r.domain("orders").name("Ship").version("1")
        .defaultTaskList(t -> t.name("workers")).defaultTaskStartToCloseTimeout("60")
        .defaultTaskScheduleToStartTimeout("NONE").defaultTaskScheduleToCloseTimeout("NONE")
        .defaultTaskHeartbeatTimeout("NONE"));

    AtomicBoolean running = new AtomicBoolean(true);
    Thread decider = new Thread(() -> {
      while (running.get()) {
        PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain("orders")
            .taskList(t -> t.name("deciders")).identity("decider-1"));
        if (task.taskToken() == null) {
          continue;
        }
        List<EventType> seen = task.events().stream().map(HistoryEvent::eventType).toList();
        Decision next = !seen.contains(EventType.TIMER_STARTED)
            ? Decision.builder().decisionType(DecisionType.START_TIMER).startTimerDecisionAttributes(
                a -> a.timerId("a-day").startToFireTimeout("86400")).build()
            : !seen.contains(EventType.ACTIVITY_TASK_SCHEDULED)
            ? Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
                .scheduleActivityTaskDecisionAttributes(a -> a.activityId("ship")
                    .activityType(t -> t.name("Ship").version("1")).input("parcel-42")).build()
            : Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
                .completeWorkflowExecutionDecisionAttributes(a -> a.result("done")).build();
        swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(next)
            .executionContext("step-" + seen.size()));
      }
    }, "decider");
    Thread worker = new Thread(() -> {
      while (running.get()) {
        PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain("orders")
            .taskList(t -> t.name("workers")).identity("worker-1"));
        if (task.taskToken() != null) {
          swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken()).details("packing"));
          swf.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result("shipped " + task.input()));
        }
      }
    }, "worker");
    decider.start();
    worker.start();
    String runId = swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-42")
        .workflowType(t -> t.name("Order").version("1")).input("{\"order\":42}")).runId();

    WorkflowExecutionInfo closed = session.fake.awaitClosed("orders", "order-42", Duration.ofDays(30));
    assertThat(closed.closeStatus()).isEqualTo(CloseStatus.COMPLETED);

    running.set(false);
    swf.getWorkflowExecutionHistory(r -> r.domain("orders").execution(e -> e.workflowId("order-42").runId(runId)));
    swf.describeWorkflowExecution(r -> r.domain("orders").execution(e -> e.workflowId("order-42").runId(runId)));
    session.fake.close(); // the threads' waiting polls answer empty, and the loops end
    decider.join(10_000);
    worker.join(10_000);
    assertThat(decider.isAlive() || worker.isAlive()).isFalse();
  }

  /**
   * Four workflows run by two deciders and two activity workers polling the same task lists: calls
   * from five threads overlap, and which poller gets which task is up to timing.
   */
  static void concurrentDecidersAndWorkers(Session session) throws InterruptedException {
    SwfClient swf = session.swf;
    swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
    swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1")
        .defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("2592000")
        .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
    swf.registerActivityType(r -> r.domain("orders").name("Ship").version("1")
        .defaultTaskList(t -> t.name("workers")).defaultTaskStartToCloseTimeout("60")
        .defaultTaskScheduleToStartTimeout("NONE").defaultTaskScheduleToCloseTimeout("NONE")
        .defaultTaskHeartbeatTimeout("NONE"));
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> threads = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      threads.add(new Thread(() -> {
        while (running.get()) {
          PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain("orders")
              .taskList(t -> t.name("deciders")));
          if (task.taskToken() == null) {
            continue;
          }
          List<EventType> seen = task.events().stream().map(HistoryEvent::eventType).toList();
          if (!seen.contains(EventType.ACTIVITY_TASK_SCHEDULED)) {
            swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(d -> d
                .decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK).scheduleActivityTaskDecisionAttributes(a -> a
                    .activityId("ship").activityType(t -> t.name("Ship").version("1"))
                    .input(task.workflowExecution().workflowId()))));
          } else if (seen.contains(EventType.ACTIVITY_TASK_COMPLETED)) {
            swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(d -> d
                .decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)));
          } else {
            swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()));
          }
        }
      }, "decider-" + i));
      threads.add(new Thread(() -> {
        while (running.get()) {
          PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain("orders")
              .taskList(t -> t.name("workers")));
          if (task.taskToken() != null) {
            swf.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result("shipped " + task.input()));
          }
        }
      }, "worker-" + i));
    }
    threads.forEach(Thread::start);
    for (int w = 0; w < 4; w++) {
      String workflowId = "order-" + w;
      swf.startWorkflowExecution(r -> r.domain("orders").workflowId(workflowId)
          .workflowType(t -> t.name("Order").version("1")));
    }
    for (int w = 0; w < 4; w++) {
      assertThat(session.fake.awaitClosed("orders", "order-" + w, Duration.ofDays(1)).closeStatus())
          .isEqualTo(CloseStatus.COMPLETED);
    }
    running.set(false);
    session.fake.close();
    for (Thread thread : threads) {
      thread.join(10_000);
      assertThat(thread.isAlive()).isFalse();
    }
  }
}
