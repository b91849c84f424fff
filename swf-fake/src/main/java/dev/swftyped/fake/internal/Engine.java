package dev.swftyped.fake.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.swf.model.SwfResponse;
import software.amazon.awssdk.services.swf.model.SwfResponseMetadata;

/**
 * The in-memory SWF: the lock, the dispatch of operations, and the polls that wait for a task.
 * Every door (the in-process clients, the test-control API, the HTTP server) calls {@link
 * #execute} or {@link #submit}.
 *
 * <p>Each call is atomic. The request's model constraints are checked first, outside the lock
 * (validation reads no state). Under the lock the engine then applies the effects of time due up
 * to the clock's instant ({@link State#advanceTo}) and runs the operation's handler ({@link
 * Operation}), which checks SWF's own rules ({@link Rules}) and the state before it changes
 * anything, so a rejected call changes nothing. Finally the engine hands the tasks the call made
 * available to polls waiting for them, first come first served.
 *
 * <p>The engine runs no thread of its own. A poll that finds no task waits: in its caller's thread
 * ({@link #execute}) or as a pending future ({@link #submit}), until a call or a clock move hands
 * it a task, its poll timeout passes in real time, or the engine is closed; then it answers SWF's
 * empty task. On a clock that does not notify the engine of its moves, a waiting poll also wakes
 * at the next due time, so that a timer fires on time with no other call.
 */
public final class Engine {
  private static final SdkHttpResponse OK = SdkHttpResponse.builder().statusCode(200).statusText("OK").build();

  /** How many times a call tries the lock, pausing between tries, before it parks. */
  private static final int SPINS = 200;

  /** SWF's limit on polls waiting on one task list (task-plane spec LP-4). */
  static final int WAITING_POLL_LIMIT = 1000;

  final Settings settings;
  private final ReentrantLock lock = new ReentrantLock();
  /** Signalled after every call while some thread waits in {@link #awaitClosed}. */
  private final Condition progress = lock.newCondition();
  private int awaiting;
  private State state;

  private final Map<TaskQueue.Key, ArrayDeque<Waiter>> waiters = new HashMap<>();
  private int waiting;
  private boolean closed;
  /** When the alarm that wakes pending futures on a clock that does not notify will go off. */
  private long alarmAt = Long.MAX_VALUE;

  /** What a {@code FakeClock} calls when it moves; kept here so the clock can hold it weakly. */
  public final Runnable clockListener = this::tick;
  /** Sets a {@code FakeClock} to an instant, or null on another clock. */
  private final LongConsumer moveClock;

  /** The faults a test injected, in the order injected; the count is read without the lock. */
  private final List<Injection> injections = new ArrayList<>();
  private volatile int injected;
  private final SplittableRandom faultRandom;
  /** The latest calls, oldest first, at most {@code settings.callLimit()} of them. */
  private final ArrayDeque<CallRecord> calls = new ArrayDeque<>();

  /**
   * @param moveClock sets the fake's clock to an instant, for time skipping and faults in fake
   *     time; null when the clock is not a {@code FakeClock}
   */
  public Engine(Settings settings, LongConsumer moveClock) {
    this.settings = settings;
    this.moveClock = moveClock;
    this.state = new State(settings);
    this.faultRandom = settings.seed() == null ? new SplittableRandom() : new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
  }

  /** Forgets every domain, type and execution, as if the engine were new; waiting polls answer empty. */
  public void reset() {
    List<Waiter> released;
    lock.lock();
    try {
      released = releaseAll();
      state = new State(settings);
    } finally {
      lock.unlock();
    }
    notify(released);
  }

  /** Releases every waiting poll; later polls answer at once. Idempotent. */
  public void close() {
    List<Waiter> released;
    lock.lock();
    try {
      closed = true;
      released = releaseAll();
    } finally {
      lock.unlock();
    }
    notify(released);
  }

  // ---------------------------------------------------------------- operations

