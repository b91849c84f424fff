package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * The typed library against the fake: generated values round-trip through it field for field,
 * lazy listings yield exactly the fake's listing and fetch no page they do not need, and counts
 * equal the listings' lengths, truncation included. {@code -Dswf.properties.examples=N} runs more.
 */
class LibraryAgainstFakePropertyTest {
  static final int EXAMPLES = Integer.getInteger("swf.properties.examples", 500);
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");
  static final PartialExecutionConfiguration DEFAULTS = PartialExecutionConfiguration.builder()
      .timeout(Timeout.ofSeconds(3600))
      .decisionTaskTimeout(Timeout.ofSeconds(30))
      .decisionTaskList("deciders")
      .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
      .build();

  /** A fake with domain d and type Order 1 with every default, and the library on it. */
  static final class Setup {
    final FakeClock clock = FakeClock.at(START);
    final SwfFake fake;
    final CountingSwfClient counting;
    final ExecutionOperationsTest.RecordingLogger log = new ExecutionOperationsTest.RecordingLogger();
    final SwfTyped swf;

    Setup(int countThreshold) {
      fake = SwfFake.builder().clock(clock).seed(3).countTruncationThreshold(countThreshold).build();
      counting = new CountingSwfClient(fake.client());
      swf = new SwfTyped(counting, clock, log);
      SwfTyped.create(fake.client(), clock).registerDomain("d", DomainConfiguration.retainingDays(7));
      SwfTyped.create(fake.client(), clock).registerWorkflowType("d", ORDER, DEFAULTS);
    }

    Setup() {
      this(Integer.MAX_VALUE);
    }

    SwfClient raw() {
      return fake.client();
    }
  }

  // ---------------------------------------------------------------- generators

  static <T> Gen<Optional<T>> optional(Gen<T> values) {
    return booleans().all().zip(values, (present, value) -> present ? Optional.of(value) : Optional.empty());
  }

  static Gen<String> texts(int max) {
    return strings().basicLatinAlphabet().ofLengthBetween(0, max);
  }

