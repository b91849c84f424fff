package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.ActivityTypeConfiguration;
import software.amazon.awssdk.services.swf.model.ActivityTypeInfo;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.DeleteActivityTypeRequest;
import software.amazon.awssdk.services.swf.model.DeprecateActivityTypeRequest;
import software.amazon.awssdk.services.swf.model.DescribeActivityTypeRequest;
import software.amazon.awssdk.services.swf.model.DescribeActivityTypeResponse;
import software.amazon.awssdk.services.swf.model.ListActivityTypesRequest;
import software.amazon.awssdk.services.swf.model.ListActivityTypesResponse;
import software.amazon.awssdk.services.swf.model.RegisterActivityTypeRequest;
import software.amazon.awssdk.services.swf.model.UndeprecateActivityTypeRequest;
import software.amazon.awssdk.services.swf.model.DeleteWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.DeprecateDomainRequest;
import software.amazon.awssdk.services.swf.model.DeprecateWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.DescribeDomainRequest;
import software.amazon.awssdk.services.swf.model.DescribeDomainResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowTypeResponse;
import software.amazon.awssdk.services.swf.model.ListDomainsRequest;
import software.amazon.awssdk.services.swf.model.ListDomainsResponse;
import software.amazon.awssdk.services.swf.model.ListWorkflowTypesRequest;
import software.amazon.awssdk.services.swf.model.ListWorkflowTypesResponse;
import software.amazon.awssdk.services.swf.model.RegisterDomainRequest;
import software.amazon.awssdk.services.swf.model.RegisterWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.UndeprecateDomainRequest;
import software.amazon.awssdk.services.swf.model.UndeprecateWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.WorkflowType;
import software.amazon.awssdk.services.swf.model.WorkflowTypeConfiguration;
import software.amazon.awssdk.services.swf.model.WorkflowTypeInfo;

/** Every domain, workflow-type and activity-type operation sends exactly the request it should. */
class DomainAndTypeOperationsTest {
  static final WorkflowType ORDER_TYPE = WorkflowType.builder().name("Order").version("1").build();
  static final ActivityType CHARGE_TYPE = ActivityType.builder().name("Charge").version("2").build();
  static final ActivityId CHARGE = ActivityId.of("Charge", "2");

  final RecordingSwfClient client = new RecordingSwfClient();
  final SwfTyped swf = SwfTyped.create(client);

  @Test
  void registerDomainSendsRetentionInDaysAndTheDescription() {
    swf.registerDomain("orders", DomainConfiguration.retainingDays(7));
    swf.registerDomain("archive", DomainConfiguration.retainingDays(0), "");

    assertThat(client.requests()).containsExactly(
        RegisterDomainRequest.builder().name("orders").workflowExecutionRetentionPeriodInDays("7").build(),
        RegisterDomainRequest.builder().name("archive").workflowExecutionRetentionPeriodInDays("0").description("")
            .build());
  }

