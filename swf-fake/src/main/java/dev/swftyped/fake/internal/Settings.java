package dev.swftyped.fake.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * How an engine is configured: its clock, its seed, its identity, its quotas and its polls.
 *
 * @param clock the only source of time
 * @param clockNotifies whether the clock tells the engine when it moves (a {@code FakeClock}); a
 *     clock that does not is read again when a waiting poll's next due time comes
 * @param seed makes run ids, request ids and tokens deterministic; null for random ones
 * @param region the region in domain ARNs
 * @param account the account in domain ARNs
 * @param domainLimit how many domains (registered and deprecated) the account may have
 * @param typeLimit how many workflow types, and how many activity types, a domain may have
 * @param openExecutionLimit how many open executions a domain may have
 * @param openActivityLimit how many open activity tasks a run may have
 * @param openTimerLimit how many open timers a run may have
 * @param openChildLimit how many open child executions a run may have
 * @param countLimit counts above this are reported as this number, truncated
 * @param pollTimeout how long, in real time, a poll waits for a task before it answers empty
 * @param callLimit how many of the latest calls the engine keeps for inspection (0 for none)
 */
public record Settings(
    Clock clock,
    boolean clockNotifies,
    Long seed,
    String region,
    String account,
    int domainLimit,
    int typeLimit,
    int openExecutionLimit,
    int openActivityLimit,
    int openTimerLimit,
    int openChildLimit,
    int countLimit,
    Duration pollTimeout,
    int callLimit) {}
