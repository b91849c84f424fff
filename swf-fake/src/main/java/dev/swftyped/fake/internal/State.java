package dev.swftyped.fake.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionCancelRequestedCause;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTerminatedCause;
import software.amazon.awssdk.services.swf.model.WorkflowType;

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

  /**
   * Adds a run that has just started: its history begins and its timeout is set (DT-1).
   *
   * @param runId the new run's id
   * @param parentRun the open parent of a child, or null
   * @param parentInitiatedEventId the parent's Initiated event for a child, else 0
   * @param continued the run this one continues, or null
   */
  Execution startRun(Domain domain, String workflowId, String runId, RunConfig config, long at, Execution parentRun,
      long parentInitiatedEventId, Execution continued) {
    WorkflowExecution parent = parentRun != null ? parentRun.sdkExecution()
        : continued != null ? continued.parent : null;
    Execution run = new Execution(this, domain, workflowId, runId, config, at, ids.nextSeq(), parent,
        parentInitiatedEventId);
    domain.addOpen(run);
    run.timeout = new Deadline.ExecutionTimeout(run.deadlineMillis, run);
    deadlines.add(run.timeout);
    run.appendTrigger(new Event.WorkflowExecutionStarted(at, config, parent, parentInitiatedEventId,
        continued == null ? null : continued.runId));
    return run;
  }

  /**
   * Closes an open run whose closing event has been appended: it leaves the open indexes, its open
   * parent learns how it closed (CH-4; a run continued as new hands its place to the new run,
   * CH-5), and, if it was terminated or timed out, its child policy applies to its open children
   * (CH-6, CH-7).
   */
  void close(Execution run, CloseStatus status, long at) {
    run.markClosed(status, at, nextCloseSeq++);
    run.domain.moveToClosed(run);
    deadlines.add(new Deadline.Retention(at + run.domain.retentionMillis, run));
    Execution parent = run.parentRun;
    if (parent != null && status != CloseStatus.CONTINUED_AS_NEW) {
      run.parentRun = null;
      parent.children.remove(run);
      if (parent.isOpen()) {
        parent.appendTrigger(childClosed(run, parent, at));
      }
    }
    List<Execution> children = new ArrayList<>(run.children);
    run.children.clear();
    for (Execution child : children) {
      child.parentRun = null;
    }
    if (status == CloseStatus.TERMINATED || status == CloseStatus.TIMED_OUT) {
      Event closing = run.event(run.eventCount());
      ChildPolicy policy = closing instanceof Event.WorkflowExecutionTerminated
          ? ((Event.WorkflowExecutionTerminated) closing).childPolicy()
          : run.config.childPolicy();
      for (Execution child : children) {
        applyChildPolicy(child, policy, at);
      }
    }
  }

  /** What a parent records when its child closes (CH-4). */
  private static Event childClosed(Execution child, Execution parent, long at) {
    WorkflowExecution execution = child.sdkExecution();
    WorkflowType type = child.type().sdkType();
    long initiated = child.parentInitiatedEventId;
    long started = child.parentStartedEventId;
    Event closing = child.event(child.eventCount());
    switch (child.closeStatus) {
      case COMPLETED:
        return new Event.ChildWorkflowExecutionCompleted(at, execution, type,
            ((Event.WorkflowExecutionCompleted) closing).result(), initiated, started);
      case FAILED: {
        Event.WorkflowExecutionFailed failed = (Event.WorkflowExecutionFailed) closing;
        return new Event.ChildWorkflowExecutionFailed(at, execution, type, failed.reason(), failed.details(),
            initiated, started);
      }
      case CANCELED:
        return new Event.ChildWorkflowExecutionCanceled(at, execution, type,
            ((Event.WorkflowExecutionCanceled) closing).details(), initiated, started);
      case TIMED_OUT:
        return new Event.ChildWorkflowExecutionTimedOut(at, execution, type, initiated, started);
      default:
        return new Event.ChildWorkflowExecutionTerminated(at, execution, type, initiated, started);
    }
  }

  /** Applies a closed parent's child policy to one of its open children (CH-7). */
  private void applyChildPolicy(Execution child, ChildPolicy policy, long at) {
    if (!child.isOpen()) {
      return;
    }
    if (policy == ChildPolicy.TERMINATE) {
      child.append(new Event.WorkflowExecutionTerminated(at, null, null, child.config.childPolicy(),
          WorkflowExecutionTerminatedCause.CHILD_POLICY_APPLIED));
      close(child, CloseStatus.TERMINATED, at);
    } else if (policy == ChildPolicy.REQUEST_CANCEL) {
      child.cancelRequested = true;
      child.appendTrigger(new Event.WorkflowExecutionCancelRequested(at, null, null,
          WorkflowExecutionCancelRequestedCause.CHILD_POLICY_APPLIED));
    }
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
