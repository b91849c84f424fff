package dev.swftyped.fake.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import software.amazon.awssdk.services.swf.model.DeprecateDomainRequest;
import software.amazon.awssdk.services.swf.model.DeprecateDomainResponse;
import software.amazon.awssdk.services.swf.model.DescribeDomainRequest;
import software.amazon.awssdk.services.swf.model.DescribeDomainResponse;
import software.amazon.awssdk.services.swf.model.DomainConfiguration;
import software.amazon.awssdk.services.swf.model.DomainInfo;
import software.amazon.awssdk.services.swf.model.ListDomainsRequest;
import software.amazon.awssdk.services.swf.model.ListDomainsResponse;
import software.amazon.awssdk.services.swf.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.swf.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.swf.model.RegisterDomainRequest;
import software.amazon.awssdk.services.swf.model.RegisterDomainResponse;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.ResourceTag;
import software.amazon.awssdk.services.swf.model.TagResourceRequest;
import software.amazon.awssdk.services.swf.model.TagResourceResponse;
import software.amazon.awssdk.services.swf.model.UndeprecateDomainRequest;
import software.amazon.awssdk.services.swf.model.UndeprecateDomainResponse;
import software.amazon.awssdk.services.swf.model.UntagResourceRequest;
import software.amazon.awssdk.services.swf.model.UntagResourceResponse;

/** Domains and their resource tags. */
final class DomainOps {
  /** SWF's quota on the tags of one domain. */
  static final int TAG_LIMIT = 50;

  private DomainOps() {}

  static RegisterDomainResponse.Builder register(State state, RegisterDomainRequest request, long now) {
    Rules.trimmedIdentifier("name", request.name());
    Rules.retention("workflowExecutionRetentionPeriodInDays", request.workflowExecutionRetentionPeriodInDays());
    Map<String, String> tags = tags(request.hasTags() ? request.tags() : List.of());
    if (state.domains.containsKey(request.name())) {
      throw new SwfFault(Faults.DOMAIN_ALREADY_EXISTS, request.name());
    }
    if (tags.size() > TAG_LIMIT) {
      throw tooManyTags();
    }
    if (state.domains.size() >= state.settings.domainLimit()) {
      throw new SwfFault(Faults.LIMIT_EXCEEDED,
          "Maximum number of domains (" + state.settings.domainLimit() + ") reached for this account");
    }
    String arn = "arn:aws:swf:" + state.settings.region() + ":" + state.settings.account() + ":/domain/"
        + request.name();
    Domain domain = new Domain(request.name(), request.description(),
        request.workflowExecutionRetentionPeriodInDays(), arn);
    domain.resourceTags.putAll(tags);
    state.domains.put(domain.name, domain);
    return RegisterDomainResponse.builder();
  }

  static DescribeDomainResponse.Builder describe(State state, DescribeDomainRequest request) {
    Domain domain = state.domain(request.name());
    return DescribeDomainResponse.builder()
        .domainInfo(info(domain))
        .configuration(DomainConfiguration.builder().workflowExecutionRetentionPeriodInDays(domain.retention).build());
  }

  static ListDomainsResponse.Builder list(State state, ListDomainsRequest request, long now) {
    boolean reverse = Boolean.TRUE.equals(request.reverseOrder());
    String query = "ListDomains|" + request.registrationStatusAsString() + "|" + reverse;
    NavigableMap<String, Domain> domains = reverse ? state.domains.descendingMap() : state.domains;
    if (request.nextPageToken() != null) {
      ByteBuffer cursor = state.pageTokens.redeem(request.nextPageToken(), PageTokens.Kind.DOMAINS, query, now);
      domains = domains.tailMap(PageTokens.names(cursor)[0], false);
    }
    int limit = Paging.limit(request.maximumPageSize());
    List<DomainInfo> page = new ArrayList<>();
    Domain last = null;
    boolean more = false;
    for (Domain domain : domains.values()) {
      if (!domain.status.toString().equals(request.registrationStatusAsString())) {
        continue;
      }
      if (page.size() == limit) {
        more = true;
        break;
      }
      page.add(info(domain));
      last = domain;
    }
    ListDomainsResponse.Builder response = ListDomainsResponse.builder().domainInfos(page);
    if (more) {
      response.nextPageToken(state.pageTokens.issue(PageTokens.Kind.DOMAINS, query, now, PageTokens.nameCursor(last.name)));
    }
    return response;
  }

  static DeprecateDomainResponse.Builder deprecate(State state, DeprecateDomainRequest request, long now) {
    Domain domain = state.domain(request.name());
    if (domain.deprecated()) {
      throw new SwfFault(Faults.DOMAIN_DEPRECATED, domain.name);
    }
    domain.status = RegistrationStatus.DEPRECATED;
    for (RegisteredType type : domain.workflowTypes.values()) {
      TypeOps.markDeprecated(type, now);
    }
    for (RegisteredType type : domain.activityTypes.values()) {
      TypeOps.markDeprecated(type, now);
    }
    return DeprecateDomainResponse.builder();
  }

  static UndeprecateDomainResponse.Builder undeprecate(State state, UndeprecateDomainRequest request) {
    Domain domain = state.domain(request.name());
    if (!domain.deprecated()) {
      throw new SwfFault(Faults.DOMAIN_ALREADY_EXISTS, domain.name);
    }
    domain.status = RegistrationStatus.REGISTERED;
    return UndeprecateDomainResponse.builder();
  }

  static TagResourceResponse.Builder tag(State state, TagResourceRequest request) {
    Map<String, String> tags = tags(request.tags());
    Domain domain = byArn(state, request.resourceArn());
    Map<String, String> merged = new LinkedHashMap<>(domain.resourceTags);
    merged.putAll(tags);
    if (merged.size() > TAG_LIMIT) {
      throw tooManyTags();
    }
    domain.resourceTags.putAll(tags);
    return TagResourceResponse.builder();
  }

  static UntagResourceResponse.Builder untag(State state, UntagResourceRequest request) {
    Domain domain = byArn(state, request.resourceArn());
    for (String key : request.tagKeys()) {
      domain.resourceTags.remove(key);
    }
    return UntagResourceResponse.builder();
  }

  static ListTagsForResourceResponse.Builder listTags(State state, ListTagsForResourceRequest request) {
    Domain domain = byArn(state, request.resourceArn());
    List<ResourceTag> tags = new ArrayList<>();
    domain.resourceTags.forEach((key, value) -> tags.add(ResourceTag.builder().key(key).value(value).build()));
    return ListTagsForResourceResponse.builder().tags(tags);
  }

  static DomainInfo info(Domain domain) {
    return DomainInfo.builder()
        .name(domain.name)
        .status(domain.status)
        .description(domain.description)
        .arn(domain.arn)
        .build();
  }

  private static Domain byArn(State state, String arn) {
    for (Domain domain : state.domains.values()) {
      if (domain.arn.equals(arn)) {
        return domain;
      }
    }
    throw SwfFault.unknownResource("Unknown resource: " + arn);
  }

  /** Checks the characters of every tag and returns them by key; a repeated key keeps its last value. */
  private static Map<String, String> tags(List<ResourceTag> tags) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      ResourceTag tag = tags.get(i);
      Rules.resourceTag("tags." + (i + 1) + ".member.key", tag.key());
      Rules.resourceTag("tags." + (i + 1) + ".member.value", tag.value());
      byKey.put(tag.key(), tag.value());
    }
    return byKey;
  }

  private static SwfFault tooManyTags() {
    return new SwfFault(Faults.TOO_MANY_TAGS, "A domain can have at most " + TAG_LIMIT + " tags");
  }
}