  @Test
  void registerDomainRejectsLeadingOrTrailingWhitespace() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> swf.registerDomain(" orders", DomainConfiguration.retainingDays(1)))
        .withMessage("domain must not start or end with whitespace: \" orders\"");
    assertThat(client.requests()).isEmpty();
  }

  @Test
  void describeDomainSendsTheName() {
    client.answer(DescribeDomainResponse.builder()
        .domainInfo(software.amazon.awssdk.services.swf.model.DomainInfo.builder().name("orders").status("REGISTERED")
            .build())
        .configuration(software.amazon.awssdk.services.swf.model.DomainConfiguration.builder()
            .workflowExecutionRetentionPeriodInDays("7").build())
        .build());

    DomainDetails details = swf.describeDomain("orders");

    assertThat(details.configuration()).isEqualTo(DomainConfiguration.retainingDays(7));
    assertThat(client.onlyRequest()).isEqualTo(DescribeDomainRequest.builder().name("orders").build());
  }

  @Test
  void listDomainsSendsTheStatusAndFollowsTokens() {
    client.answer(ListDomainsResponse.builder()
        .domainInfos(software.amazon.awssdk.services.swf.model.DomainInfo.builder().name("a").status("DEPRECATED")
            .build())
        .nextPageToken("t")
        .build());
    client.answer(ListDomainsResponse.builder()
        .domainInfos(software.amazon.awssdk.services.swf.model.DomainInfo.builder().name("b").status("DEPRECATED")
            .build())
        .build());

    assertThat(swf.listDomains(RegistrationStatus.DEPRECATED, ListOptions.defaults().withPageSize(1)))
        .extracting(DomainInfo::name)
        .containsExactly("a", "b");
    assertThat(client.requests()).containsExactly(
        ListDomainsRequest.builder().registrationStatus("DEPRECATED").maximumPageSize(1).build(),
        ListDomainsRequest.builder().registrationStatus("DEPRECATED").maximumPageSize(1).nextPageToken("t").build());
  }

  @Test
  void listDomainsDefaultsToRegisteredDomains() {
    swf.listDomains().toList();

    assertThat(client.onlyRequest()).isEqualTo(ListDomainsRequest.builder().registrationStatus("REGISTERED").build());
  }

  @Test
  void deprecateAndUndeprecateDomainSendTheName() {
    swf.deprecateDomain("orders");
    swf.undeprecateDomain("orders");

    assertThat(client.requests()).containsExactly(
        DeprecateDomainRequest.builder().name("orders").build(),
        UndeprecateDomainRequest.builder().name("orders").build());
  }

  @Test
  void registerWorkflowTypeSendsItsDefaultsWithTheDefaultPrefix() {
    swf.registerWorkflowType("orders", WorkflowId.of("Order", "1"), PartialExecutionConfiguration.builder()
        .timeout(Timeout.ofSeconds(86400))
        .decisionTaskTimeout(Timeout.none())
        .decisionTaskList("deciders")
        .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
        .decisionTaskPriority(3)
        .lambdaRole("role")
        .build(), "order fulfilment");

    assertThat(client.onlyRequest()).isEqualTo(RegisterWorkflowTypeRequest.builder()
        .domain("orders").name("Order").version("1").description("order fulfilment")
        .defaultExecutionStartToCloseTimeout("86400")
        .defaultTaskStartToCloseTimeout("NONE")
        .defaultTaskList(TaskList.builder().name("deciders").build())
        .defaultChildPolicy(ChildPolicy.TERMINATE)
        .defaultTaskPriority("3")
        .defaultLambdaRole("role")
        .build());
  }

  @Test
  void registerWorkflowTypeWithoutDefaultsSendsNone() {
    swf.registerWorkflowType("orders", WorkflowId.of("Order", "1"), PartialExecutionConfiguration.empty());

    assertThat(client.onlyRequest()).isEqualTo(RegisterWorkflowTypeRequest.builder()
        .domain("orders").name("Order").version("1").build());
  }

  @Test
  void describeWorkflowTypeReturnsItsRealDefaults() {
    client.answer(DescribeWorkflowTypeResponse.builder()
        .typeInfo(WorkflowTypeInfo.builder().workflowType(ORDER_TYPE).status("REGISTERED").creationDate(Instant.EPOCH)
            .build())
        .configuration(WorkflowTypeConfiguration.builder()
            .defaultTaskList(TaskList.builder().name("deciders").build())
            .defaultChildPolicy(ChildPolicy.ABANDON)
            .build())
        .build());

    WorkflowDetails details = swf.describeWorkflowType("orders", WorkflowId.of("Order", "1"));

    assertThat(details.defaultExecutionConfiguration().decisionTaskList()).contains("deciders");
    assertThat(details.defaultExecutionConfiguration().childExecutionPolicy())
        .contains(ChildExecutionTerminationPolicy.ABANDON);
    assertThat(details.defaultExecutionConfiguration().timeout()).isEmpty();
    assertThat(client.onlyRequest()).isEqualTo(DescribeWorkflowTypeRequest.builder()
        .domain("orders").workflowType(ORDER_TYPE).build());
  }

  @Test
  void listWorkflowTypesSendsStatusNameAndOrder() {
    client.answer(ListWorkflowTypesResponse.builder()
        .typeInfos(WorkflowTypeInfo.builder().workflowType(ORDER_TYPE).status("DEPRECATED")
            .creationDate(Instant.EPOCH).deprecationDate(Instant.EPOCH).build())
        .build());

    assertThat(swf.listWorkflowTypes("orders", WorkflowTypeQuery.deprecated().withName("Order"),
            ListOptions.defaults().reversed()))
        .singleElement()
        .satisfies(info -> assertThat(info.deprecated()).isTrue());
    assertThat(client.onlyRequest()).isEqualTo(ListWorkflowTypesRequest.builder()
        .domain("orders").registrationStatus("DEPRECATED").name("Order").reverseOrder(true).build());
  }

  @Test
  void listWorkflowTypesDefaultsToRegisteredTypes() {
    swf.listWorkflowTypes("orders").toList();

    assertThat(client.onlyRequest()).isEqualTo(ListWorkflowTypesRequest.builder()
        .domain("orders").registrationStatus("REGISTERED").build());
  }

  @Test
  void deprecateUndeprecateAndDeleteWorkflowTypeSendTheType() {
    WorkflowId order = WorkflowId.of("Order", "1");

    swf.deprecateWorkflowType("orders", order);
    swf.undeprecateWorkflowType("orders", order);
    swf.deleteWorkflowType("orders", order);

    assertThat(client.requests()).containsExactly(
        DeprecateWorkflowTypeRequest.builder().domain("orders").workflowType(ORDER_TYPE).build(),
        UndeprecateWorkflowTypeRequest.builder().domain("orders").workflowType(ORDER_TYPE).build(),
        DeleteWorkflowTypeRequest.builder().domain("orders").workflowType(ORDER_TYPE).build());
  }

  @Test
  void registerActivityTypeSendsItsDefaultsWithTheDefaultTaskPrefix() {
    swf.registerActivityType("orders", CHARGE, PartialTaskConfiguration.builder()
        .taskList("payments")
        .startToCloseTimeout(Timeout.ofSeconds(60))
        .scheduleToStartTimeout(Timeout.none())
        .scheduleToCloseTimeout(Timeout.ofSeconds(0))
        .heartbeatTimeout(Timeout.ofSeconds(15))
        .taskPriority(-3)
        .build(), "charges a card");

    assertThat(client.onlyRequest()).isEqualTo(RegisterActivityTypeRequest.builder()
        .domain("orders").name("Charge").version("2").description("charges a card")
        .defaultTaskList(TaskList.builder().name("payments").build())
        .defaultTaskStartToCloseTimeout("60")
        .defaultTaskScheduleToStartTimeout("NONE")
        .defaultTaskScheduleToCloseTimeout("0")
        .defaultTaskHeartbeatTimeout("15")
        .defaultTaskPriority("-3")
        .build());
  }

  @Test
  void registerActivityTypeWithoutDefaultsSendsNone() {
    swf.registerActivityType("orders", CHARGE, PartialTaskConfiguration.empty(), "");

    assertThat(client.onlyRequest()).isEqualTo(RegisterActivityTypeRequest.builder()
        .domain("orders").name("Charge").version("2").description("").build());
  }

  @Test
  void registerActivityTypeRejectsAnOversizedDescriptionBeforeCallingSwf() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> swf.registerActivityType("orders", CHARGE, PartialTaskConfiguration.empty(),
            "d".repeat(1025)))
        .withMessageStartingWith("description must be at most 1024 characters long, but has 1025");
    assertThat(client.requests()).isEmpty();
  }

  @Test
  void describeActivityTypeReturnsItsRealDefaults() {
    client.answer(DescribeActivityTypeResponse.builder()
        .typeInfo(ActivityTypeInfo.builder().activityType(CHARGE_TYPE).status("REGISTERED").creationDate(Instant.EPOCH)
            .build())
        .configuration(ActivityTypeConfiguration.builder()
            .defaultTaskList(TaskList.builder().name("payments").build())
            .defaultTaskHeartbeatTimeout("NONE")
            .build())
        .build());

    ActivityDetails details = swf.describeActivityType("orders", CHARGE);

    assertThat(details.defaultTaskConfiguration()).isEqualTo(PartialTaskConfiguration.builder()
        .taskList("payments").heartbeatTimeout(Timeout.none()).build());
    assertThat(details.info().activity()).isEqualTo(CHARGE);
    assertThat(client.onlyRequest()).isEqualTo(DescribeActivityTypeRequest.builder()
        .domain("orders").activityType(CHARGE_TYPE).build());
  }

  @Test
  void listActivityTypesSendsStatusNameAndOrder() {
    client.answer(ListActivityTypesResponse.builder()
        .typeInfos(ActivityTypeInfo.builder().activityType(CHARGE_TYPE).status("DEPRECATED")
            .creationDate(Instant.EPOCH).deprecationDate(Instant.EPOCH).build())
        .build());

    assertThat(swf.listActivityTypes("orders", ActivityTypeQuery.deprecated().withName("Charge"),
            ListOptions.defaults().reversed()))
        .singleElement()
        .satisfies(info -> assertThat(info.deprecated()).isTrue());
    assertThat(client.onlyRequest()).isEqualTo(ListActivityTypesRequest.builder()
        .domain("orders").registrationStatus("DEPRECATED").name("Charge").reverseOrder(true).build());
  }

  @Test
  void listActivityTypesDefaultsToRegisteredTypesAndFollowsTokens() {
    ActivityTypeInfo info = ActivityTypeInfo.builder().activityType(CHARGE_TYPE).status("REGISTERED")
        .creationDate(Instant.EPOCH).build();
    client.answer(ListActivityTypesResponse.builder().typeInfos(info).nextPageToken("t").build());
    client.answer(ListActivityTypesResponse.builder().typeInfos(info).build());

    assertThat(swf.listActivityTypes("orders")).hasSize(2);
    assertThat(client.requests()).containsExactly(
        ListActivityTypesRequest.builder().domain("orders").registrationStatus("REGISTERED").build(),
        ListActivityTypesRequest.builder().domain("orders").registrationStatus("REGISTERED").nextPageToken("t").build());
  }

  @Test
  void listingActivityTypesFetchesNothingUntilConsumed() {
    swf.listActivityTypes("orders", ActivityTypeQuery.registered());

    assertThat(client.requests()).isEmpty();
  }

  @Test
  void deprecateUndeprecateAndDeleteActivityTypeSendTheType() {
    swf.deprecateActivityType("orders", CHARGE);
    swf.undeprecateActivityType("orders", CHARGE);
    swf.deleteActivityType("orders", CHARGE);

    assertThat(client.requests()).containsExactly(
        DeprecateActivityTypeRequest.builder().domain("orders").activityType(CHARGE_TYPE).build(),
        UndeprecateActivityTypeRequest.builder().domain("orders").activityType(CHARGE_TYPE).build(),
        DeleteActivityTypeRequest.builder().domain("orders").activityType(CHARGE_TYPE).build());
  }

  @Test
  void activityTypeOperationsCheckTheDomainBeforeCallingSwf() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> swf.deleteActivityType("a:b", CHARGE))
        .withMessageStartingWith("domain must not contain ':'");
    assertThat(client.requests()).isEmpty();
  }
}
