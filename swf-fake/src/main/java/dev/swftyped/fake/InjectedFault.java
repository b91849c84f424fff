package dev.swftyped.fake;

/** A fault injected into a fake: what it does, which calls it hits, and how often it has hit. */
public interface InjectedFault {
  /**
   * {@return the fault's effect}
   */
  Fault fault();

  /**
   * {@return the calls it hits}
   */
  Calls calls();

  /**
   * {@return how many calls it has hit so far}
   */
  int hits();

  /** Stops the fault from hitting more calls. */
  void remove();
}
