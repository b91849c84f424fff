package dev.swftyped.fake;

import dev.swftyped.fake.internal.Engine;
import dev.swftyped.fake.internal.FakeSwfClient;
import dev.swftyped.fake.internal.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * An in-memory Amazon SWF.
 *
 * <p>{@link #client()} is an AWS SDK {@link SwfClient}: code under test uses it unchanged, and it
 * answers as SWF does, error for error and page for page. Domains, workflow and activity types,
 * executions (start, signal, request cancel, terminate, describe, history), visibility (list and
 * count, with every filter) and pending decision task counts are served; the decision-task and
 * activity-task operations are not yet, and throw {@link UnsupportedOperationException} as the
 * SDK interface does by default.
 *
 * <pre>{@code
 * FakeClock clock = FakeClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * SwfFake fake = SwfFake.builder().clock(clock).seed(42).build();
 * SwfClient swf = fake.client();
 * swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
 * }</pre>
 *
 * <p>Time comes only from the clock given to the builder (the system UTC clock by default).
 * Execution timeouts, retention periods and page-token lifetimes are checked against it at each
 * call; nothing runs in the background.
 *
 * <p>This class is thread-safe: every call is atomic, and a rejected call changes nothing.
 */
public final class SwfFake {
  private final Engine engine;
  private final SwfClient client;
  private final Clock clock;

  private SwfFake(Builder builder) {
    this.clock = builder.clock;
    this.engine = new Engine(new Settings(builder.clock, builder.clock instanceof FakeClock, builder.seed,
        builder.region, builder.account, builder.domainLimit, builder.typeLimit, builder.openExecutionLimit,
        builder.openActivityLimit, builder.openTimerLimit, builder.openChildLimit, builder.countTruncationThreshold,
        builder.pollTimeout));
    if (builder.clock instanceof FakeClock) {
      ((FakeClock) builder.clock).addListener(engine.clockListener);
    }
    this.client = new FakeSwfClient(engine);
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
   */
  public void reset() {
    engine.reset();
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
