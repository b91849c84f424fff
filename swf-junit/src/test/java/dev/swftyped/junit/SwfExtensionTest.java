package dev.swftyped.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.swftyped.CurrentExecutionId;
import dev.swftyped.ExecutionId;
import dev.swftyped.OpenExecutionQuery;
import dev.swftyped.SwfTyped;
import dev.swftyped.WorkflowId;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowTypeResponse;

/** The extension, tested by running fixture classes through the JUnit Platform test kit. */
class SwfExtensionTest {

  static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .selectors(selectClass(fixture))
        .execute()
        .testEvents();
  }

  static Throwable onlyFailure(Events events) {
    List<Event> failed = events.failed().list();
    assertThat(failed).hasSize(1);
    return failed.get(0).getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable()
        .orElseThrow();
  }

  // ---------------------------------------------------------------- parameters and isolation

  @SwfTest
  @RegisterDomain("orders")
  @RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "deciders",
      defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "30", defaultChildPolicy = "TERMINATE")
  static class ParametersTestCases {
    SwfFake fromBeforeEach;

    @BeforeEach
    void remember(SwfFake fake) {
      fromBeforeEach = fake;
    }

    @Test
    void everyParameterBelongsToTheSameFake(SwfFake fake, SwfClient client, SwfTyped typed, FakeClock clock,
        Clock plainClock) {
      assertThat(fake).isSameAs(fromBeforeEach);
      assertThat(client).isSameAs(fake.client());
      assertThat(typed.client()).isSameAs(fake.client());
      assertThat(typed.clock()).isSameAs(clock);
      assertThat(plainClock).isSameAs(clock).isSameAs(fake.clock());
    }

    @RepeatedTest(3)
    void eachTestStartsFromAnEmptyFake(SwfTyped swf) {
      ExecutionId run = swf.startExecution("orders", WorkflowId.of("Order", "1"), CurrentExecutionId.of("order-1"));
      assertThat(run.id()).isEqualTo("order-1");
      assertThat(swf.countOpenExecutions("orders").count()).isEqualTo(1);
    }
  }

  @Test
  void parametersAreResolvedByTypeAndEachTestHasItsOwnFake() {
    run(ParametersTestCases.class).assertStatistics(stats -> stats.started(4).succeeded(4));
  }

  @SwfTest
  @RegisterDomain("orders")
  @RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "deciders",
      defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "30", defaultChildPolicy = "TERMINATE")
  @Execution(ExecutionMode.CONCURRENT)
  static class ParallelTestCases {
    @RepeatedTest(40)
    void startsTheSameWorkflowIdAsEveryOtherTest(SwfTyped swf, FakeClock clock) throws InterruptedException {
      swf.startExecution("orders", WorkflowId.of("Order", "1"), CurrentExecutionId.of("shared-id"));
      Thread.sleep(1);
      clock.advance(Duration.ofMinutes(30));
      assertThat(swf.countOpenExecutions("orders").count()).isEqualTo(1);
      assertThat(clock.instant()).isEqualTo(Fixtures.DEFAULT_START.plus(Duration.ofMinutes(30)));
    }
  }

  @Test
  void testsRunningInParallelShareNothing() {
    run(ParallelTestCases.class).assertStatistics(stats -> stats.started(40).succeeded(40));
  }

  // ---------------------------------------------------------------- fixtures

  @SwfTest(seed = 9)
  @RegisterDomain(value = "orders", retentionDays = "30", description = "orders")
  @RegisterDomain("archive")
  @RegisterWorkflowType(domain = "orders", name = "Order", version = "1", defaultTaskList = "deciders",
      defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "NONE",
      defaultChildPolicy = "ABANDON", defaultTaskPriority = "3", description = "an order")
  @InitialTime("2030-05-01T08:00:00Z")
  static class FixturesTestCases {
    @Test
    void domainsAndTypesAreRegisteredWithTheirDefaults(SwfClient swf) {
      assertThat(swf.describeDomain(r -> r.name("orders")).configuration().workflowExecutionRetentionPeriodInDays())
          .isEqualTo("30");
      assertThat(swf.describeDomain(r -> r.name("orders")).domainInfo().description()).isEqualTo("orders");
      assertThat(swf.describeDomain(r -> r.name("archive")).configuration().workflowExecutionRetentionPeriodInDays())
          .isEqualTo("7");
      DescribeWorkflowTypeResponse type = swf.describeWorkflowType(r -> r.domain("orders")
          .workflowType(t -> t.name("Order").version("1")));
      assertThat(type.configuration().defaultTaskList().name()).isEqualTo("deciders");
      assertThat(type.configuration().defaultExecutionStartToCloseTimeout()).isEqualTo("3600");
      assertThat(type.configuration().defaultTaskStartToCloseTimeout()).isEqualTo("NONE");
      assertThat(type.configuration().defaultChildPolicy()).isEqualTo(ChildPolicy.ABANDON);
      assertThat(type.configuration().defaultTaskPriority()).isEqualTo("3");
      assertThat(type.configuration().defaultLambdaRole()).isNull();
      assertThat(type.typeInfo().description()).isEqualTo("an order");
      assertThat(type.typeInfo().creationDate()).isEqualTo(Instant.parse("2030-05-01T08:00:00Z"));
    }

    @Test
    void theClockStartsAtTheInitialTime(FakeClock clock) {
      assertThat(clock.instant()).isEqualTo(Instant.parse("2030-05-01T08:00:00Z"));
    }

    @Test
    @InitialTime("2031-01-01T00:00:00Z")
    @RegisterWorkflowType(domain = "archive", name = "Archive", version = "2")
    void aMethodAddsFixturesAndOverridesTheInitialTime(FakeClock clock, SwfClient swf) {
      assertThat(clock.instant()).isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));
      assertThat(swf.describeWorkflowType(r -> r.domain("archive").workflowType(t -> t.name("Archive").version("2")))
          .configuration().defaultTaskList()).isNull();
    }

    @Test
    void theFakeHasTheTestsSeed(SwfClient swf) {
      SwfFake same = SwfFake.builder().clock(FakeClock.at(Instant.parse("2030-05-01T08:00:00Z"))).seed(9).build();
      same.client().registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("30"));
      same.client().registerDomain(r -> r.name("archive").workflowExecutionRetentionPeriodInDays("7"));
      same.client().registerWorkflowType(r -> r.domain("orders").name("Order").version("1"));
      assertThat(swf.describeDomain(r -> r.name("orders")).responseMetadata().requestId())
          .isEqualTo(same.client().describeDomain(r -> r.name("orders")).responseMetadata().requestId());
    }

    @Nested
    class InANestedClass {
      @Test
      void theOuterFixturesApply(SwfClient swf, FakeClock clock) {
        assertThat(swf.describeDomain(r -> r.name("archive")).domainInfo().name()).isEqualTo("archive");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2030-05-01T08:00:00Z"));
      }
    }
  }

  @Test
  void fixturesAreAppliedBeforeEachTest() {
    run(FixturesTestCases.class).assertStatistics(stats -> stats.started(5).succeeded(5));
  }

  @SwfTest
  static class NoFixturesTestCases {
    @Test
    void theFakeIsEmptyAndTheClockAtTheDefaultStart(SwfFake fake, FakeClock clock, SwfTyped swf) {
      assertThat(fake.toString()).isEqualTo("SwfFake{domains=0, open=0, closed=0}");
      assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
      assertThat(swf.listDomains()).isEmpty();
    }
  }

  @Test
  void withoutFixturesTheFakeIsEmpty() {
    run(NoFixturesTestCases.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  // ---------------------------------------------------------------- misconfiguration

  @SwfTest
  @RegisterWorkflowType(name = "Order", version = "1")
  static class TypeWithoutDomainTestCases {
    @Test
    void never() {}
  }

  @SwfTest
  @RegisterDomain("a")
  @RegisterDomain("b")
  @RegisterWorkflowType(name = "Order", version = "1")
  static class TypeWithTwoDomainsTestCases {
    @Test
    void never() {}
  }

  @SwfTest
  @RegisterDomain("orders")
  @RegisterWorkflowType(domain = "ordres", name = "Order", version = "1")
  static class TypeInUnknownDomainTestCases {
    @Test
    void never() {}
  }

  @SwfTest
  @RegisterDomain(value = "orders", retentionDays = "91")
  static class RejectedDomainTestCases {
    @Test
    void never() {}
  }

  @SwfTest
  @InitialTime("yesterday")
  static class BadInitialTimeTestCases {
    @Test
    void never() {}
  }

  @Test
  void misconfiguredFixturesFailBeforeTheTestWithTheAnnotationAndTheFix() {
    assertThat(onlyFailure(run(TypeWithoutDomainTestCases.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@RegisterWorkflowType(name = \"Order\", version = \"1\") on TypeWithoutDomainTestCases needs a "
            + "domain, and the test registers none: add @RegisterDomain(\"...\") to the test");
    assertThat(onlyFailure(run(TypeWithTwoDomainsTestCases.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@RegisterWorkflowType(name = \"Order\", version = \"1\") on TypeWithTwoDomainsTestCases needs a "
            + "domain, and the test registers 2 [a, b]: set domain = one of them");
    assertThat(onlyFailure(run(TypeInUnknownDomainTestCases.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@RegisterWorkflowType(domain = \"ordres\", name = \"Order\", version = \"1\") on "
            + "TypeInUnknownDomainTestCases names domain \"ordres\", which no @RegisterDomain registers: add "
            + "@RegisterDomain(\"ordres\") or correct the domain");
    assertThat(onlyFailure(run(RejectedDomainTestCases.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@RegisterDomain(\"orders\", retentionDays = \"91\") on RejectedDomainTestCases was rejected by "
            + "SWF (ValidationException): Invalid workflowExecutionRetentionPeriodInDays: 91. Correct the annotation.");
    assertThat(onlyFailure(run(BadInitialTimeTestCases.class)))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@InitialTime(\"yesterday\") on BadInitialTimeTestCases is not an ISO-8601 instant: write it like "
            + "@InitialTime(\"2026-01-01T00:00:00Z\")");
  }

  @SwfTest
  static class ConstructorInjectionTestCases {
    ConstructorInjectionTestCases(SwfClient swf) {}

    @Test
    void never() {}
  }

  @SwfTest
  static class BeforeAllInjectionTestCases {
    @BeforeAll
    static void setUp(SwfFake fake) {}

    @Test
    void never() {}
  }

  @Test
  void parametersOutsideOneTestAreRefusedWithTheFix() {
    assertThat(onlyFailure(run(ConstructorInjectionTestCases.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("@SwfTest cannot give a SwfClient to the constructor of ConstructorInjectionTestCases: each test's "
            + "fake is made after the test instance. Declare it as a parameter of the test method or of a @BeforeEach "
            + "method instead.");
    Events beforeAll = EngineTestKit.engine("junit-jupiter").selectors(selectClass(BeforeAllInjectionTestCases.class))
        .execute().containerEvents();
    assertThat(beforeAll.failed().list()).singleElement().satisfies(event -> assertThat(
            event.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow())
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("@SwfTest gives a SwfFake only to test methods and their @BeforeEach and @AfterEach methods, since "
            + "each test gets its own fake; it cannot give one to setUp."));
  }

  // ---------------------------------------------------------------- diagnostics

  @SwfTest
  @RegisterDomain("orders")
  @RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "deciders",
      defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "30", defaultChildPolicy = "TERMINATE")
  static class FailingTestCases {
    @Test
    void failsAfterStartingAnExecution(SwfTyped swf) {
      swf.startExecution("orders", WorkflowId.of("Order", "1"), CurrentExecutionId.of("order-1"));
      swf.signalExecution("orders", CurrentExecutionId.of("order-1"), "payment-received", "1999");
      assertThat(swf.listOpenExecutions("orders", OpenExecutionQuery.defaults())).isEmpty();
    }
  }

  @Test
  void aFailedTestCarriesTheFakesDiagnostics() {
    Throwable failure = onlyFailure(run(FailingTestCases.class));

    assertThat(failure).isInstanceOf(AssertionError.class);
    assertThat(failure.getSuppressed()).singleElement().satisfies(diagnostics -> assertThat(diagnostics.getMessage())
        .startsWith("the SWF fake at the failure (every execution with its history):\n"
            + "SwfFake at 2026-01-01T00:00:00Z: 1 domain\n")
        .contains("execution order-1 run ")
        .contains("3 2026-01-01T00:00:00Z WorkflowExecutionSignaled(signalName=payment-received, input=1999, "
            + "externalInitiatedEventId=0)"));
  }
}
