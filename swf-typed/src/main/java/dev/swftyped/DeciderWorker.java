package dev.swftyped;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs a {@link Decider} on a decision task list: a fixed number of threads, each polling for a
 * decision task, calling the decider, and sending its decisions.
 *
 * <pre>{@code
 * try (DeciderWorker worker = DeciderWorker.builder(swf, "orders", "order-deciders", decider)
 *     .identity("decider-1")
 *     .threads(2)
 *     .build()
 *     .start()) {
 *   ...
 * } // stops polling, lets the decisions in hand finish
 * }</pre>
 *
 * <p>If the decider throws, the worker logs the exception through {@link System.Logger} (logger
 * {@code dev.swftyped.DeciderWorker}, level {@code WARNING}) and sends nothing: SWF times the task
 * out after the run's decision-task start-to-close timeout and schedules another one. If SWF fails
 * a call (throttling, a task that timed out meanwhile), the worker logs it and goes on after a
 * pause that doubles with each failure in a row, from 100 ms to 10 s.
 *
 * <p>{@link #shutdown(Duration)} (and {@link #close()}) stops polling at once, interrupting the
 * polls in progress, waits until the deadline for the tasks in hand, then interrupts the deciders
 * still running (their tasks are left to time out) and returns when every thread has ended. With
 * an HTTP client whose reads ignore interrupts, a poll in progress ends only when SWF answers it,
 * within a minute; a task it brings is still decided.
 *
 * <p>This class is thread-safe.
 */
public final class DeciderWorker implements AutoCloseable {
  private final SwfTyped swf;
  private final String domain;
  private final String taskList;
  private final Optional<String> identity;
  private final Decider decider;
  private final Duration shutdownTimeout;
  private final System.Logger log;
  private final PollingThreads<DecisionTask> threads;
  private Lifecycle lifecycle = Lifecycle.NEW; // guarded by this
  private boolean finished; // guarded by this

  private DeciderWorker(Builder builder) {
    this.swf = builder.swf;
    this.domain = builder.domain;
    this.taskList = builder.taskList;
    this.identity = builder.identity;
    this.decider = builder.decider;
    this.shutdownTimeout = builder.shutdownTimeout;
    this.log = builder.log;
    this.threads = new PollingThreads<>("swf-decider-" + taskList, builder.threads, new Job(), log);
  }

  /**
   * Returns a builder for a worker that runs a decider on a task list, with one thread, no
   * identity, and 30 seconds for {@link #close()}.
   *
   * @param swf the operations to poll and answer with, over any {@code SwfClient}
   * @param domain the domain
   * @param taskList the decision task list
   * @param decider the decider
   * @return the builder
   * @throws IllegalArgumentException if the domain or task list is not a valid SWF identifier
   */
  public static Builder builder(SwfTyped swf, String domain, String taskList, Decider decider) {
    return new Builder(swf, domain, taskList, decider);
  }

  /**
   * Starts the polling threads.
   *
   * @return this worker
   * @throws IllegalStateException if it was started or closed before
   */
  public synchronized DeciderWorker start() {
    lifecycle = lifecycle.start("DeciderWorker");
    threads.start();
    return this;
  }

  /**
   * Stops polling and waits for the decisions in hand, at most until the deadline; then interrupts
   * the deciders still running, and returns once every thread has ended. Calling it again waits for
   * the first call and returns its answer; on a worker never started, it returns at once.
   *
   * @param timeout how long the decisions in hand may take
   * @return whether every decision in hand finished before the deadline
   * @throws IllegalStateException if called from one of the worker's own threads (a handler), which
   *     would wait for itself
   */
  public synchronized boolean shutdown(Duration timeout) {
    Lifecycle.timeout(timeout);
    if (lifecycle == Lifecycle.STARTED) {
      finished = threads.shutdown(timeout);
    } else if (lifecycle == Lifecycle.NEW) {
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
    return "DeciderWorker{domain=" + domain + ", taskList=" + taskList + ", " + lifecycle.name().toLowerCase() + "}";
  }

  private final class Job implements PollingThreads.Job<DecisionTask> {
    @Override
    public Optional<DecisionTask> poll() {
      return identity.isPresent()
          ? swf.pollDecisionTask(domain, taskList, identity.get())
          : swf.pollDecisionTask(domain, taskList);
    }

    @Override
    public Optional<Runnable> run(DecisionTask task) {
      Decisions decisions;
      try {
        decisions = Check.notNull("the decider's decisions", decider.decide(task));
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        log.log(Level.WARNING, "The decider failed on " + describe(task)
            + "; the task is left to its start-to-close timeout", e);
        return Optional.empty();
      }
      return Optional.of(() -> swf.respondDecisionTask(task, decisions));
    }

    @Override
    public String describe(DecisionTask task) {
      return "the decision task of " + task.execution() + " (started event " + task.startedEventId() + ")";
    }
  }

  /** Configures a {@link DeciderWorker}. */
  public static final class Builder {
    private final SwfTyped swf;
    private final String domain;
    private final String taskList;
    private final Decider decider;
    private Optional<String> identity = Optional.empty();
    private int threads = 1;
    private Duration shutdownTimeout = Duration.ofSeconds(30);
    private System.Logger log = System.getLogger(DeciderWorker.class.getName());

    private Builder(SwfTyped swf, String domain, String taskList, Decider decider) {
      this.swf = Check.notNull("swf", swf);
      this.domain = Check.identifier("domain", domain, 256);
      this.taskList = Check.identifier("task list", taskList, 256);
      this.decider = Check.notNull("decider", decider);
    }

    /**
     * Sets the identity the worker polls with, which SWF records in {@code DecisionTaskStarted}.
     *
     * @param identity at most 256 characters
     * @return this builder
     */
    public Builder identity(String identity) {
      this.identity = Optional.of(Check.length("identity", identity, 0, 256));
      return this;
    }

    /**
     * Sets how many threads poll and decide (1 by default).
     *
     * @param threads 1 to 1000
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = Lifecycle.threads(threads);
      return this;
    }

    /**
     * Sets how long {@link DeciderWorker#close()} waits for the decisions in hand (30 seconds by
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
    public DeciderWorker build() {
      return new DeciderWorker(this);
    }
  }
}
