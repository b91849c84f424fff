package dev.swftyped.fake;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that stands still until the test moves it. Give it to {@link SwfFake.Builder#clock} and
 * advance it to make execution timeouts, retention periods and page-token lifetimes pass.
 *
 * <p>This class is thread-safe.
 */
public final class FakeClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;
  /** What to tell when the clock moves: the fakes that read it, held weakly so they can be collected. */
  private final List<WeakReference<Runnable>> listeners = new CopyOnWriteArrayList<>();

  private FakeClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Returns a clock that reads the given instant until it is moved, in UTC.
   *
   * @param start the instant the clock reads
   * @return the clock
   */
  public static FakeClock at(Instant start) {
    return new FakeClock(Objects.requireNonNull(start, "start"), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far; not negative
   * @return this clock
   * @throws IllegalArgumentException if the duration is negative
   */
  public FakeClock advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a clock can only be advanced by a non-negative duration, not " + duration
          + "; use set(Instant) to move it back");
    }
    synchronized (this) {
      now = now.plus(duration);
    }
    moved();
    return this;
  }

  /**
   * Sets the clock to an instant, earlier or later than the current one.
   *
   * @param instant the instant the clock reads from now on
   * @return this clock
   */
  public FakeClock set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    synchronized (this) {
      now = instant;
    }
    moved();
    return this;
  }

  /** Registers something to run, in the thread that moves the clock, each time it moves. */
  void addListener(Runnable listener) {
    listeners.add(new WeakReference<>(listener));
  }

  private void moved() {
    for (WeakReference<Runnable> reference : listeners) {
      Runnable listener = reference.get();
      if (listener == null) {
        listeners.remove(reference);
      } else {
        listener.run();
      }
    }
  }

  /**
   * {@return the instant the clock reads}
   */
  @Override
  public Instant instant() {
    return now;
  }

  /**
   * {@return the clock's time zone (UTC unless {@link #withZone} made another)}
   */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a clock in another time zone that reads the same instant now; it is not moved with this
   * one.
   *
   * @param zone the time zone
   * @return a clock in that zone
   */
  @Override
  public Clock withZone(ZoneId zone) {
    return new FakeClock(now, zone);
  }

  /**
   * {@return the instant the clock reads, for messages}
   */
  @Override
  public String toString() {
    return "FakeClock[" + now + "]";
  }
}
