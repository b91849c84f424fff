package dev.swftyped.junit;

import dev.swftyped.ActivityHandler;
import dev.swftyped.ActivityWorker;
import dev.swftyped.Decider;
import dev.swftyped.DeciderWorker;
import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionInfo;
import dev.swftyped.SwfTyped;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * The deciders and activity workers of one test: swf-typed's {@link DeciderWorker}s and {@link
 * ActivityWorker}s polling the test's fake on threads of their own, started by the test and stopped
 * after it. An {@link SwfTest} method asks for it as a parameter.
 *
 * <pre>{@code
 * @Test
 * void anOrderIsShipped(SwfWorkers workers, SwfTyped swf) {
 *   workers.decider("orders", "order-deciders", new OrderDecider())
 *       .activities("orders", "order-activities", new OrderActivities());
 *   swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));
 *   ExecutionInfo closed = workers.awaitClosed("orders", "order-1", Duration.ofDays(5));
 * }
 * }</pre>
 *
 * <p>A decider that throws fails the test: {@link #awaitClosed} and {@link #runFor} stop waiting
 * at once and rethrow its exception, and after the test any decider exception not yet reported
 * fails it, with the fake's diagnostics. An activity handler that throws fails its activity task,
 * as it would against SWF: that is the workflow's business, which the test checks in the history.
 * After the test, the workers are shut down (each with 10 seconds for the tasks in hand) before
 * the fake is closed, and no thread of theirs outlives the test.
 *
 * <p>This class is thread-safe.
 */
public final class SwfWorkers {
  /** How long a worker's tasks in hand may take when the test ends. */
  static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

  private final SwfFake fake;
  private final SwfTyped swf;
  private final List<AutoCloseable> workers = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private int reported;
  private Thread waiting;

  SwfWorkers(SwfFake fake, SwfTyped swf) {
    this.fake = fake;
    this.swf = swf;
  }

  /**
   * Starts a decider on a task list, with one polling thread.
   *
   * @param domain the domain
   * @param taskList the decision task list
   * @param decider the decider
   * @return these workers
   */
  public SwfWorkers decider(String domain, String taskList, Decider decider) {
    return decider(domain, taskList, decider, builder -> builder);
  }

  /**
   * Starts a decider on a task list, configured further (threads, identity).
   *
   * @param domain the domain
   * @param taskList the decision task list
   * @param decider the decider
   * @param configure changes the worker's builder
   * @return these workers
   */
  public SwfWorkers decider(String domain, String taskList, Decider decider,
      UnaryOperator<DeciderWorker.Builder> configure) {
    Objects.requireNonNull(decider, "decider");
    Decider watched = task -> {
      try {
        return decider.decide(task);
      } catch (Exception | Error failure) {
        failed(new AssertionError("the decider on task list " + taskList + " of domain " + domain
            + " failed on a decision task of " + task.execution().id() + ": " + failure, failure));
        throw failure;
      }
    };
    return started(configure.apply(DeciderWorker.builder(swf, domain, taskList, watched)
        .identity("swf-junit-decider")).build().start());
  }

  /**
   * Starts an activity worker on a task list, with one polling thread.
   *
   * @param domain the domain
   * @param taskList the activity task list
   * @param handler the activity handler
   * @return these workers
   */
  public SwfWorkers activities(String domain, String taskList, ActivityHandler handler) {
    return activities(domain, taskList, handler, builder -> builder);
  }

  /**
   * Starts an activity worker on a task list, configured further (threads, identity, heartbeats).
   *
   * @param domain the domain
   * @param taskList the activity task list
   * @param handler the activity handler
   * @param configure changes the worker's builder
   * @return these workers
   */
  public SwfWorkers activities(String domain, String taskList, ActivityHandler handler,
      UnaryOperator<ActivityWorker.Builder> configure) {
    Objects.requireNonNull(handler, "handler");
    return started(configure.apply(ActivityWorker.builder(swf, domain, taskList, handler)
        .identity("swf-junit-worker")).build().start());
  }

  private synchronized SwfWorkers started(AutoCloseable worker) {
    workers.add(worker);
    return this;
  }

  /**
   * Waits, skipping fake time while nothing is scheduled or started, until the execution with that
   * workflow id closes (see {@code SwfFake.awaitClosed}).
   *
   * @param domain the domain
   * @param workflowId the workflow id
   * @param maxFakeTime how much fake time may pass
   * @return the closed run's info
   * @throws AssertionError if a decider failed, or (with the diagnostics) if the execution did not
   *     close in time
   */
  public ExecutionInfo awaitClosed(String domain, String workflowId, Duration maxFakeTime) {
    WorkflowExecutionInfo closed = waitFor(() -> fake.awaitClosed(domain, workflowId, maxFakeTime));
    return swf.describeExecution(domain, ExecutionId.of(closed.execution().workflowId(), closed.execution().runId()))
        .info();
  }

  /**
   * Lets fake time pass while the workers handle what it brings (see {@code SwfFake.runFor}): the
   * way to act at a given moment of a workflow, such as a signal on day 2 of a 3-day wait.
   *
   * @param fakeTime how far the clock moves
   * @throws AssertionError if a decider failed, or (with the diagnostics) if the workers made no
   *     progress
   */
  public void runFor(Duration fakeTime) {
    waitFor(() -> {
      fake.runFor(fakeTime);
      return null;
    });
  }

  /** Runs a wait on the fake, which a decider's failure cuts short. */
  private <T> T waitFor(java.util.function.Supplier<T> wait) {
    synchronized (this) {
      throwFailure();
      waiting = Thread.currentThread();
    }
    try {
      return wait.get();
    } catch (IllegalStateException interrupted) {
      synchronized (this) {
        throwFailure();
      }
      throw interrupted;
    } finally {
      synchronized (this) {
        waiting = null;
        Thread.interrupted(); // an interrupt meant for this wait must not reach the test
      }
      synchronized (this) {
        throwFailure();
      }
    }
  }

  private synchronized void failed(AssertionError failure) {
    failures.add(failure);
    if (waiting != null) {
      waiting.interrupt();
    }
  }

  private void throwFailure() {
    if (reported < failures.size()) {
      Throwable failure = failures.get(reported);
      reported = failures.size();
      throw failure instanceof AssertionError ? (AssertionError) failure : new AssertionError(failure);
    }
  }

  /**
   * Shuts every worker down, then reports a decider failure the test has not seen. Called by the
   * extension after the test.
   */
  void stop() throws Exception {
    List<AutoCloseable> running;
    synchronized (this) {
      running = new ArrayList<>(workers);
      workers.clear();
    }
    for (AutoCloseable worker : running) {
      if (worker instanceof DeciderWorker) {
        ((DeciderWorker) worker).shutdown(SHUTDOWN_TIMEOUT);
      } else {
        ((ActivityWorker) worker).shutdown(SHUTDOWN_TIMEOUT);
      }
    }
    synchronized (this) {
      throwFailure();
    }
  }

  @Override
  public synchronized String toString() {
    return "SwfWorkers" + workers;
  }
}
