package dev.swftyped.fake.internal;

import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;

/**
 * A fault a test injected: its effect, which calls it hits, and its counts. The engine matches
 * calls against it under its lock.
 */
public final class Injection {
  /** What the fault does to a call it hits. */
  public enum Effect {
    THROTTLING,
    INTERNAL_ERROR,
    DELAY,
    FAKE_TIME_DELAY,
    LOST_RESPONSE
  }

  /** What a caller sees of a call whose response an injected fault lost. */
  public static final class LostResponse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LostResponse(String operation) {
      super("The connection closed before the response to " + operation
          + " arrived (a lost response injected by swf-fake; the call took effect)", null, false, false);
    }
  }

  final Effect effect;
  final long pauseMillis;
  private final Set<String> operations;
  private final Predicate<? super SdkRequest> predicate;
  private final int nth;
  private final double probability;
  private final int times;
  /** The test's own description of the fault, handed back in recorded calls. */
  public final Object label;

  private int matched;
  private volatile int hits;
  boolean removed;

  /**
   * @param operations the operations hit, empty for all
   * @param nth only the nth matching call, or 0 for each
   * @param times at most this many hits, or 0 for no limit
   */
  public Injection(Effect effect, long pauseMillis, Set<String> operations, Predicate<? super SdkRequest> predicate,
      int nth, double probability, int times, Object label) {
    this.effect = effect;
    this.pauseMillis = pauseMillis;
    this.operations = operations;
    this.predicate = predicate;
    this.nth = nth;
    this.probability = probability;
    this.times = times;
    this.label = label;
  }

  /** How many calls it has hit. */
  public int hits() {
    return hits;
  }

  /** Whether it hits this call; counts it if so. Under the engine's lock. */
  boolean hits(Operation op, SdkRequest request, java.util.SplittableRandom random) {
    if (removed || (times > 0 && hits >= times)) {
      return false;
    }
    if (!operations.isEmpty() && !operations.contains(op.wireName)) {
      return false;
    }
    if (!predicate.test(request)) {
      return false;
    }
    matched++;
    if (nth > 0 && matched != nth) {
      return false;
    }
    if (probability < 1 && random.nextDouble() >= probability) {
      return false;
    }
    hits++;
    return true;
  }

  @Override
  public String toString() {
    return label + " (" + hits + (hits == 1 ? " hit" : " hits") + (removed ? ", removed" : "") + ")";
  }
}