  static Gen<String> identifiers() {
    return strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 20);
  }

  static Gen<Optional<Timeout>> timeouts(boolean noneAllowed) {
    Gen<Timeout> seconds = integers().between(1, 86_400).map(Timeout::ofSeconds);
    Gen<Timeout> limited = noneAllowed
        ? Generate.frequency(org.quicktheories.api.Pair.of(3, seconds),
            org.quicktheories.api.Pair.of(1, Generate.constant(Timeout.none())))
        : seconds;
    return optional(limited);
  }

  static Gen<PartialExecutionConfiguration> configurations() {
    Gen<Optional<ChildExecutionTerminationPolicy>> policies =
        optional(Generate.enumValues(ChildExecutionTerminationPolicy.class));
    return timeouts(false).zip(timeouts(true), optional(identifiers()), policies,
        (timeout, taskTimeout, taskList, policy) -> new PartialExecutionConfiguration(timeout, taskTimeout, taskList,
            policy, OptionalInt.empty(), Optional.empty()))
        .zip(optional(integers().between(-5, 5)), optional(identifiers()),
            (configuration, priority, role) -> new PartialExecutionConfiguration(configuration.timeout(),
                configuration.decisionTaskTimeout(), configuration.decisionTaskList(),
                configuration.childExecutionPolicy(),
                priority.map(OptionalInt::of).orElse(OptionalInt.empty()),
                role.map(r -> "arn:aws:iam::123456789012:role/" + r)));
  }

  static Gen<StartOptions> startOptions() {
    return optional(texts(60)).zip(lists().of(texts(12)).ofSizeBetween(0, 5), configurations(),
        (input, tags, configuration) -> new StartOptions(input, tags, configuration));
  }

  // ---------------------------------------------------------------- round trips

  @Test
  void whatTheLibraryStartsIsWhatTheFakeDescribesAndLists() {
    qt().withExamples(EXAMPLES).withFixedSeed(1).forAll(identifiers(), startOptions()).checkAssert((id, options) -> {
      Setup setup = new Setup();
      ExecutionId run = setup.swf.startExecution("d", ORDER, CurrentExecutionId.of(id), options);

      ExecutionDetails details = setup.swf.describeExecution("d", run);
      PartialExecutionConfiguration requested = options.configuration();
      assertThat(details.info()).isEqualTo(new ExecutionInfo(run, ORDER, START, ExecutionStatus.OPEN, false,
          Optional.empty(), Optional.empty(), options.tags()));
      assertThat(details.configuration()).isEqualTo(new ExecutionConfiguration(
          requested.timeout().orElse(Timeout.ofSeconds(3600)),
          requested.decisionTaskTimeout().orElse(Timeout.ofSeconds(30)),
          requested.decisionTaskList().orElse("deciders"),
          requested.childExecutionPolicy().orElse(ChildExecutionTerminationPolicy.TERMINATE),
          requested.decisionTaskPriority(),
          requested.lambdaRole()));
      assertThat(details.openCounts()).isEqualTo(new ExecutionOpenCounts(0, 1, 0, 0, OptionalInt.of(0)));
      assertThat(setup.swf.listOpenExecutions("d")).containsExactly(details.info());
      HistoryEvent started = setup.raw().getWorkflowExecutionHistory(r -> r.domain("d")
          .execution(e -> e.workflowId(run.id()).runId(run.runId()))).events().get(0);
      assertThat(Optional.ofNullable(started.workflowExecutionStartedEventAttributes().input()))
          .isEqualTo(options.input());
    });
  }

  @Test
  void signalsCancellationsAndTerminationsArriveAsSent() {
    Gen<Optional<ChildExecutionTerminationPolicy>> policies =
        optional(Generate.enumValues(ChildExecutionTerminationPolicy.class));
    Gen<TerminateOptions> terminations = optional(texts(40)).zip(optional(texts(80)), policies, TerminateOptions::new);
    qt().withExamples(EXAMPLES).withFixedSeed(2)
        .forAll(identifiers(), optional(texts(50)), booleans().all(), terminations)
        .checkAssert((signal, input, byRun, termination) -> {
          Setup setup = new Setup();
          ExecutionId run = setup.swf.startExecution("d", ORDER, CurrentExecutionId.of("order"));
          ExecutionTarget target = byRun ? run : run.current();
          if (input.isPresent()) {
            setup.swf.signalExecution("d", target, signal, input.get());
          } else {
            setup.swf.signalExecution("d", target, signal);
          }
          setup.swf.requestCancelExecution("d", target);
          assertThat(setup.swf.describeExecution("d", run).info().cancelRequested()).isTrue();
          setup.clock.advance(Duration.ofSeconds(1));
          setup.swf.terminateExecution("d", target, termination);

          ExecutionInfo closed = setup.swf.describeExecution("d", run).info();
          assertThat(closed.status()).isEqualTo(ExecutionStatus.TERMINATED);
          assertThat(closed.closed()).contains(START.plusSeconds(1));
          assertThat(setup.swf.listClosedExecutions("d")).containsExactly(closed);
          List<HistoryEvent> history = setup.raw().getWorkflowExecutionHistory(r -> r.domain("d")
              .execution(e -> e.workflowId(run.id()).runId(run.runId()))).events();
          assertThat(history).extracting(HistoryEvent::eventType).containsExactly(
              EventType.WORKFLOW_EXECUTION_STARTED, EventType.DECISION_TASK_SCHEDULED,
              EventType.WORKFLOW_EXECUTION_SIGNALED, EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED,
              EventType.WORKFLOW_EXECUTION_TERMINATED);
          assertThat(history.get(2).workflowExecutionSignaledEventAttributes().signalName()).isEqualTo(signal);
          assertThat(Optional.ofNullable(history.get(2).workflowExecutionSignaledEventAttributes().input()))
              .isEqualTo(input);
          var terminated = history.get(4).workflowExecutionTerminatedEventAttributes();
          assertThat(Optional.ofNullable(terminated.reason())).isEqualTo(termination.reason());
          assertThat(Optional.ofNullable(terminated.details())).isEqualTo(termination.details());
          assertThat(terminated.childPolicy()).isEqualTo(termination.childExecutionPolicy()
              .orElse(ChildExecutionTerminationPolicy.TERMINATE).childPolicy());
        });
  }

  // ---------------------------------------------------------------- listings and counts

  /** Starts n executions a second apart, tagged by parity, and closes every third. */
  static void fill(Setup setup, int n) {
    for (int i = 0; i < n; i++) {
      setup.clock.advance(Duration.ofSeconds(1));
      ExecutionId run = setup.swf.startExecution("d", ORDER, CurrentExecutionId.of("order-" + i),
          StartOptions.defaults().withTags(i % 2 == 0 ? "even" : "odd"));
      if (i % 3 == 0) {
        setup.swf.terminateExecution("d", run);
      }
    }
  }

  static List<ExecutionId> rawOpen(Setup setup, OpenExecutionQuery query, boolean reverse) {
    return setup.raw().listOpenWorkflowExecutions(r -> r.domain("d").reverseOrder(reverse)
            .startTimeFilter(f -> f.oldestDate(query.startTime().orElseThrow().earliest()))
            .tagFilter(query.filter().map(filter -> software.amazon.awssdk.services.swf.model.TagFilter.builder()
                .tag(((TagExecutionFilter) filter).tag()).build()).orElse(null)))
        .executionInfos().stream().map(WorkflowExecutionInfo::execution)
        .map(e -> ExecutionId.of(e.workflowId(), e.runId())).toList();
  }

  @Test
  void lazyListingsYieldTheFakesListingAndFetchOnlyThePagesTheyNeed() {
    qt().withExamples(EXAMPLES).withFixedSeed(3)
        .forAll(integers().between(0, 60), integers().between(1, 25), booleans().all(), integers().between(0, 2))
        .checkAssert((n, pageSize, reverse, filter) -> {
          Setup setup = new Setup();
          fill(setup, n);
          OpenExecutionQuery query = OpenExecutionQuery.defaults().withStartTime(StartTimeExecutionFilter.since(START));
          if (filter > 0) {
            query = query.withFilter(TagExecutionFilter.of(filter == 1 ? "even" : "odd"));
          }
          ListOptions options = ListOptions.defaults().withPageSize(pageSize);
          if (reverse) {
            options = options.reversed();
          }
          List<ExecutionId> expected = rawOpen(setup, query, reverse);

          List<ExecutionId> all = setup.swf.listOpenExecutions("d", query, options).map(ExecutionInfo::execution)
              .toList();
          assertThat(all).isEqualTo(expected);
          assertThat(setup.counting.pages.get()).isEqualTo(Math.max(1, (expected.size() + pageSize - 1) / pageSize));

          for (int k = 0; k <= expected.size(); k += Math.max(1, expected.size() / 4)) {
            setup.counting.pages.set(0);
            List<ExecutionId> first = setup.swf.listOpenExecutions("d", query, options).limit(k)
                .map(ExecutionInfo::execution).toList();
            assertThat(first).isEqualTo(expected.subList(0, k));
            assertThat(setup.counting.pages.get()).as("pages fetched for the first %s of %s", k, expected.size())
                .isEqualTo((k + pageSize - 1) / pageSize);
          }
        });
  }

  @Test
  void countsEqualTheLengthsOfTheListingsTruncationIncluded() {
    qt().withExamples(EXAMPLES).withFixedSeed(4)
        .forAll(integers().between(0, 40), integers().between(0, 30), integers().between(0, 2))
        .checkAssert((n, threshold, filter) -> {
          Setup setup = new Setup(threshold);
          fill(setup, n);
          Function<Integer, Optional<ClosedExecutionFilter>> filters = f -> f == 0 ? Optional.empty()
              : Optional.of(f == 1 ? TagExecutionFilter.of("even") : CloseStatusExecutionFilter.of(
                  ExecutionStatus.TERMINATED));
          OpenExecutionQuery open = OpenExecutionQuery.defaults().withStartTime(StartTimeExecutionFilter.since(START));
          ClosedExecutionQuery closed = new ClosedExecutionQuery(
              Optional.of(CloseTimeExecutionFilter.since(START)), filters.apply(filter));
          if (filter == 1) {
            open = open.withFilter(TagExecutionFilter.of("even"));
          }

          long openListed = setup.swf.listOpenExecutions("d", open).count();
          long closedListed = setup.swf.listClosedExecutions("d", closed).count();

          assertThat(setup.swf.countOpenExecutions("d", open))
              .isEqualTo(new ExecutionCount((int) Math.min(openListed, threshold), openListed > threshold));
          assertThat(setup.swf.countClosedExecutions("d", closed))
              .isEqualTo(new ExecutionCount((int) Math.min(closedListed, threshold), closedListed > threshold));
          assertThat(setup.log.messages).as("one warning per truncated count")
              .hasSize((openListed > threshold ? 1 : 0) + (closedListed > threshold ? 1 : 0));
        });
  }
}
