package dev.swftyped;

import java.time.Duration;

/** The states of a worker, and the checks their builders share. */
enum Lifecycle {
  NEW,
  STARTED,
  CLOSED;

  Lifecycle start(String worker) {
    if (this == STARTED) {
      throw new IllegalStateException(worker + " was already started: start it once, close it once");
    }
    if (this == CLOSED) {
      throw new IllegalStateException(worker + " was closed: build a new one to poll again");
    }
    return STARTED;
  }

  static int threads(int threads) {
    if (threads < 1 || threads > 1000) {
      throw new IllegalArgumentException("threads must be 1 to 1000: " + threads);
    }
    return threads;
  }

  static Duration timeout(Duration timeout) {
    Check.notNull("timeout", timeout);
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    return timeout;
  }
}
