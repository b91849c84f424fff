package dev.swftyped.fake;

import dev.swftyped.fake.internal.Engine;
import dev.swftyped.fake.internal.FakeSwfAsyncClient;
import dev.swftyped.fake.internal.FakeSwfClient;
import dev.swftyped.fake.internal.Injection;
import dev.swftyped.fake.internal.Operation;
import dev.swftyped.fake.internal.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.swf.SwfAsyncClient;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * An in-memory Amazon SWF.
 *
 * <p>{@link #client()} is an AWS SDK {@link SwfClient} (and {@link #asyncClient()} an {@link
 * SwfAsyncClient}): code under test uses it unchanged, and it answers as SWF does, error for error
 * and page for page. Every SWF operation is served: domains, workflow and activity types,
 * executions, visibility, and the task plane, so deciders and activity workers run against it:
 * decision and activity tasks, timers, markers, signals and cancellations, child workflows,
 * continue-as-new.
 *
 * <pre>{@code
 * FakeClock clock = FakeClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * SwfFake fake = SwfFake.builder().clock(clock).seed(42).build();
 * SwfClient swf = fake.client();
 * swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
 * }</pre>
 *
 * <p>Time comes only from the clock given to the builder (the system UTC clock by default).
 * Timers, task and execution timeouts, retention periods and token lifetimes fall due on it, and
 * are applied when a call arrives or a {@link FakeClock} moves; no thread runs in the background.
 * A poll with no task waits in its caller's thread (up to {@link Builder#pollTimeout}) until a call
 * or a clock move gives it one. {@link #awaitClosed} waits for a workflow to close while skipping
 * fake time.
 *
 * <p>This class is thread-safe: every call is atomic, and a rejected call changes nothing. Close it
 * to release waiting polls.
 */
public final class SwfFake implements AutoCloseable {
  private final Engine engine;
  private final SwfClient client;
  private final SwfAsyncClient asyncClient;
  private final Clock clock;
  private final Duration awaitTimeout;

  private SwfFake(Builder builder) {
    this.clock = builder.clock;
    FakeClock fakeClock = builder.clock instanceof FakeClock ? (FakeClock) builder.clock : null;
    this.engine = new Engine(new Settings(builder.clock, fakeClock != null, builder.seed,
        builder.region, builder.account, builder.domainLimit, builder.typeLimit, builder.openExecutionLimit,
        builder.openActivityLimit, builder.openTimerLimit, builder.openChildLimit, builder.countTruncationThreshold,
        builder.pollTimeout, builder.callLimit),
        fakeClock == null ? null : millis -> fakeClock.set(Instant.ofEpochMilli(millis)));
    if (builder.clock instanceof FakeClock) {
      ((FakeClock) builder.clock).addListener(engine.clockListener);
    }
    this.client = new FakeSwfClient(engine);
    this.asyncClient = new FakeSwfAsyncClient(engine);
    this.awaitTimeout = builder.awaitTimeout;
  }

  /**
   * {@return a fake on the system UTC clock, with random ids and SWF's quotas}
   */
  public static SwfFake create() {
    return builder().build();
  }

  /**
   * {@return a builder for a fake}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the SDK client that talks to this fake}
   */
  public SwfClient client() {
    return client;
  }

  /**
   * {@return the asynchronous SDK client that talks to this fake; a waiting poll holds no thread}
   */
  public SwfAsyncClient asyncClient() {
    return asyncClient;
  }

  /**
   * {@return the clock this fake reads time from}
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Describes everything the fake holds: each domain with its types, and each execution with its
   * status and history, event by event.
   *
   * @return the description, for people
   */
  public String diagnostics() {
    return engine.diagnostics();
  }

  /**
   * Forgets every domain, type and execution. With a seed, ids and tokens start over as well.
   * Polls waiting for a task answer empty.
   */
  public void reset() {
    engine.reset();
  }

  /**
   * Waits until the workflow execution with that id closes, and returns its info. While it waits,
   * whenever no decision task and no activity task is scheduled or started anywhere in the fake,
   * the {@link FakeClock} jumps to the next timer or timeout and applies it, so that deciders and
   * workers polling on other threads carry on at once: a workflow that waits thirty days closes in
   * milliseconds. A run that continues as new is followed to the run that closes for good.
   *
   * @param domain the domain of the execution
   * @param workflowId the workflow id of the execution
   * @param maxFakeTime how much fake time may pass before giving up
   * @return the info of the closed run
   * @throws IllegalStateException if the fake's clock is not a {@link FakeClock}
   * @throws IllegalArgumentException if the domain has no execution with that workflow id
   * @throws AssertionError with the fake's diagnostics (what is pending, who is polling) if the
   *     execution has not closed after {@code maxFakeTime} of fake time, or after the builder's
   *     {@linkplain Builder#awaitTimeout real-time limit}
   */
  public WorkflowExecutionInfo awaitClosed(String domain, String workflowId, Duration maxFakeTime) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(workflowId, "workflowId");
    Objects.requireNonNull(maxFakeTime, "maxFakeTime");
    if (!(clock instanceof FakeClock)) {
      throw new IllegalStateException("awaitClosed skips fake time, so the fake needs a FakeClock: "
          + "SwfFake.builder().clock(FakeClock.at(...)).build()");
    }
    FakeClock fakeClock = (FakeClock) clock;
    return engine.awaitClosed(domain, workflowId, maxFakeTime, awaitTimeout,
        millis -> fakeClock.set(Instant.ofEpochMilli(millis)));
  }

  /**
   * Lets the given amount of fake time pass while deciders and workers run on other threads: the
   * {@link FakeClock} moves from one timer or timeout to the next whenever no decision task and no
   * activity task is scheduled or started, and this returns once the clock has moved by {@code
   * fakeTime} and every task that time brought has been handled. A test uses it to act at a given
   * moment: to signal a workflow on the second day of its three-day wait, say.
   *
   * @param fakeTime how far the clock moves; not negative
   * @throws IllegalStateException if the fake's clock is not a {@link FakeClock}
   * @throws AssertionError with the fake's diagnostics if the deciders and workers make no progress
   *     within the builder's {@linkplain Builder#awaitTimeout real-time limit}
   */
  public void runFor(Duration fakeTime) {
    Objects.requireNonNull(fakeTime, "fakeTime");
    if (fakeTime.isNegative()) {
      throw new IllegalArgumentException("fake time only moves forward: " + fakeTime);
    }
    if (!(clock instanceof FakeClock)) {
      throw new IllegalStateException("runFor skips fake time, so the fake needs a FakeClock: "
          + "SwfFake.builder().clock(FakeClock.at(...)).build()");
    }
    FakeClock fakeClock = (FakeClock) clock;
    engine.runFor(fakeTime, awaitTimeout, millis -> fakeClock.set(Instant.ofEpochMilli(millis)));
  }

  /**
   * Injects a fault: from now on, the calls the selection picks fail (or are delayed, or lose
   * their response) as {@code fault} says, until the selection's count is used up or the fault is
   * removed. Several faults may be injected; a call is hit by the first that picks it. Every door
   * sees them: the clients and the HTTP server. {@link #diagnostics()} lists them with their hits.
   *
   * <pre>{@code
   * fake.inject(Fault.throttling(), Calls.to("StartWorkflowExecution").once());
   * }</pre>
   *
   * @param fault what happens to a call it hits
   * @param calls which calls it hits
   * @return the injected fault, to count its hits or remove it
   * @throws IllegalArgumentException if the selection names an operation SWF does not have
   * @throws IllegalStateException for a fault in fake time on a fake without a {@link FakeClock}
   */
  public InjectedFault inject(Fault fault, Calls calls) {
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(calls, "calls");
    for (String operation : calls.operations()) {
      if (Operation.named(operation) == null) {
        throw new IllegalArgumentException("SWF has no operation " + operation + " (names are like "
            + "StartWorkflowExecution)");
      }
    }
    Injection.Effect effect;
    long pause = 0;
    if (fault instanceof Fault.Throttling) {
      effect = Injection.Effect.THROTTLING;
    } else if (fault instanceof Fault.InternalError) {
      effect = Injection.Effect.INTERNAL_ERROR;
    } else if (fault instanceof Fault.Delay) {
      effect = Injection.Effect.DELAY;
      pause = ((Fault.Delay) fault).pause().toMillis();
    } else if (fault instanceof Fault.FakeTimeDelay) {
      if (!(clock instanceof FakeClock)) {
        throw new IllegalStateException("a delay in fake time needs the fake to run on a FakeClock");
      }
      effect = Injection.Effect.FAKE_TIME_DELAY;
      pause = ((Fault.FakeTimeDelay) fault).pause().toMillis();
    } else {
      effect = Injection.Effect.LOST_RESPONSE;
    }
    Injection injection = new Injection(effect, pause, calls.operations(), calls.predicate(), calls.nth(),
        calls.probability(), calls.times(), fault);
    engine.inject(injection);
    return new InjectedFault() {
      @Override
      public Fault fault() {
        return fault;
      }

      @Override
      public Calls calls() {
        return calls;
      }

      @Override
      public int hits() {
        return injection.hits();
      }

      @Override
      public void remove() {
        engine.remove(injection);
      }

      @Override
      public String toString() {
        return injection.toString();
      }
    };
  }

  /**
   * The calls the fake has answered, oldest first, through every door: each with its request, its
   * response or error code, and the injected fault that hit it. The fake keeps the latest ones (see
   * {@link Builder#callLimit}).
   *
   * @return the calls
   */
  public List<SwfCall> calls() {
    List<SwfCall> calls = new ArrayList<>();
    for (Engine.CallRecord call : engine.calls()) {
      calls.add(new SwfCall(call.operation(), call.request(), Optional.ofNullable(call.response()),
          Optional.ofNullable(call.errorCode()),
          call.injection() == null ? Optional.empty() : Optional.of((Fault) call.injection().label),
          Instant.ofEpochMilli(call.millis())));
    }
    return List.copyOf(calls);
  }

  /**
   * Releases every poll that waits for a task (each answers the empty task); later polls answer at
   * once. The fake keeps its state and keeps serving other calls.
   */
  @Override
  public void close() {
    engine.close();
  }

  /** The engine behind every door of this fake. */
  Engine engine() {
    return engine;
  }

  /**
   * {@return how many domains and executions the fake holds}
   */
  @Override
  public String toString() {
    return "SwfFake{" + engine.summary() + "}";
  }

  /** Configures a {@link SwfFake}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private Long seed;
    private String region = "us-east-1";
    private String account = "123456789012";
    private int domainLimit = 100;
    private int typeLimit = 10_000;
    private int openExecutionLimit = 100_000;
    private int openActivityLimit = 1000;
    private int openTimerLimit = 1000;
    private int openChildLimit = 1000;
    private Duration pollTimeout = Duration.ofSeconds(60);
    private Duration awaitTimeout = Duration.ofSeconds(30);
    private int callLimit = 10_000;
    private int countTruncationThreshold = Integer.MAX_VALUE;

    private Builder() {}

    /**
     * Sets the clock the fake reads time from; a {@link FakeClock} lets the test move it.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Makes run ids, request ids and page tokens deterministic: two fakes with the same seed that
     * receive the same calls give the same answers.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the region in domain ARNs ({@code us-east-1} by default).
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(String region) {
      this.region = requireText("region", region);
      return this;
    }

    /**
     * Sets the account id in domain ARNs ({@code 123456789012} by default).
     *
     * @param account the account id
     * @return this builder
     */
    public Builder account(String account) {
      this.account = requireText("account", account);
      return this;
    }

    /**
     * Sets how many domains, registered or deprecated, the account may have (SWF: 100).
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder domainLimit(int limit) {
      this.domainLimit = requirePositive("domain limit", limit);
      return this;
    }

    /**
     * Sets how many workflow types, and how many activity types, one domain may have (SWF:
     * 10,000).
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder typeLimit(int limit) {
      this.typeLimit = requirePositive("type limit", limit);
      return this;
    }

    /**
     * Sets how many open executions one domain may have (SWF: 100,000).
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder openExecutionLimit(int limit) {
      this.openExecutionLimit = requirePositive("open execution limit", limit);
      return this;
    }

    /**
     * Sets how many open activity tasks one run may have (SWF: 1,000); a decision past it fails
     * with {@code OPEN_ACTIVITIES_LIMIT_EXCEEDED}.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder openActivityTaskLimit(int limit) {
      this.openActivityLimit = requirePositive("open activity task limit", limit);
      return this;
    }

    /**
     * Sets how many open timers one run may have (SWF: 1,000); a decision past it fails with
     * {@code OPEN_TIMERS_LIMIT_EXCEEDED}.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder openTimerLimit(int limit) {
      this.openTimerLimit = requirePositive("open timer limit", limit);
      return this;
    }

    /**
     * Sets how many open child executions one run may have (SWF: 1,000); a decision past it fails
     * with {@code OPEN_CHILDREN_LIMIT_EXCEEDED}.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder openChildExecutionLimit(int limit) {
      this.openChildLimit = requirePositive("open child execution limit", limit);
      return this;
    }

    /**
     * Sets how long, in real time, a poll waits for a task before it answers the empty task (SWF:
     * 60 seconds). {@link Duration#ZERO} makes every poll answer at once.
     *
     * @param timeout not negative
     * @return this builder
     */
    public Builder pollTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("poll timeout must not be negative: " + timeout);
      }
      this.pollTimeout = timeout;
      return this;
    }

    /**
     * Sets how long, in real time, {@link SwfFake#awaitClosed} waits for deciders and workers
     * before it gives up (30 seconds by default), so that a stuck worker fails a test instead of
     * hanging it.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder awaitTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("await timeout must be positive: " + timeout);
      }
      this.awaitTimeout = timeout;
      return this;
    }

    /**
     * Sets how many of the latest calls {@link SwfFake#calls()} keeps (10,000 by default; 0 keeps
     * none).
     *
     * @param limit at least 0
     * @return this builder
     */
    public Builder callLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("call limit must not be negative: " + limit);
      }
      this.callLimit = limit;
      return this;
    }

    /**
     * Makes counts stop at a threshold: a count of more executions reports the threshold and
     * {@code truncated=true}, as SWF does when a count hits its internal limit. By default counts
     * are never truncated.
     *
     * @param threshold at least 0
     * @return this builder
     */
    public Builder countTruncationThreshold(int threshold) {
      if (threshold < 0) {
        throw new IllegalArgumentException("count truncation threshold must not be negative: " + threshold);
      }
      this.countTruncationThreshold = threshold;
      return this;
    }

    /**
     * {@return the fake}
     */
    public SwfFake build() {
      return new SwfFake(this);
    }

    private static String requireText(String what, String value) {
      Objects.requireNonNull(value, what);
      if (value.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return value;
    }

    private static int requirePositive(String what, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(what + " must be at least 1: " + value);
      }
      return value;
    }
  }
}