  /**
   * Runs one operation in the caller's thread; a poll with no task waits in it.
   *
   * @param op the operation
   * @param request the SDK request of that operation
   * @return the SDK response, with a request id in its metadata
   * @throws SwfFault the error SWF would return, with a request id
   * @throws AbortedException if the thread is interrupted while a poll waits
   */
  public SwfResponse execute(Operation op, SdkRequest request) {
    Waiter waiter = new Waiter(op, request, null);
    Injection fault = injected(waiter);
    if (fault != null && fault.effect == Injection.Effect.DELAY) {
      try {
        Thread.sleep(fault.pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw AbortedException.builder().message("Thread was interrupted during an injected delay").build();
      }
    }
    run(waiter, fault);
    if (!waiter.done) {
      await(waiter);
    }
    return waiter.result();
  }

  /**
   * Runs one operation and returns its outcome as a future: completed at once, or, for a poll with
   * no task, later, without holding a thread meanwhile. It fails with a {@link SwfFault}.
   *
   * @param op the operation
   * @param request the SDK request of that operation
   * @return the response to come
   */
  public CompletableFuture<SwfResponse> submit(Operation op, SdkRequest request) {
    Waiter waiter = new Waiter(op, request, new CompletableFuture<>());
    Injection fault = injected(waiter);
    if (fault != null && fault.effect == Injection.Effect.DELAY) {
      CompletableFuture.delayedExecutor(fault.pauseMillis, TimeUnit.MILLISECONDS).execute(() -> runAsync(waiter, fault));
    } else {
      runAsync(waiter, fault);
    }
    return waiter.future;
  }

  private void runAsync(Waiter waiter, Injection fault) {
    run(waiter, fault);
    if (!waiter.done) {
      CompletableFuture.delayedExecutor(settings.pollTimeout().toNanos(), TimeUnit.NANOSECONDS)
          .execute(() -> expire(waiter));
    }
  }

  /** The injected fault that hits this call, if any; counted as a hit. */
  private Injection injected(Waiter call) {
    if (injected == 0) {
      return null;
    }
    lock.lock();
    try {
      for (Injection injection : injections) {
        if (injection.hits(call.op, call.request, faultRandom)) {
          return injection;
        }
      }
      return null;
    } finally {
      lock.unlock();
    }
  }

  /** Runs an operation; leaves a poll that found no task waiting, or completes the waiter. */
  private void run(Waiter call, Injection fault) {
    if (fault != null) {
      call.injection = fault;
      call.lost = fault.effect == Injection.Effect.LOST_RESPONSE;
      if (fault.effect == Injection.Effect.FAKE_TIME_DELAY) {
        if (moveClock == null) {
          throw new IllegalStateException("a fault in fake time needs the fake to run on a FakeClock");
        }
        moveClock.accept(settings.clock().millis() + fault.pauseMillis);
      }
    }
    // The request is immutable and its validation reads no state, so it runs outside the lock;
    // only the request id (drawn from the seeded random) and the operation itself run under it.
    List<String> violations = call.op.violations(call.request);
    List<Waiter> handed;
    acquire();
    try {
      call.requestId = state.ids.requestId();
      long now = settings.clock().millis();
      try {
        if (fault != null && fault.effect == Injection.Effect.THROTTLING) {
          throw new SwfFault(Faults.THROTTLING, "Rate exceeded");
        }
        if (fault != null && fault.effect == Injection.Effect.INTERNAL_ERROR) {
          throw new SwfFault(Faults.INTERNAL_FAILURE, "We encountered an internal error. Please try again.");
        }
        if (!violations.isEmpty()) {
          throw SwfFault.validation(ModelValidator.message(violations));
        }
        state.advanceTo(now);
        SwfResponse.Builder response = call.op.handle(state, call.request, now);
        // What the call made due at once (a zero-second timer) happens right after it.
        state.advanceTo(now);
        if (response == null) {
          if (closed || settings.pollTimeout().isZero()) {
            call.complete(call.op.emptyPoll());
          } else {
            enqueue(call);
          }
        } else {
          call.complete(response);
        }
      } catch (SwfFault error) {
        call.fail(error.withRequestId(call.requestId));
      }
      if (call.done) {
        record(call);
      }
      handed = handOut(now);
    } finally {
      lock.unlock();
    }
    notify(handed);
    if (call.done && call.future != null) {
      call.signal();
    }
  }

  /** Wakes the threads waiting in {@link #awaitClosed}; under the lock. */
  private void progressed() {
    if (awaiting > 0) {
      progress.signalAll();
    }
  }

  /**
   * Takes the lock, spinning briefly before parking: operations hold it for about a microsecond,
   * far less than it takes to wake a parked thread.
   */
  private void acquire() {
    for (int spins = 0; spins < SPINS; spins++) {
      if (lock.tryLock()) {
        return;
      }
      Thread.onSpinWait();
    }
    lock.lock();
  }

  // ---------------------------------------------------------------- time

  /** Applies the effects of time up to the clock's instant and hands out what they made available. */
  public void tick() {
    List<Waiter> handed;
    lock.lock();
    try {
      long now = settings.clock().millis();
      state.advanceTo(now);
      handed = handOut(now);
    } finally {
      lock.unlock();
    }
    notify(handed);
  }

  // ---------------------------------------------------------------- waiting polls

  /** A call in flight: a waiting poll until it is done. */
  private static final class Waiter {
    final Operation op;
    final SdkRequest request;
    /** The future of an asynchronous call, or null for a call whose thread waits. */
    final CompletableFuture<SwfResponse> future;
    final Thread thread;
    String requestId;
    TaskQueue.Key key;
    /** The injected fault that hit the call, if any; whether it loses the response. */
    Injection injection;
    boolean lost;
    /** Set under the engine's lock; read by the waiting thread after {@link #done}. */
    private SwfResponse response;
    private SwfFault fault;
    volatile boolean done;

    Waiter(Operation op, SdkRequest request, CompletableFuture<SwfResponse> future) {
      this.op = op;
      this.request = request;
      this.future = future;
      this.thread = future == null ? Thread.currentThread() : null;
    }

    void complete(SwfResponse.Builder builder) {
      builder.sdkHttpResponse(OK);
      response = builder.responseMetadata(SwfResponseMetadata.create(DefaultAwsResponseMetadata.create(
          Map.of("AWS_REQUEST_ID", requestId)))).build();
      done = true;
    }

    void fail(SwfFault error) {
      fault = error;
      done = true;
    }

    /** Wakes whoever waits for this call; outside the engine's lock. */
    void signal() {
      if (future != null) {
        if (lost) {
          future.completeExceptionally(new Injection.LostResponse(op.wireName));
        } else if (fault != null) {
          future.completeExceptionally(fault);
        } else {
          future.complete(response);
        }
      } else {
        LockSupport.unpark(thread);
      }
    }

    SwfResponse result() {
      if (lost) {
        throw new Injection.LostResponse(op.wireName);
      }
      if (fault != null) {
        throw fault;
      }
      return response;
    }
  }

  private void enqueue(Waiter call) {
    TaskQueue.Key key = call.op.pollKey(call.request);
    ArrayDeque<Waiter> queue = waiters.computeIfAbsent(key, ignored -> new ArrayDeque<>());
    if (queue.size() >= WAITING_POLL_LIMIT) {
      if (queue.isEmpty()) {
        waiters.remove(key);
      }
      call.fail(new SwfFault(Faults.LIMIT_EXCEEDED, "Limit on maximum concurrent poll requests per task list reached")
          .withRequestId(call.requestId));
      return;
    }
    call.key = key;
    queue.addLast(call);
    waiting++;
    state.trackOffers = true;
  }

  /** Hands the tasks offered during this call to the polls waiting on their lists, oldest first. */
  private List<Waiter> handOut(long now) {
    if (waiting == 0) {
      state.offered.clear();
      state.trackOffers = false;
      progressed();
      return List.of();
    }
    List<Waiter> handed = new ArrayList<>(0);
    for (TaskQueue offered : state.offered) {
      ArrayDeque<Waiter> queue = waiters.get(offered.key);
      while (queue != null && !queue.isEmpty()) {
        Waiter next = queue.peekFirst();
        SwfResponse.Builder response;
        try {
          response = next.op.handle(state, next.request, now);
        } catch (SwfFault fault) {
          next.fail(fault.withRequestId(next.requestId));
          response = null;
        }
        if (response == null && !next.done) {
          break;
        }
        queue.pollFirst();
        waiting--;
        if (response != null) {
          next.complete(response);
        }
        record(next);
        handed.add(next);
      }
      if (queue != null && queue.isEmpty()) {
        waiters.remove(offered.key);
      }
    }
    state.offered.clear();
    state.trackOffers = waiting > 0;
    armAlarm();
    progressed();
    return handed;
  }

  // ---------------------------------------------------------------- time skipping

  /**
   * Waits until the run of a workflow id closes, following continue-as-new to the last run, and
   * returns that run's info. Whenever no decision task and no activity task is scheduled or started
   * anywhere in the engine, moves the clock to the next due effect, so that timers and timeouts
   * come at once.
   *
   * @param moveClock sets the clock to an instant (the clock must be a {@code FakeClock})
   * @throws AssertionError with the diagnostics if the run has not closed after {@code maxFakeTime}
   *     of fake time, or after {@code realTimeLimit} of real time
   * @throws IllegalArgumentException if the domain has no run of that workflow id
   */
  public software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo awaitClosed(String domainName,
      String workflowId, java.time.Duration maxFakeTime, java.time.Duration realTimeLimit,
      java.util.function.LongConsumer moveClock) {
    Execution closed = skipTime(workflowId + " did not close", now -> {
      Execution latest = latestRun(domainName, workflowId);
      return latest.isOpen() ? null : latest;
    }, maxFakeTime, false, realTimeLimit, moveClock);
    return ExecutionOps.info(closed);
  }

  /**
   * Lets fake time pass by the given amount while deciders and workers run: whenever no decision
   * task and no activity task is scheduled or started, moves the clock to the next due effect, or
   * to the end of the span if none falls within it; returns once the clock is there and nothing is
   * scheduled or started.
   *
   * @throws AssertionError with the diagnostics if the deciders and workers make no progress
   *     within {@code realTimeLimit} of real time
   */
  public void runFor(java.time.Duration fakeTime, java.time.Duration realTimeLimit,
      java.util.function.LongConsumer moveClock) {
    skipTime("the deciders and workers did not finish what " + fakeTime + " of fake time brought",
        now -> null, fakeTime, true, realTimeLimit, moveClock);
  }

  /** What {@link #skipTime} waits for, asked under the lock: a result, or null to go on. */
  @FunctionalInterface
  private interface Goal<T> {
    T reached(long now);
  }

  /**
   * Waits for a goal while skipping fake time: whenever the engine is idle (no decision or activity
   * task scheduled or started), the clock jumps to the next due effect. With {@code stopAtLimit},
   * reaching the limit idle is the goal; otherwise passing it is a failure.
   */
  private <T> T skipTime(String what, Goal<T> goal, java.time.Duration maxFakeTime, boolean stopAtLimit,
      java.time.Duration realTimeLimit, java.util.function.LongConsumer moveClock) {
    long realDeadline = System.nanoTime() + realTimeLimit.toNanos();
    long fakeLimit = Long.MIN_VALUE;
    while (true) {
      List<Waiter> handed;
      T reached;
      String failure = null;
      long jumpTo = Long.MIN_VALUE;
      boolean done = false;
      lock.lock();
      try {
        long now = settings.clock().millis();
        if (fakeLimit == Long.MIN_VALUE) {
          fakeLimit = saturatedAdd(now, maxFakeTime.toMillis());
        }
        state.advanceTo(now);
        handed = handOut(now);
        reached = goal.reached(now);
        if (reached == null) {
          boolean idle = idle();
          if (!stopAtLimit && now > fakeLimit) {
            failure = what + " within " + maxFakeTime + " of fake time";
          } else if (idle) {
            long next = state.nextDue();
            if (stopAtLimit && now >= fakeLimit) {
              done = true;
            } else if (stopAtLimit && next > fakeLimit) {
              jumpTo = fakeLimit;
            } else if (next > fakeLimit) {
              failure = what + " within " + maxFakeTime + " of fake time: nothing is left to do before "
                  + (next == Long.MAX_VALUE ? "the end of time" : java.time.Instant.ofEpochMilli(next));
            } else {
              jumpTo = next;
            }
          } else {
            long remaining = realDeadline - System.nanoTime();
            if (remaining <= 0) {
              failure = what + " within " + realTimeLimit + " of real time: the deciders or workers made no "
                  + "progress (see what is pending and who polls, below)";
            } else {
              awaiting++;
              try {
                progress.awaitNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(100)));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting: " + what, e);
              } finally {
                awaiting--;
              }
            }
          }
        }
      } finally {
        lock.unlock();
      }
      notify(handed);
      if (reached != null) {
        return reached;
      }
      if (done) {
        return null;
      }
      if (failure != null) {
        throw new AssertionError(failure + "\n" + diagnostics());
      }
      if (jumpTo != Long.MIN_VALUE) {
        moveClock.accept(jumpTo);
      }
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  private Execution latestRun(String domainName, String workflowId) {
    Domain domain = state.domains.get(domainName);
    Domain.WorkflowRuns runs = domain == null ? null : domain.byWorkflowId.get(workflowId);
    if (runs == null || runs.latest == null) {
      throw new IllegalArgumentException("domain " + domainName + " has no execution with workflow id " + workflowId);
    }
    return runs.latest;
  }

  /** Whether no decision task and no activity task is scheduled or started anywhere. */
  private boolean idle() {
    for (Domain domain : state.domains.values()) {
      for (Domain.WorkflowRuns runs : domain.byWorkflowId.values()) {
        Execution run = runs.open;
        if (run != null && (run.scheduledDecision != null || run.startedDecisionEventId != 0
            || !run.activities.isEmpty())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Answers every waiting poll with the empty task. */
  private List<Waiter> releaseAll() {
    List<Waiter> released = new ArrayList<>(waiting);
    for (ArrayDeque<Waiter> queue : waiters.values()) {
      for (Waiter waiter : queue) {
        waiter.complete(waiter.op.emptyPoll());
        record(waiter);
        released.add(waiter);
      }
    }
    waiters.clear();
    waiting = 0;
    state.trackOffers = false;
    return released;
  }

  private static void notify(List<Waiter> waiters) {
    for (Waiter waiter : waiters) {
      waiter.signal();
    }
  }

  /** A waiting poll's time is up: it answers empty unless it was handed a task meanwhile. */
  private void expire(Waiter waiter) {
    lock.lock();
    try {
      if (waiter.done) {
        return;
      }
      remove(waiter);
      waiter.complete(waiter.op.emptyPoll());
      record(waiter);
    } finally {
      lock.unlock();
    }
    waiter.signal();
  }

  private void remove(Waiter waiter) {
    ArrayDeque<Waiter> queue = waiters.get(waiter.key);
    if (queue != null && queue.remove(waiter)) {
      waiting--;
      if (queue.isEmpty()) {
        waiters.remove(waiter.key);
      }
    }
    state.trackOffers = waiting > 0;
  }

  /** Waits in the caller's thread until the poll is done, times out or the thread is interrupted. */
  private void await(Waiter waiter) {
    long deadline = System.nanoTime() + settings.pollTimeout().toNanos();
    while (!waiter.done) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        expire(waiter);
        return;
      }
      long nap = remaining;
      boolean dueFirst = false;
      if (!settings.clockNotifies()) {
        long untilDue = TimeUnit.MILLISECONDS.toNanos(Math.max(1, nextDue() - settings.clock().millis()));
        if (untilDue < nap) {
          nap = untilDue;
          dueFirst = true;
        }
      }
      LockSupport.parkNanos(this, nap);
      if (Thread.interrupted()) {
        interrupted(waiter);
        return;
      }
      if (dueFirst && !waiter.done && settings.clock().millis() >= nextDue()) {
        tick();
      }
    }
  }

  /** The waiting thread was interrupted: unless a task was handed to it meanwhile, the poll is abandoned. */
  private void interrupted(Waiter waiter) {
    boolean handed;
    lock.lock();
    try {
      handed = waiter.done;
      if (!handed) {
        remove(waiter);
      }
    } finally {
      lock.unlock();
    }
    Thread.currentThread().interrupt();
    if (!handed) {
      throw AbortedException.builder().message("Thread was interrupted while a poll waited for a task").build();
    }
  }

  private long nextDue() {
    lock.lock();
    try {
      return state.nextDue();
    } finally {
      lock.unlock();
    }
  }

  /**
   * On a clock that does not notify the engine, wakes pending futures at the next due time: a
   * thread that waits in {@link #await} wakes itself, a future has no thread to do it.
   */
  private void armAlarm() {
    if (settings.clockNotifies() || waiting == 0) {
      return;
    }
    long due = state.nextDue();
    if (due == Long.MAX_VALUE || due >= alarmAt) {
      return;
    }
    alarmAt = due;
    long delay = Math.max(1, due - settings.clock().millis());
    CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS).execute(() -> {
      lock.lock();
      try {
        if (alarmAt == due) {
          alarmAt = Long.MAX_VALUE;
        }
      } finally {
        lock.unlock();
      }
      tick();
    });
  }

  // ---------------------------------------------------------------- faults and calls

  /** Adds a fault that hits the calls it selects from now on. */
  public void inject(Injection injection) {
    lock.lock();
    try {
      injections.add(injection);
      injected = injections.size();
    } finally {
      lock.unlock();
    }
  }

  /** Stops a fault; later calls are not hit by it. */
  public void remove(Injection injection) {
    lock.lock();
    try {
      injection.removed = true;
      injections.remove(injection);
      injected = injections.size();
    } finally {
      lock.unlock();
    }
  }

  /** One call as the engine answered it, with its response or error code. */
  public record CallRecord(String operation, SdkRequest request, SwfResponse response, String errorCode,
      Injection injection, long millis) {}

  /** The latest calls, oldest first. */
  public List<CallRecord> calls() {
    lock.lock();
    try {
      return List.copyOf(calls);
    } finally {
      lock.unlock();
    }
  }

  /** Keeps a finished call; under the lock. */
  private void record(Waiter call) {
    if (settings.callLimit() == 0) {
      return;
    }
    if (calls.size() == settings.callLimit()) {
      calls.removeFirst();
    }
    calls.addLast(new CallRecord(call.op.wireName, call.request, call.response,
        call.fault == null ? null : call.fault.errorCode(), call.injection, settings.clock().millis()));
  }

  // ---------------------------------------------------------------- inspection

  /** A readable dump of every domain, type and execution, with each execution's history. */
  public String diagnostics() {
    lock.lock();
    try {
      long now = settings.clock().millis();
      state.advanceTo(now);
      return Diagnostics.render(state, now, waitingPolls(), injections);
    } finally {
      lock.unlock();
    }
  }

  /** The task lists polls wait on, with how many wait on each. */
  private Map<TaskQueue.Key, Integer> waitingPolls() {
    Map<TaskQueue.Key, Integer> counts = new HashMap<>();
    waiters.forEach((key, queue) -> counts.put(key, queue.size()));
    return counts;
  }

  /** Counts of domains and executions, for {@code toString}. */
  public String summary() {
    lock.lock();
    try {
      int open = 0;
      int closedRuns = 0;
      for (Domain domain : state.domains.values()) {
        open += domain.openCount;
        closedRuns += domain.closed.byStart.size();
      }
      return "domains=" + state.domains.size() + ", open=" + open + ", closed=" + closedRuns;
    } finally {
      lock.unlock();
    }
  }
}
