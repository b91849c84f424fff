package dev.swftyped;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The polling threads of a worker: a fixed number of threads, each polling for a task, running the
 * user's code on it, then sending the answer, until {@link #shutdown} stops them.
 *
 * <p>Each thread is in one phase at a time, and {@code shutdown} interrupts it only in the phases
 * where an interrupt means what it should: while it polls or backs off (to stop polling at once)
 * and, once the deadline has passed, while it runs the user's code. It never interrupts a thread
 * that is sending an answer, and each thread clears an interrupt that was meant for a phase it has
 * left, so that an interrupt aimed at a poll never reaches the user's code.
 */
final class PollingThreads<T> {
  /** The first pause after SWF fails a call; each further failure in a row doubles it. */
  static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
  /** The longest pause after failures in a row. */
  static final Duration LAST_BACKOFF = Duration.ofSeconds(10);

  /** What a worker does with its tasks. */
  interface Job<T> {
    /** Polls once; SDK exceptions pass through. */
    Optional<T> poll();

    /** Runs the user's code on a task and returns the answer to send, if any; never throws. */
    Optional<Runnable> run(T task);

    /** Describes a task in a log message. */
    String describe(T task);
  }

  private enum Phase { IDLE, POLLING, BACKING_OFF, RUNNING, ANSWERING }

  private final class Slot implements Runnable {
    final Thread thread;
    Phase phase = Phase.IDLE; // guarded by this

    Slot(String name) {
      thread = new Thread(this, name);
    }

    @Override
    public void run() {
      Duration backoff = Duration.ZERO;
      while (true) {
        synchronized (this) {
          if (stopping) {
            return;
          }
          phase = Phase.POLLING;
        }
        Optional<T> task;
        try {
          task = job.poll();
        } catch (RuntimeException e) {
          enter(Phase.IDLE);
          if (stopping) {
            return;
          }
          backoff = next(backoff);
          log.log(Level.WARNING, name + ": polling failed; polling again in " + backoff.toMillis() + " ms", e);
          if (!backOff(backoff)) {
            return;
          }
          continue;
        }
        if (task.isEmpty()) {
          enter(Phase.IDLE);
          continue;
        }
        backoff = Duration.ZERO;
        enter(Phase.RUNNING);
        if (pastDeadline) {
          thread.interrupt();
        }
        Optional<Runnable> answer = job.run(task.get());
        enter(Phase.ANSWERING);
        if (answer.isPresent()) {
          try {
            answer.get().run();
          } catch (RuntimeException e) {
            backoff = next(backoff);
            log.log(Level.WARNING, name + ": SWF did not take the answer to " + job.describe(task.get()), e);
            if (!backOff(backoff)) {
              return;
            }
          }
        }
      }
    }

    /** Moves to a phase, dropping any interrupt meant for the phase left. */
    private synchronized void enter(Phase next) {
      phase = next;
      Thread.interrupted();
    }

    /** Pauses before the next call; false if stopped meanwhile. */
    private boolean backOff(Duration pause) {
      synchronized (this) {
        if (stopping) {
          return false;
        }
        phase = Phase.BACKING_OFF;
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        return false;
      } finally {
        enter(Phase.IDLE);
      }
      return !stopping;
    }

    /** What the thread is doing, for a warning. */
    synchronized String doing() {
      return phase == Phase.POLLING
          ? " was still polling (an HTTP client that ignores interrupts ends a poll only when SWF answers it)"
          : " was still running a task";
    }

    synchronized void interruptIf(Phase a, Phase b) {
      if (phase == a || phase == b) {
        thread.interrupt();
      }
    }
  }

  private final String name;
  private final Job<T> job;
  private final System.Logger log;
  private final List<Slot> slots = new ArrayList<>();
  private volatile boolean stopping;
  private volatile boolean pastDeadline;

  PollingThreads(String name, int threads, Job<T> job, System.Logger log) {
    this.name = name;
    this.job = job;
    this.log = log;
    for (int i = 1; i <= threads; i++) {
      slots.add(new Slot(name + "-" + i));
    }
  }

  static Duration next(Duration backoff) {
    if (backoff.isZero()) {
      return FIRST_BACKOFF;
    }
    Duration doubled = backoff.multipliedBy(2);
    return doubled.compareTo(LAST_BACKOFF) > 0 ? LAST_BACKOFF : doubled;
  }

  void start() {
    for (Slot slot : slots) {
      slot.thread.start();
    }
  }

  /**
   * Stops polling, waits for the tasks in hand until the deadline, then interrupts the code still
   * running and waits for every thread to end. If the calling thread is interrupted meanwhile, the
   * deadline is taken as passed, and its interrupt status is set again on return.
   *
   * @return whether every task in hand was finished before the deadline
   */
  boolean shutdown(Duration timeout) {
    for (Slot slot : slots) {
      if (slot.thread == Thread.currentThread()) {
        throw new IllegalStateException(name + ": a worker cannot be shut down from one of its own threads (it would "
            + "wait for itself); shut it down from another thread");
      }
    }
    stopping = true;
    for (Slot slot : slots) {
      slot.interruptIf(Phase.POLLING, Phase.BACKING_OFF);
    }
    boolean interrupted = false;
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    for (Slot slot : slots) {
      long left = deadline - System.nanoTime();
      if (left > 0 && !interrupted) {
        try {
          TimeUnit.NANOSECONDS.timedJoin(slot.thread, left);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    boolean finished = terminated();
    if (!finished) {
      pastDeadline = true;
      for (Slot slot : slots) {
        if (slot.thread.isAlive()) {
          log.log(Level.WARNING, () -> slot.thread.getName() + slot.doing() + " when the shutdown's deadline passed: "
              + "interrupting it");
        }
        slot.interruptIf(Phase.RUNNING, Phase.POLLING);
      }
      for (Slot slot : slots) {
        while (slot.thread.isAlive()) {
          try {
            slot.thread.join();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return finished;
  }

  /** Whether every thread has ended. */
  boolean terminated() {
    return slots.stream().noneMatch(slot -> slot.thread.isAlive());
  }
}
