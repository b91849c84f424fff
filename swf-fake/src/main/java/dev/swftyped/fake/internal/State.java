package dev.swftyped.fake.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.swf.model.CloseStatus;

/**
 * Everything the fake holds, and the bookkeeping every operation shares: domains (with their
 * types, runs and task lists), the deadline queue, page and task tokens. Operations get the state,
 * never the engine; the engine calls them one at a time under its lock, after {@link #advanceTo}
 * has applied the effects of time.
 */
final class State {
  final Settings settings;
  final Ids ids;
  final TreeMap<String, Domain> domains = new TreeMap<>();
  final PageTokens pageTokens;
  final TaskTokens taskTokens;
  final Deadlines deadlines = new Deadlines();
  private long nextCloseSeq;

  /**
   * Task lists that were offered a task during the current call, for the engine to hand to
   * waiting polls; only kept while some poll waits.
   */
  final Set<TaskQueue> offered = new LinkedHashSet<>();
  boolean trackOffers;

  State(Settings settings) {
    this.settings = settings;
    this.ids = new Ids(settings.seed());
    this.pageTokens = new PageTokens(settings.seed());
    this.taskTokens = new TaskTokens(settings.seed());
  }

  /** The domain with the given name, or an {@code UnknownResourceFault}. */
  Domain domain(String name) {
    Domain domain = domains.get(name);
    if (domain == null) {
      throw SwfFault.unknownResource("Unknown domain: " + name);
    }
    return domain;
  }

  // ---------------------------------------------------------------- task lists

  /** Puts a task on its list, where a poll can take it. */
  void offer(Domain domain, TaskQueue.Kind kind, String taskList, TaskQueue.Entry task) {
    TaskQueue queue = domain.queue(kind, taskList);
    queue.add(task);
    if (trackOffers) {
      offered.add(queue);
    }
  }

  /** Takes a task off its list, if it is there. */
  void withdraw(Domain domain, TaskQueue.Kind kind, String taskList, TaskQueue.Entry task) {
    TaskQueue queue = domain.existingQueue(kind, taskList);
    if (queue != null) {
      queue.remove(task);
      if (queue.isEmpty()) {
        domain.dropQueue(queue);
      }
    }
  }

  /** Takes the next task of a list, or returns null. */
  TaskQueue.Entry take(Domain domain, TaskQueue.Kind kind, String taskList) {
    TaskQueue queue = domain.existingQueue(kind, taskList);
    if (queue == null) {
      return null;
    }
    TaskQueue.Entry task = queue.take();
    if (queue.isEmpty()) {
      domain.dropQueue(queue);
    }
    return task;
  }

  // ---------------------------------------------------------------- runs

  /** Adds a run that has just started: its history begins and its timeout is set (DT-1). */
  Execution startRun(Domain domain, String workflowId, RunConfig config, long at,
      software.amazon.awssdk.services.swf.model.WorkflowExecution parent, long parentInitiatedEventId,
      String continuedExecutionRunId) {
    Execution run = new Execution(this, domain, workflowId, ids.runId(), config, at, ids.nextSeq(), parent,
        parentInitiatedEventId);
    domain.addOpen(run);
    run.timeout = new Deadline.ExecutionTimeout(run.deadlineMillis, run);
    deadlines.add(run.timeout);
    run.appendTrigger(new Event.WorkflowExecutionStarted(at, config, parent, parentInitiatedEventId,
        continuedExecutionRunId));
    return run;
  }

  /** Closes an open run whose closing event has been appended. */
  void close(Execution run, CloseStatus status, long at) {
    run.markClosed(status, at, nextCloseSeq++);
    run.domain.moveToClosed(run);
    deadlines.add(new Deadline.Retention(at + run.domain.retentionMillis, run));
  }

  // ---------------------------------------------------------------- time

  /**
   * Applies, in due order, every effect of time due at or before {@code now}; each is stamped with
   * its due time (task-plane spec TO-1).
   */
  void advanceTo(long now) {
    for (Deadline due = deadlines.takeDue(now); due != null; due = deadlines.takeDue(now)) {
      apply(due);
    }
  }

  /** The instant of the next effect of time, or {@link Long#MAX_VALUE} if none is pending. */
  long nextDue() {
    Deadline next = deadlines.first();
    return next == null ? Long.MAX_VALUE : next.due();
  }

  private void apply(Deadline deadline) {
    if (deadline instanceof Deadline.TimerFiring) {
      Deadline.TimerFiring firing = (Deadline.TimerFiring) deadline;
      firing.timer().run.timerFired(firing);
    } else if (deadline instanceof Deadline.ActivityTimeout) {
      Deadline.ActivityTimeout timeout = (Deadline.ActivityTimeout) deadline;
      timeout.task().run.activityTimedOut(timeout);
    } else if (deadline instanceof Deadline.DecisionTaskTimeout) {
      Deadline.DecisionTaskTimeout timeout = (Deadline.DecisionTaskTimeout) deadline;
      timeout.run().decisionTaskTimedOut(timeout);
    } else if (deadline instanceof Deadline.ExecutionTimeout) {
      Execution run = ((Deadline.ExecutionTimeout) deadline).run();
      run.timeout = null;
      run.append(new Event.WorkflowExecutionTimedOut(deadline.due(), run.config.childPolicy()));
      close(run, CloseStatus.TIMED_OUT, deadline.due());
    } else if (deadline instanceof Deadline.Retention) {
      Execution run = ((Deadline.Retention) deadline).run();
      run.domain.removeClosed(run);
    }
  }
}
