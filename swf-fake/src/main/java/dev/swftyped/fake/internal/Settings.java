package dev.swftyped.fake.internal;

import java.time.Clock;

/**
 * How an engine is configured: its clock, its seed, its identity and its quotas.
 *
 * @param clock the only source of time
 * @param seed makes run ids, request ids and page tokens deterministic; null for random ones
 * @param region the region in domain ARNs
 * @param account the account in domain ARNs
 * @param domainLimit how many domains (registered and deprecated) the account may have
 * @param typeLimit how many workflow types, and how many activity types, a domain may have
 * @param openExecutionLimit how many open executions a domain may have
 * @param countLimit counts above this are reported as this number, truncated
 */
public record Settings(
    Clock clock,
    Long seed,
    String region,
    String account,
    int domainLimit,
    int typeLimit,
    int openExecutionLimit,
    int countLimit) {}
