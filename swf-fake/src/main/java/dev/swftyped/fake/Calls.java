package dev.swftyped.fake;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;

/**
 * Which calls an injected {@link Fault} hits: every call, or those of some operations, or those
 * whose request matches a predicate; perhaps only the nth of them, or each with a probability
 * drawn from the fake's seeded random; at most a number of times, or for as long as the fault stays
 * injected. Immutable: each method returns a new selection.
 *
 * <pre>{@code
 * fake.inject(Fault.throttling(), Calls.to("StartWorkflowExecution").once());
 * fake.inject(Fault.lostResponse(), Calls.to("RespondActivityTaskCompleted").nth(2));
 * fake.inject(Fault.internalError(), Calls.all().withProbability(0.05));
 * }</pre>
 *
 * @param operations the SWF operations hit (such as {@code StartWorkflowExecution}); empty for all
 * @param predicate what a hit call's request must satisfy
 * @param nth only the nth call that matches counts (from 1), or 0 for every one
 * @param probability the chance that a matching call is hit, from 0 to 1
 * @param times how many calls are hit at most, or 0 for no limit
 */
public record Calls(Set<String> operations, Predicate<? super SdkRequest> predicate, int nth, double probability,
    int times) {

  /**
   * Creates a selection after checking its components.
   *
   * @param operations the SWF operations hit; empty for all
   * @param predicate what a hit call's request must satisfy
   * @param nth only the nth matching call, or 0 for every one
   * @param probability the chance that a matching call is hit, from 0 to 1
   * @param times how many calls are hit at most, or 0 for no limit
   */
  public Calls {
    operations = Set.copyOf(Objects.requireNonNull(operations, "operations"));
    Objects.requireNonNull(predicate, "predicate");
    if (nth < 0) {
      throw new IllegalArgumentException("nth counts from 1: " + nth);
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("a probability is from 0 to 1: " + probability);
    }
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative: " + times);
    }
  }

  /**
   * {@return every call, for as long as the fault is injected}
   */
  public static Calls all() {
    return new Calls(Set.of(), request -> true, 0, 1, 0);
  }

  /**
   * Returns the calls of some operations.
   *
   * @param operations SWF's names of the operations, such as {@code StartWorkflowExecution}
   * @return the selection
   */
  public static Calls to(String... operations) {
    return new Calls(Set.of(operations), request -> true, 0, 1, 0);
  }

  /**
   * Narrows the selection to calls whose request satisfies a predicate.
   *
   * @param test the predicate on the SDK request
   * @return the narrower selection
   */
  public Calls matching(Predicate<? super SdkRequest> test) {
    Objects.requireNonNull(test, "test");
    Predicate<? super SdkRequest> before = predicate;
    return new Calls(operations, request -> before.test(request) && test.test(request), nth, probability, times);
  }

  /**
   * Hits only the nth matching call (counting from 1), once.
   *
   * @param n at least 1
   * @return the narrower selection
   */
  public Calls nth(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("nth counts from 1: " + n);
    }
    return new Calls(operations, predicate, n, probability, 1);
  }

  /**
   * Hits each matching call with a probability, drawn from the fake's random (seeded when the fake
   * has a seed, so runs repeat).
   *
   * @param chance from 0 to 1
   * @return the narrower selection
   */
  public Calls withProbability(double chance) {
    return new Calls(operations, predicate, nth, chance, times);
  }

  /**
   * Hits at most a number of calls.
   *
   * @param count at least 1
   * @return the narrower selection
   */
  public Calls times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + count);
    }
    return new Calls(operations, predicate, nth, probability, count);
  }

  /**
   * {@return this selection, hitting one call at most}
   */
  public Calls once() {
    return times(1);
  }
}
