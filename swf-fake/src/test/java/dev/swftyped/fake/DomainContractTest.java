package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.DescribeDomainResponse;
import software.amazon.awssdk.services.swf.model.DomainAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.DomainDeprecatedException;
import software.amazon.awssdk.services.swf.model.DomainInfo;
import software.amazon.awssdk.services.swf.model.LimitExceededException;
import software.amazon.awssdk.services.swf.model.ListDomainsResponse;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.ResourceTag;
import software.amazon.awssdk.services.swf.model.TooManyTagsException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowTypeInfo;

/** Registering, describing, listing, deprecating and tagging domains. */
@FakeOnly("registers, deprecates, tags and lists domains, which SWF never deletes (an account has at most 100)")
class DomainContractTest extends ContractTest {
  static final String ARN = "arn:aws:swf:us-east-1:123456789012:/domain/orders";

  @Override
  SwfFake.Builder configure(SwfFake.Builder builder) {
    return builder.domainLimit(5);
  }

  @Test
  void describeReturnsWhatWasRegisteredWithTheRetentionVerbatim() {
    swf.registerDomain(r -> r.name(DOMAIN).description("order fulfilment").workflowExecutionRetentionPeriodInDays("07"));

    DescribeDomainResponse described = swf.describeDomain(r -> r.name(DOMAIN));

    assertThat(described.domainInfo()).isEqualTo(DomainInfo.builder()
        .name(DOMAIN).status(RegistrationStatus.REGISTERED).description("order fulfilment").arn(ARN).build());
    assertThat(described.configuration().workflowExecutionRetentionPeriodInDays()).isEqualTo("07");
  }

  @Test
  void describeOmitsAnAbsentDescription() {
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("NONE"));

    DescribeDomainResponse described = swf.describeDomain(r -> r.name(DOMAIN));

