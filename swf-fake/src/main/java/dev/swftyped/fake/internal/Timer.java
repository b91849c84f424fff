package dev.swftyped.fake.internal;

/** An open timer of a run: started, not yet fired or canceled. */
final class Timer {
  final Execution run;
  final String timerId;
  /** The id of its {@code TimerStarted} event. */
  final long startedEventId;
  final long seq;
  Deadline.TimerFiring firing;

  Timer(Execution run, String timerId, long startedEventId, long seq) {
    this.run = run;
    this.timerId = timerId;
    this.startedEventId = startedEventId;
    this.seq = seq;
  }
}
