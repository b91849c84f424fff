package dev.swftyped;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an {@link ActivityHandler} on an activity task list: a fixed number of threads, each polling
 * for an activity task, calling the handler, and answering SWF with its outcome.
 *
 * <pre>{@code
 * try (ActivityWorker worker = ActivityWorker.builder(swf, "orders", "payments", handler)
 *     .threads(8)
 *     .heartbeatInterval(Duration.ofSeconds(10))
 *     .build()
 *     .start()) {
 *   ...
 * } // stops polling, lets the tasks in hand finish
 * }</pre>
 *
 * <p>The handler's result completes the task. An exception fails it, with the exception's class
 * name as the reason (at most 256 characters) and its stack trace, message first, as the details
 * (at most 32,768 characters), both cut to SWF's limits; the worker logs it through {@link
 * System.Logger} (logger {@code dev.swftyped.ActivityWorker}, level {@code WARNING}). Once SWF has
 * said that the task's cancellation was requested, an exception cancels the task instead
 * ({@code RespondActivityTaskCanceled}).
 *
 * <p>With a {@linkplain Builder#heartbeatInterval heartbeat interval}, the worker also heartbeats
 * every interval while the handler runs, from one scheduler thread, sending again the latest
 * details the handler sent; when SWF answers that the task's cancellation was requested, {@link
 * ActivityContext#isCancelRequested()} turns true. If SWF fails a call (throttling, a task that
 * timed out meanwhile), the worker logs it and goes on after a pause that doubles with each
 * failure in a row, from 100 ms to 10 s.
 *
 * <p>{@link #shutdown(Duration)} (and {@link #close()}) stops polling at once, interrupting the
 * polls in progress, waits until the deadline for the tasks in hand, then interrupts the handlers
 * still running (a handler that then throws fails its task) and returns when every thread has
 * ended. With an HTTP client whose reads ignore interrupts, a poll in progress ends only when SWF
 * answers it, within a minute; a task it brings is still handled.
 *
 * <p>This class is thread-safe.
 */
public final class ActivityWorker implements AutoCloseable {
  /** SWF's limit on a failure reason. */
  static final int REASON_LIMIT = 256;
  /** SWF's limit on failure details and on a result. */
  static final int DATA_LIMIT = 32768;

  private final SwfTyped swf;
  private final String domain;
  private final String taskList;
  private final Optional<String> identity;
  private final ActivityHandler handler;
  private final Optional<Duration> heartbeatInterval;
  private final Duration shutdownTimeout;
  private final System.Logger log;
  private final PollingThreads<ActivityTask> threads;
  private final ScheduledThreadPoolExecutor heartbeats;
  private Lifecycle lifecycle = Lifecycle.NEW; // guarded by this
  private boolean finished; // guarded by this

  private ActivityWorker(Builder builder) {
    this.swf = builder.swf;
    this.domain = builder.domain;
    this.taskList = builder.taskList;
    this.identity = builder.identity;
    this.handler = builder.handler;
    this.heartbeatInterval = builder.heartbeatInterval;
    this.shutdownTimeout = builder.shutdownTimeout;
    this.log = builder.log;
    this.threads = new PollingThreads<>("swf-activity-worker-" + taskList, builder.threads, new Job(), log);
    this.heartbeats = new ScheduledThreadPoolExecutor(1,
        runnable -> new Thread(runnable, "swf-activity-heartbeats-" + taskList));
    this.heartbeats.setRemoveOnCancelPolicy(true);
  }

  /**
   * Returns a builder for a worker that runs a handler on a task list, with one thread, no
   * identity, no scheduled heartbeats, and 30 seconds for {@link #close()}.
   *
   * @param swf the operations to poll and answer with, over any {@code SwfClient}
   * @param domain the domain
   * @param taskList the activity task list: a valid SWF identifier that does not start or end with
   *     whitespace
   * @param handler the handler
   * @return the builder
   * @throws IllegalArgumentException if the domain or task list is not valid for SWF
   */
  public static Builder builder(SwfTyped swf, String domain, String taskList, ActivityHandler handler) {
    return new Builder(swf, domain, taskList, handler);
  }

  /**
   * Starts the polling threads.
   *
   * @return this worker
   * @throws IllegalStateException if it was started or closed before
   */
  public synchronized ActivityWorker start() {
    lifecycle = lifecycle.start("ActivityWorker");
    if (heartbeatInterval.isPresent()) {
      heartbeats.prestartCoreThread();
    }
    threads.start();
    return this;
  }

  /**
   * Stops polling and waits for the tasks in hand, at most until the deadline; then interrupts the
   * handlers still running, and returns once every thread, the heartbeat thread included, has
   * ended. Calling it again waits for the first call and returns its answer; on a worker never
   * started, it returns at once.
   *
   * @param timeout how long the tasks in hand may take
   * @return whether every task in hand finished before the deadline
   * @throws IllegalStateException if called from one of the worker's own threads (a handler), which
   *     would wait for itself
   */
  public synchronized boolean shutdown(Duration timeout) {
    Lifecycle.timeout(timeout);
    if (lifecycle == Lifecycle.STARTED) {
      finished = threads.shutdown(timeout);
      heartbeats.shutdownNow();
      boolean interrupted = false;
      while (true) {
        try {
          if (heartbeats.awaitTermination(1, TimeUnit.DAYS)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    } else if (lifecycle == Lifecycle.NEW) {
      heartbeats.shutdownNow();
      finished = true;
    }
    lifecycle = Lifecycle.CLOSED;
    return finished;
  }

  /**
   * Shuts the worker down with the builder's shutdown timeout (30 seconds by default).
   */
  @Override
  public void close() {
    shutdown(shutdownTimeout);
  }

  /**
   * {@return the domain, task list and state of this worker}
   */
  @Override
  public synchronized String toString() {
    return "ActivityWorker{domain=" + domain + ", taskList=" + taskList + ", " + lifecycle.name().toLowerCase()
        + "}";
  }

  /** A failure as SWF takes it: the class name as the reason, the stack trace as the details, both cut. */
  static String reason(Throwable failure) {
    return cut(failure.getClass().getName(), REASON_LIMIT);
  }

  static String details(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return cut(trace.toString(), DATA_LIMIT);
  }

  /** The text cut to at most {@code limit} characters, ending with "..." if cut, never within a surrogate pair. */
  static String cut(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = limit - 3;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }

  private final class Context implements ActivityContext {
    private final ActivityTask task;
    private final AtomicReference<Optional<String>> details = new AtomicReference<>(Optional.empty());
    private volatile boolean cancelRequested;

    Context(ActivityTask task) {
      this.task = task;
    }

    @Override
    public ActivityTask task() {
      return task;
    }

    @Override
    public void heartbeat() throws CancellationRequestedException {
      send(details.get());
    }

    @Override
    public void heartbeat(String details) throws CancellationRequestedException {
      Check.length("heartbeat details", details, 0, 2048);
      this.details.set(Optional.of(details));
      send(Optional.of(details));
    }

    @Override
    public boolean isCancelRequested() {
      return cancelRequested;
    }

    private void send(Optional<String> details) throws CancellationRequestedException {
      try {
        if (details.isPresent()) {
          swf.heartbeat(task.token(), details.get());
        } else {
          swf.heartbeat(task.token());
        }
      } catch (CancellationRequestedException e) {
        cancelRequested = true;
        throw e;
      }
    }

    void scheduledHeartbeat() {
      try {
        send(details.get());
      } catch (CancellationRequestedException e) {
        log.log(Level.DEBUG, () -> "SWF requested the cancellation of " + describe(task));
      } catch (RuntimeException e) {
        log.log(Level.WARNING, "A scheduled heartbeat of " + describe(task) + " failed", e);
      }
    }

    @Override
    public String toString() {
      return "ActivityContext{" + describe(task) + (cancelRequested ? ", cancellation requested}" : "}");
    }
  }

  private String describe(ActivityTask task) {
    return "activity task " + task.activityId() + " (" + task.activityType().name() + " "
        + task.activityType().version() + ") of " + task.execution();
  }

  private final class Job implements PollingThreads.Job<ActivityTask> {
    @Override
    public Optional<ActivityTask> poll() {
      return identity.isPresent()
          ? swf.pollActivityTask(domain, taskList, identity.get())
          : swf.pollActivityTask(domain, taskList);
    }

    @Override
    public Optional<Runnable> run(ActivityTask task) {
      Context context = new Context(task);
      ScheduledFuture<?> beats = heartbeatInterval.isEmpty() ? null : heartbeats.scheduleWithFixedDelay(
          context::scheduledHeartbeat, heartbeatInterval.get().toNanos(), heartbeatInterval.get().toNanos(),
          TimeUnit.NANOSECONDS);
      String token = task.token();
      try {
        Optional<String> result = handler.handle(task, context);
        if (result == null) {
          throw new NullPointerException("the handler returned null instead of an Optional");
        }
        if (result.isPresent() && result.get().length() > DATA_LIMIT) {
          throw new IllegalArgumentException("the handler's result has " + result.get().length()
              + " characters; SWF takes at most " + DATA_LIMIT);
        }
        return Optional.of(result.isPresent()
            ? () -> swf.completeActivityTask(token, result.get())
            : () -> swf.completeActivityTask(token));
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        if (context.isCancelRequested() || e instanceof CancellationRequestedException) {
          log.log(Level.DEBUG, () -> "Cancelling " + describe(task) + " as SWF requested");
          return Optional.of(() -> swf.cancelActivityTask(token));
        }
        log.log(Level.WARNING, "The handler failed on " + describe(task) + "; failing the task", e);
        String reason = reason(e);
        String details = details(e);
        return Optional.of(() -> swf.failActivityTask(token, reason, details));
      } finally {
        if (beats != null) {
          beats.cancel(false);
        }
      }
    }

    @Override
    public String describe(ActivityTask task) {
      return ActivityWorker.this.describe(task);
    }
  }

  /** Configures an {@link ActivityWorker}. */
  public static final class Builder {
    private final SwfTyped swf;
    private final String domain;
    private final String taskList;
    private final ActivityHandler handler;
    private Optional<String> identity = Optional.empty();
    private int threads = 1;
    private Optional<Duration> heartbeatInterval = Optional.empty();
    private Duration shutdownTimeout = Duration.ofSeconds(30);
    private System.Logger log = System.getLogger(ActivityWorker.class.getName());

    private Builder(SwfTyped swf, String domain, String taskList, ActivityHandler handler) {
      this.swf = Check.notNull("swf", swf);
      this.domain = Check.identifier("domain", domain, 256);
      this.taskList = Check.identifier("task list", taskList, 256);
      if (!taskList.strip().equals(taskList)) {
        throw new IllegalArgumentException("task list must not start or end with whitespace: \"" + taskList + "\"");
      }
      this.handler = Check.notNull("handler", handler);
    }

    /**
     * Sets the identity the worker polls with, which SWF records in {@code ActivityTaskStarted}.
     *
     * @param identity at most 256 characters
     * @return this builder
     */
    public Builder identity(String identity) {
      this.identity = Optional.of(Check.length("identity", identity, 0, 256));
      return this;
    }

    /**
     * Sets how many threads poll and run the handler (1 by default).
     *
     * @param threads 1 to 1000
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = Lifecycle.threads(threads);
      return this;
    }

    /**
     * Makes the worker heartbeat every {@code interval} while a handler runs (by default it sends
     * only the handler's own heartbeats). Choose an interval well below the activity type's
     * heartbeat timeout.
     *
     * @param interval positive
     * @return this builder
     */
    public Builder heartbeatInterval(Duration interval) {
      Check.notNull("heartbeat interval", interval);
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("heartbeat interval must be positive: " + interval);
      }
      this.heartbeatInterval = Optional.of(interval);
      return this;
    }

    /**
     * Sets how long {@link ActivityWorker#close()} waits for the tasks in hand (30 seconds by
     * default).
     *
     * @param timeout not negative
     * @return this builder
     */
    public Builder shutdownTimeout(Duration timeout) {
      this.shutdownTimeout = Lifecycle.timeout(timeout);
      return this;
    }

    /** Sets the logger, for tests. */
    Builder logger(System.Logger log) {
      this.log = Check.notNull("logger", log);
      return this;
    }

    /**
     * {@return the worker, not started yet}
     */
    public ActivityWorker build() {
      return new ActivityWorker(this);
    }
  }
}
