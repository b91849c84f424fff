package dev.swftyped.fake;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DomainAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;

/**
 * The contract suite's third door: Amazon SWF itself ({@code -Dswf.contract.door=aws}), with the
 * credentials of the SDK's default provider chain and the region of its default region chain.
 *
 * <p>Every test of a run shares one domain, {@code swf-fake-contract} unless
 * {@code -Dswf.contract.domain} names another, registered by the first test if it is not yet
 * (retention 1 day) and never deprecated. Each test gets a {@link SharedDomainClient} that keeps
 * it apart from every other test and run in that domain. Without credentials, the suite is
 * skipped.
 *
 * <ul>
 *   <li>{@code -Dswf.contract.region}: the region, instead of the default region chain's.
 *   <li>{@code -Dswf.contract.endpoint}: another endpoint, e.g. the fake's own server
 *       ({@code http://127.0.0.1:8080}) for a dry run of this door.
 *   <li>{@code -Dswf.contract.emptyPolls=wait}: run the polls a test expects to find nothing,
 *       which SWF holds for 60 seconds each; otherwise a test is skipped at such a poll.
 * </ul>
 */
final class AwsDoor {
  static final String DOMAIN = System.getProperty("swf.contract.domain", "swf-fake-contract");
  /** Whether the polls that find nothing are made (and waited for) against SWF. */
  static final boolean WAIT_FOR_EMPTY_POLLS = "wait".equals(System.getProperty("swf.contract.emptyPolls"));
  /** How long a call whose effects SWF applies a moment later waits for them (about 0.1 s on SWF). */
  static final Duration SETTLE = Duration.ofSeconds(1);
  /** What every workflow id and task list of this run starts with: {@code swfc-<UTC time>-<random>-}. */
  static final String RUN = "swfc-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
      .format(Instant.now()) + "-" + HexFormat.of().toHexDigits((short) new SecureRandom().nextInt()) + "-";

  private static final AtomicInteger TESTS = new AtomicInteger();
  /** The types this run registered on SWF (or found registered), so that each is registered once per run. */
  private static final Set<List<String>> KNOWN_TYPES = ConcurrentHashMap.newKeySet();
  private static final DefaultCredentialsProvider CREDENTIALS = DefaultCredentialsProvider.builder().build();
  private static String unavailable;
  private static boolean checked;
  private static SwfClient swf;

  private AwsDoor() {}

  /** Why the suite cannot reach SWF (no credentials in the default chain), or null if it can. */
  static synchronized String unavailable() {
    if (!checked) {
      checked = true;
      try {
        CREDENTIALS.resolveCredentials();
      } catch (SdkClientException e) {
        unavailable = "no AWS credentials in the SDK's default provider chain: " + e.getMessage();
      }
    }
    return unavailable;
  }

  /** A new test's client, with a prefix of its own. */
  static SharedDomainClient newTest() {
    return new SharedDomainClient(swf(), DOMAIN, RUN + TESTS.incrementAndGet() + "-", SETTLE, KNOWN_TYPES);
  }

  /** The client for SWF, made (and the suite's domain registered if absent) by the first test. */
  private static synchronized SwfClient swf() {
    if (swf == null) {
      SwfClient client = SwfClient.builder()
          .region(region())
          .credentialsProvider(CREDENTIALS)
          // the SDK gives SWF a read timeout of 90 s, above a poll's 60 s
          .httpClientBuilder(UrlConnectionHttpClient.builder())
          .applyMutation(b -> {
            String endpoint = System.getProperty("swf.contract.endpoint");
            if (endpoint != null) {
              b.endpointOverride(URI.create(endpoint));
            }
          })
          .build();
      try {
        client.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1")
            .description("swf-fake's contract suite: see 'Checking the fake against SWF' in swf-fake/README.md"));
      } catch (DomainAlreadyExistsException registeredBefore) {
        // by an earlier run
      }
      RegistrationStatus status = client.describeDomain(r -> r.name(DOMAIN)).domainInfo().status();
      if (status != RegistrationStatus.REGISTERED) {
        throw new IllegalStateException("the suite's domain " + DOMAIN + " is " + status + ": undeprecate it, or "
            + "name another with -Dswf.contract.domain");
      }
      System.out.printf("swf-fake contract suite against SWF: region %s, domain %s, workflow ids and task lists "
          + "starting with %s%n", client.serviceClientConfiguration().region(), DOMAIN, RUN);
      swf = client;
    }
    return swf;
  }

  private static Region region() {
    String region = System.getProperty("swf.contract.region");
    if (region != null) {
      return Region.of(region);
    }
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkClientException e) {
      throw new IllegalStateException("AWS credentials found but no region: set AWS_REGION, a profile's region, "
          + "or -Dswf.contract.region", e);
    }
  }
}
