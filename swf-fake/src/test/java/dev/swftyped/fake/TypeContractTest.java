package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.ActivityTypeConfiguration;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.DescribeActivityTypeResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowTypeResponse;
import software.amazon.awssdk.services.swf.model.DomainDeprecatedException;
import software.amazon.awssdk.services.swf.model.LimitExceededException;
import software.amazon.awssdk.services.swf.model.ListWorkflowTypesResponse;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.TypeAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.TypeDeprecatedException;
import software.amazon.awssdk.services.swf.model.TypeNotDeprecatedException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowType;
import software.amazon.awssdk.services.swf.model.WorkflowTypeConfiguration;
import software.amazon.awssdk.services.swf.model.WorkflowTypeInfo;

/** Registering, describing, listing, deprecating and deleting workflow and activity types. */
@FakeOnly("registers, deprecates, deletes and lists types: on SWF they stay for good in the domain every run shares")
class TypeContractTest extends ContractTest {
  static final String LABEL = "WorkflowType=[name=Order, version=1]";

  @Override
  SwfFake.Builder configure(SwfFake.Builder builder) {
    return builder.typeLimit(4);
  }

  @Test
  void describeReturnsTheDefaultsExactlyAsRegistered() {
    registerDomain(DOMAIN);
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1").description("orders")
        .defaultTaskList(t -> t.name("deciders"))
        .defaultExecutionStartToCloseTimeout("0003600")
        .defaultTaskStartToCloseTimeout("NONE")
        .defaultTaskPriority("-3")
        .defaultChildPolicy(ChildPolicy.ABANDON)
        .defaultLambdaRole("arn:aws:iam::123456789012:role/lambda"));