    assertThat(described.domainInfo().description()).isNull();
    assertThat(described.configuration().workflowExecutionRetentionPeriodInDays()).isEqualTo("NONE");
  }

  @Test
  void arnsUseTheConfiguredRegionAndAccount() {
    SwfFake other = SwfFake.builder().region("eu-west-1").account("000000000000").build();
    other.client().registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));

    assertThat(other.client().describeDomain(r -> r.name("d")).domainInfo().arn())
        .isEqualTo("arn:aws:swf:eu-west-1:000000000000:/domain/d");
  }

  @Test
  void registeringAnExistingNameFailsWithTheBareName() {
    registerDomain(DOMAIN);

    fault(() -> registerDomain(DOMAIN), DomainAlreadyExistsException.class, "DomainAlreadyExistsFault", DOMAIN);
  }

  @Test
  void registeringTheNameOfADeprecatedDomainFails() {
    registerDomain(DOMAIN);
    swf.deprecateDomain(r -> r.name(DOMAIN));

    fault(() -> registerDomain(DOMAIN), DomainAlreadyExistsException.class, "DomainAlreadyExistsFault", DOMAIN);
  }

  @Test
  void namesFollowSwfsIdentifierRules() {
    for (String name : List.of("a:b", "a/b", "a|b", "a\u0000b", "a\u007fb", "a\u009fb", "arn", " orders", "orders\t")) {
      validation(() -> swf.registerDomain(r -> r.name(name).workflowExecutionRetentionPeriodInDays("1")),
          "Invalid name: " + name);
    }
    swf.registerDomain(r -> r.name("arnold").workflowExecutionRetentionPeriodInDays("1"));
    swf.registerDomain(r -> r.name("in between").workflowExecutionRetentionPeriodInDays("1"));
  }

  @Test
  void retentionIsZeroToNinetyDaysOrNone() {
    swf.registerDomain(r -> r.name("zero").workflowExecutionRetentionPeriodInDays("0"));
    swf.registerDomain(r -> r.name("ninety").workflowExecutionRetentionPeriodInDays("90"));

    for (String retention : List.of("91", "-1", "abc", "1.5", "none")) {
      validation(() -> swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays(retention)),
          "Invalid workflowExecutionRetentionPeriodInDays: " + retention);
    }
    validation(() -> swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("123456789")),
        "1 validation error detected: Value '123456789' at 'workflowExecutionRetentionPeriodInDays' failed to "
            + "satisfy constraint: Member must have length less than or equal to 8");
  }

  @Test
  void registeringNeedsANameAndARetention() {
    validation(() -> swf.registerDomain(r -> r.description("x")),
        "2 validation errors detected: "
            + "Value null at 'workflowExecutionRetentionPeriodInDays' failed to satisfy constraint: "
            + "Member must not be null; "
            + "Value null at 'name' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void theAccountHasADomainQuotaThatCountsDeprecatedDomains() {
    IntStream.range(0, 5).forEach(i -> registerDomain("d" + i));
    swf.deprecateDomain(r -> r.name("d0"));

    fault(() -> registerDomain("d5"), LimitExceededException.class, "LimitExceededFault",
        "Maximum number of domains (5) reached for this account");
  }

  @Test
  void deprecatingADomainDeprecatesItsTypes() {
    registerDomainAndType();
    advance(Duration.ofMinutes(5));

    swf.deprecateDomain(r -> r.name(DOMAIN));

    assertThat(swf.describeDomain(r -> r.name(DOMAIN)).domainInfo().status()).isEqualTo(RegistrationStatus.DEPRECATED);
    WorkflowTypeInfo type = swf.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)).typeInfo();
    assertThat(type.status()).isEqualTo(RegistrationStatus.DEPRECATED);
    assertThat(type.deprecationDate()).isEqualTo(START.plus(Duration.ofMinutes(5)));
  }

  @Test
  void deprecatingTwiceFails() {
    registerDomain(DOMAIN);
    swf.deprecateDomain(r -> r.name(DOMAIN));

    fault(() -> swf.deprecateDomain(r -> r.name(DOMAIN)), DomainDeprecatedException.class, "DomainDeprecatedFault",
        DOMAIN);
  }

  @Test
  void undeprecatingARegisteredDomainFails() {
    registerDomain(DOMAIN);

    fault(() -> swf.undeprecateDomain(r -> r.name(DOMAIN)), DomainAlreadyExistsException.class,
        "DomainAlreadyExistsFault", DOMAIN);
  }

  @Test
  void undeprecatingRestoresTheDomain() {
    registerDomain(DOMAIN);
    swf.deprecateDomain(r -> r.name(DOMAIN));

    swf.undeprecateDomain(r -> r.name(DOMAIN));

    assertThat(swf.describeDomain(r -> r.name(DOMAIN)).domainInfo().status()).isEqualTo(RegistrationStatus.REGISTERED);
  }

  @Test
  void unknownDomainsAreUnknownToEveryDomainOperation() {
    String message = "Unknown domain: nowhere";
    fault(() -> swf.describeDomain(r -> r.name("nowhere")), UnknownResourceException.class, "UnknownResourceFault",
        message);
    fault(() -> swf.deprecateDomain(r -> r.name("nowhere")), UnknownResourceException.class, "UnknownResourceFault",
        message);
    fault(() -> swf.undeprecateDomain(r -> r.name("nowhere")), UnknownResourceException.class, "UnknownResourceFault",
        message);
  }

  @Test
  void listReturnsTheDomainsOfOneStatusByName() {
    registerDomain("b");
    registerDomain("a");
    registerDomain("c");
    swf.deprecateDomain(r -> r.name("b"));

    assertThat(names(swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)))).containsExactly("a", "c");
    assertThat(names(swf.listDomains(r -> r.registrationStatus(RegistrationStatus.DEPRECATED)))).containsExactly("b");
    assertThat(names(swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED).reverseOrder(true))))
        .containsExactly("c", "a");
  }

  @Test
  void listPagesEndWithoutATokenEvenWhenTheLastPageIsFull() {
    registerDomain("a");
    registerDomain("b");
    registerDomain("c");
    registerDomain("d");

    ListDomainsResponse first = swf.listDomains(r -> r.registrationStatus("REGISTERED").maximumPageSize(2));
    ListDomainsResponse second = swf.listDomains(r -> r.registrationStatus("REGISTERED").maximumPageSize(2)
        .nextPageToken(first.nextPageToken()));

    assertThat(names(first)).containsExactly("a", "b");
    assertThat(first.nextPageToken()).isNotNull();
    assertThat(names(second)).containsExactly("c", "d");
    assertThat(second.nextPageToken()).isNull();
  }

  @Test
  void reversedListsArePagedFromTheEnd() {
    registerDomain("a");
    registerDomain("b");
    registerDomain("c");

    ListDomainsResponse first = swf.listDomains(r -> r.registrationStatus("REGISTERED").maximumPageSize(2)
        .reverseOrder(true));
    ListDomainsResponse second = swf.listDomains(r -> r.registrationStatus("REGISTERED").maximumPageSize(2)
        .reverseOrder(true).nextPageToken(first.nextPageToken()));

    assertThat(names(first)).containsExactly("c", "b");
    assertThat(names(second)).containsExactly("a");
  }

  @Test
  void aListTokenIsBoundToItsQuery() {
    registerDomain("a");
    registerDomain("b");
    String token = swf.listDomains(r -> r.registrationStatus("REGISTERED").maximumPageSize(1)).nextPageToken();

    validation(() -> swf.listDomains(r -> r.registrationStatus("DEPRECATED").nextPageToken(token)), "Invalid token");
    validation(() -> swf.listDomains(r -> r.registrationStatus("REGISTERED").reverseOrder(true).nextPageToken(token)),
        "Invalid token");
  }

  @Test
  void listNeedsAStatusFromTheEnum() {
    validation(() -> swf.listDomains(r -> r.registrationStatus("ACTIVE")),
        "1 validation error detected: Value 'ACTIVE' at 'registrationStatus' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [REGISTERED, DEPRECATED]");
  }

  @Test
  void tagsCanBeGivenAtRegistrationAndChangedLater() {
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1")
        .tags(tag("team", "orders"), tag("cost-centre", "42")));

    swf.tagResource(r -> r.resourceArn(ARN).tags(tag("team", "fulfilment"), tag("env", "test")));
    swf.untagResource(r -> r.resourceArn(ARN).tagKeys("cost-centre", "missing"));

    assertThat(swf.listTagsForResource(r -> r.resourceArn(ARN)).tags())
        .containsExactly(tag("team", "fulfilment"), tag("env", "test"));
  }

  @Test
  void aDomainHasAtMostFiftyTags() {
    List<ResourceTag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1").tags(fifty));

    fault(() -> swf.tagResource(r -> r.resourceArn(ARN).tags(tag("one-more", "v"))), TooManyTagsException.class,
        "TooManyTagsFault", "A domain can have at most 50 tags");
    swf.tagResource(r -> r.resourceArn(ARN).tags(tag("k0", "replaced")));
    assertThat(swf.listTagsForResource(r -> r.resourceArn(ARN)).tags()).hasSize(50).contains(tag("k0", "replaced"));
  }

  @Test
  void registeringWithTooManyTagsFailsAndRegistersNothing() {
    List<ResourceTag> many = IntStream.range(0, 51).mapToObj(i -> tag("k" + i, "v")).toList();

    fault(() -> swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1").tags(many)),
        TooManyTagsException.class, "TooManyTagsFault", "A domain can have at most 50 tags");
    fault(() -> swf.describeDomain(r -> r.name(DOMAIN)), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown domain: orders");
  }

  @Test
  void tagCharactersAreLimited() {
    registerDomain(DOMAIN);

    validation(() -> swf.tagResource(r -> r.resourceArn(ARN).tags(tag("a#b", "v"))),
        "Invalid tags.1.member.key: a#b");
    validation(() -> swf.tagResource(r -> r.resourceArn(ARN).tags(tag("ok", "v"), tag("k", "v!"))),
        "Invalid tags.2.member.value: v!");
    swf.tagResource(r -> r.resourceArn(ARN).tags(tag("Ünïcode 42_.:/=+-@", "")));
  }

  @Test
  void taggingAnUnknownArnFails() {
    fault(() -> swf.listTagsForResource(r -> r.resourceArn(ARN)), UnknownResourceException.class,
        "UnknownResourceFault", "Unknown resource: " + ARN);
  }

  static ResourceTag tag(String key, String value) {
    return ResourceTag.builder().key(key).value(value).build();
  }

  static List<String> names(ListDomainsResponse response) {
    return response.domainInfos().stream().map(DomainInfo::name).toList();
  }
}
