package dev.swftyped.fake.internal;

import java.util.Comparator;
import software.amazon.awssdk.services.swf.model.ActivityTaskTimeoutType;
import software.amazon.awssdk.services.swf.model.DecisionTaskTimeoutType;

/**
 * Something that happens when the fake's clock reaches a due time: a timer fires, a task or a run
 * times out, a closed run's retention ends. Deadlines wait in one queue ({@link Deadlines}),
 * ordered by due time; at equal due times task and timer effects come first in the order their
 * task or timer was created, then execution timeouts, then retention (task-plane spec TO-2).
 */
sealed interface Deadline {
  /** Task and timer effects at one instant come before the run's timeout, which comes before retention. */
  int TASK = 0;
  int EXECUTION = 1;
  int RETENTION = 2;

  /** The order deadlines are applied in. */
  Comparator<Deadline> ORDER = new Comparator<>() {
    @Override
    public int compare(Deadline a, Deadline b) {
      int c = Long.compare(a.due(), b.due());
      if (c == 0) {
        c = Integer.compare(a.rank(), b.rank());
      }
      if (c == 0) {
        c = Long.compare(a.seq(), b.seq());
      }
      return c != 0 ? c : Integer.compare(a.order(), b.order());
    }
  };

  /** When it is due, in epoch milliseconds on the fake's clock. */
  long due();

  /** {@link #TASK}, {@link #EXECUTION} or {@link #RETENTION}. */
  int rank();

  /** When its task, timer or run was created, in the fake's sequence. */
  long seq();

  /** Orders the deadlines of one task that fall at one instant. */
  default int order() {
    return 0;
  }

  /** A run's start-to-close timeout. */
  record ExecutionTimeout(long due, Execution run) implements Deadline {
    @Override
    public int rank() {
      return EXECUTION;
    }

    @Override
    public long seq() {
      return run.seq;
    }
  }

  /** The end of a closed run's retention period, when it is forgotten. */
  record Retention(long due, Execution run) implements Deadline {
    @Override
    public int rank() {
      return RETENTION;
    }

    @Override
    public long seq() {
      return run.seq;
    }
  }

  /** A decision task that was not started, or not completed, in time. */
  record DecisionTaskTimeout(long due, long seq, Execution run, DecisionTaskTimeoutType type) implements Deadline {
    @Override
    public int rank() {
      return TASK;
    }
  }

  /**
   * One of an activity task's four timeouts. At one instant they count in the order
   * SCHEDULE_TO_START, START_TO_CLOSE, HEARTBEAT, SCHEDULE_TO_CLOSE (task-plane spec AT-8).
   */
  record ActivityTimeout(long due, ActivityTask task, ActivityTaskTimeoutType type) implements Deadline {
    @Override
    public int rank() {
      return TASK;
    }

    @Override
    public long seq() {
      return task.seq;
    }

    @Override
    public int order() {
      switch (type) {
        case SCHEDULE_TO_START:
          return 0;
        case START_TO_CLOSE:
          return 1;
        case HEARTBEAT:
          return 2;
        default:
          return 3;
      }
    }
  }

  /** A timer that fires. */
  record TimerFiring(long due, Timer timer) implements Deadline {
    @Override
    public int rank() {
      return TASK;
    }

    @Override
    public long seq() {
      return timer.seq;
    }
  }
}