    DescribeWorkflowTypeResponse described = swf.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));

    assertThat(described.typeInfo()).isEqualTo(WorkflowTypeInfo.builder()
        .workflowType(ORDER).status(RegistrationStatus.REGISTERED).description("orders").creationDate(START).build());
    assertThat(described.configuration()).isEqualTo(WorkflowTypeConfiguration.builder()
        .defaultTaskList(TaskList.builder().name("deciders").build())
        .defaultExecutionStartToCloseTimeout("0003600")
        .defaultTaskStartToCloseTimeout("NONE")
        .defaultTaskPriority("-3")
        .defaultChildPolicy(ChildPolicy.ABANDON)
        .defaultLambdaRole("arn:aws:iam::123456789012:role/lambda")
        .build());
  }

  @Test
  void defaultsThatWereNotRegisteredAreAbsent() {
    registerDomain(DOMAIN);
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1"));

    DescribeWorkflowTypeResponse described = swf.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));

    assertThat(described.configuration()).isEqualTo(WorkflowTypeConfiguration.builder().build());
    assertThat(described.typeInfo().description()).isNull();
    assertThat(described.typeInfo().deprecationDate()).isNull();
  }

  @Test
  void registeringAnExistingTypeFails() {
    registerDomainAndType();

    fault(() -> registerOrderType(DOMAIN), TypeAlreadyExistsException.class, "TypeAlreadyExistsFault", LABEL);
  }

  @Test
  void registeringTheNameAndVersionOfADeprecatedTypeFails() {
    registerDomainAndType();
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));

    fault(() -> registerOrderType(DOMAIN), TypeAlreadyExistsException.class, "TypeAlreadyExistsFault", LABEL);
  }

  @Test
  void registeringInAnUnknownOrDeprecatedDomainFails() {
    fault(() -> registerOrderType(DOMAIN), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown domain: orders");
    registerDomain(DOMAIN);
    swf.deprecateDomain(r -> r.name(DOMAIN));

    fault(() -> registerOrderType(DOMAIN), DomainDeprecatedException.class, "DomainDeprecatedFault", DOMAIN);
  }

  @Test
  void namesAndVersionsFollowSwfsIdentifierRules() {
    registerDomain(DOMAIN);

    validation(() -> swf.registerWorkflowType(r -> r.domain(DOMAIN).name("MyWorkflows::Hello").version("1")),
        "Invalid name: MyWorkflows::Hello");
    validation(() -> swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("arn")),
        "Invalid version: arn");
    validation(() -> swf.registerActivityType(r -> r.domain(DOMAIN).name("Charge").version("1/2")),
        "Invalid version: 1/2");
  }

  @Test
  void theExecutionTimeoutDefaultIsSecondsUpToOneYearAndNeverNone() {
    registerDomain(DOMAIN);

    for (String timeout : List.of("NONE", "31536001", "1h", "")) {
      validation(() -> swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1")
          .defaultExecutionStartToCloseTimeout(timeout)), "Invalid defaultExecutionStartToCloseTimeout: " + timeout);
    }
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1")
        .defaultExecutionStartToCloseTimeout("31536000"));
  }

  @Test
  void otherTimeoutDefaultsAreSecondsOrNone() {
    registerDomain(DOMAIN);

    validation(() -> swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1")
        .defaultTaskStartToCloseTimeout("-5")), "Invalid defaultTaskStartToCloseTimeout: -5");
    validation(() -> swf.registerActivityType(r -> r.domain(DOMAIN).name("Charge").version("1")
        .defaultTaskHeartbeatTimeout("never")), "Invalid defaultTaskHeartbeatTimeout: never");
    validation(() -> swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1")
        .defaultTaskPriority("high")), "Invalid defaultTaskPriority: high");
  }

  @Test
  void aDomainHasATypeQuotaPerKindThatCountsDeprecatedTypes() {
    registerDomain(DOMAIN);
    for (String version : List.of("1", "2", "3", "4")) {
      swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version(version));
    }
    swf.registerActivityType(r -> r.domain(DOMAIN).name("Charge").version("1"));
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(t -> t.name("Order").version("1")));

    fault(() -> swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("5")),
        LimitExceededException.class, "LimitExceededFault",
        "Maximum number of workflow types (4) reached for domain orders");
  }

  @Test
  void deprecatingATypeRecordsWhen() {
    registerDomainAndType();
    advance(Duration.ofHours(1));

    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));

    WorkflowTypeInfo info = swf.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)).typeInfo();
    assertThat(info.status()).isEqualTo(RegistrationStatus.DEPRECATED);
    assertThat(info.deprecationDate()).isEqualTo(START.plus(Duration.ofHours(1)));
  }

  @Test
  void theTypeLifeCycleRejectsOutOfOrderSteps() {
    registerDomainAndType();

    fault(() -> swf.undeprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)),
        TypeAlreadyExistsException.class, "TypeAlreadyExistsFault", LABEL);
    fault(() -> swf.deleteWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)), TypeNotDeprecatedException.class,
        "TypeNotDeprecatedFault", "The type is currently registered and cannot be deleted in its current state");
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));
    fault(() -> swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)), TypeDeprecatedException.class,
        "TypeDeprecatedFault", LABEL);
  }

  @Test
  void undeprecatingRestoresTheType() {
    registerDomainAndType();
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));

    swf.undeprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));

    WorkflowTypeInfo info = swf.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)).typeInfo();
    assertThat(info.status()).isEqualTo(RegistrationStatus.REGISTERED);
    assertThat(info.deprecationDate()).isNull();
  }

  @Test
  void aDeletedTypeIsUnknown() {
    registerDomainAndType();
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));

    swf.deleteWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));

    fault(() -> swf.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)), UnknownResourceException.class,
        "UnknownResourceFault", "Unknown type: " + LABEL);
    fault(() -> start("order-1"), UnknownResourceException.class, "UnknownResourceFault", "Unknown type: " + LABEL);
  }

  @Test
  void unknownTypesAreNamedInTheFault() {
    registerDomain(DOMAIN);

    fault(() -> swf.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(t -> t.name("Nope").version("9"))),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown type: WorkflowType=[name=Nope, version=9]");
    fault(() -> swf.deprecateActivityType(r -> r.domain(DOMAIN).activityType(t -> t.name("Nope").version("9"))),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown type: ActivityType=[name=Nope, version=9]");
  }

  @Test
  void listReturnsTypesOfOneStatusByNameThenVersion() {
    registerDomain(DOMAIN);
    for (String[] type : new String[][] {{"b", "2"}, {"a", "1"}, {"b", "10"}, {"c", "1"}}) {
      swf.registerWorkflowType(r -> r.domain(DOMAIN).name(type[0]).version(type[1]));
    }
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(t -> t.name("c").version("1")));

    assertThat(types(swf.listWorkflowTypes(r -> r.domain(DOMAIN).registrationStatus("REGISTERED"))))
        .containsExactly("a 1", "b 10", "b 2");
    assertThat(types(swf.listWorkflowTypes(r -> r.domain(DOMAIN).registrationStatus("REGISTERED").name("b"))))
        .containsExactly("b 10", "b 2");
    assertThat(types(swf.listWorkflowTypes(r -> r.domain(DOMAIN).registrationStatus("REGISTERED").reverseOrder(true))))
        .containsExactly("b 2", "b 10", "a 1");
    assertThat(types(swf.listWorkflowTypes(r -> r.domain(DOMAIN).registrationStatus("DEPRECATED"))))
        .containsExactly("c 1");
  }

  @Test
  void listIsPagedWithTokens() {
    registerDomain(DOMAIN);
    for (String version : List.of("1", "2", "3")) {
      swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version(version));
    }

    ListWorkflowTypesResponse first = swf.listWorkflowTypes(r -> r.domain(DOMAIN).registrationStatus("REGISTERED")
        .maximumPageSize(2));
    ListWorkflowTypesResponse second = swf.listWorkflowTypes(r -> r.domain(DOMAIN).registrationStatus("REGISTERED")
        .maximumPageSize(2).nextPageToken(first.nextPageToken()));

    assertThat(types(first)).containsExactly("Order 1", "Order 2");
    assertThat(types(second)).containsExactly("Order 3");
    assertThat(second.nextPageToken()).isNull();
    validation(() -> swf.listWorkflowTypes(r -> r.domain(DOMAIN).registrationStatus("REGISTERED").name("Other")
        .nextPageToken(first.nextPageToken())), "Invalid token");
  }

  @Test
  void listingInAnUnknownDomainFails() {
    fault(() -> swf.listWorkflowTypes(r -> r.domain("nowhere").registrationStatus("REGISTERED")),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: nowhere");
  }

  @Test
  void activityTypesHaveTheirOwnDefaultsAndLifeCycle() {
    registerDomain(DOMAIN);
    ActivityType charge = ActivityType.builder().name("Charge").version("1").build();
    swf.registerActivityType(r -> r.domain(DOMAIN).name("Charge").version("1")
        .defaultTaskList(t -> t.name("workers"))
        .defaultTaskStartToCloseTimeout("60")
        .defaultTaskHeartbeatTimeout("NONE")
        .defaultTaskScheduleToStartTimeout("300")
        .defaultTaskScheduleToCloseTimeout("360")
        .defaultTaskPriority("5"));

    DescribeActivityTypeResponse described = swf.describeActivityType(r -> r.domain(DOMAIN).activityType(charge));
    assertThat(described.configuration()).isEqualTo(ActivityTypeConfiguration.builder()
        .defaultTaskList(TaskList.builder().name("workers").build())
        .defaultTaskStartToCloseTimeout("60")
        .defaultTaskHeartbeatTimeout("NONE")
        .defaultTaskScheduleToStartTimeout("300")
        .defaultTaskScheduleToCloseTimeout("360")
        .defaultTaskPriority("5")
        .build());
    assertThat(described.typeInfo().activityType()).isEqualTo(charge);

    fault(() -> swf.registerActivityType(r -> r.domain(DOMAIN).name("Charge").version("1")),
        TypeAlreadyExistsException.class, "TypeAlreadyExistsFault", "ActivityType=[name=Charge, version=1]");
    swf.deprecateActivityType(r -> r.domain(DOMAIN).activityType(charge));
    assertThat(swf.listActivityTypes(r -> r.domain(DOMAIN).registrationStatus("DEPRECATED")).typeInfos())
        .singleElement().satisfies(info -> assertThat(info.activityType()).isEqualTo(charge));
    swf.deleteActivityType(r -> r.domain(DOMAIN).activityType(charge));
    assertThat(swf.listActivityTypes(r -> r.domain(DOMAIN).registrationStatus("DEPRECATED")).typeInfos()).isEmpty();
  }

  @Test
  void workflowAndActivityTypesAreSeparate() {
    registerDomainAndType();

    swf.registerActivityType(r -> r.domain(DOMAIN).name("Order").version("1"));

    assertThat(swf.listActivityTypes(r -> r.domain(DOMAIN).registrationStatus("REGISTERED")).typeInfos()).hasSize(1);
  }

  static List<String> types(ListWorkflowTypesResponse response) {
    return response.typeInfos().stream()
        .map(WorkflowTypeInfo::workflowType)
        .map((WorkflowType type) -> type.name() + " " + type.version())
        .toList();
  }
}
