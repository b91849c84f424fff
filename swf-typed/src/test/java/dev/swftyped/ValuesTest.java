package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CloseStatus;

class ValuesTest {

  @Test
  void timeoutsAreNoneOrWholeSeconds() {
    assertThat(Timeout.none().wireValue()).isEqualTo("NONE");
    assertThat(Timeout.none().duration()).isEmpty();
    assertThat(Timeout.ofSeconds(0).wireValue()).isEqualTo("0");
    assertThat(Timeout.of(Duration.ofMinutes(5)).wireValue()).isEqualTo("300");
    assertThat(Timeout.ofSeconds(99_999_999).duration()).contains(Duration.ofSeconds(99_999_999));
  }

  @Test
  void timeoutsRejectFractionsOfASecond() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeout.of(Duration.ofMillis(1700)))
        .withMessage("timeout must be a whole number of seconds: PT1.7S");
  }

  @Test
  void timeoutsRejectNegativeAndOversizedDurations() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeout.ofSeconds(-1))
        .withMessage("timeout must not be negative: PT-1S");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeout.ofSeconds(100_000_000))
        .withMessage("timeout must be at most 99999999 seconds (eight digits), but was 100000000");
  }

  @Test
  void timeoutsParseWhatSwfSends() {
    assertThat(Timeout.parse("NONE")).isEqualTo(Timeout.none());
    assertThat(Timeout.parse("42")).isEqualTo(Timeout.ofSeconds(42));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeout.parse("4.2"))
        .withMessage("timeout must be NONE or a number of seconds: \"4.2\"");
  }

  @Test
  void timeoutParsingAcceptsZeroAndEightDigitsAndRejectsTheRest() {
    assertThat(Timeout.parse("0")).isEqualTo(Timeout.ofSeconds(0));
    assertThat(Timeout.parse("0031")).isEqualTo(Timeout.ofSeconds(31));
    assertThat(Timeout.parse("99999999")).isEqualTo(Timeout.ofSeconds(99_999_999));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeout.parse("100000000"))
        .withMessage("timeout must be at most 99999999 seconds (eight digits), but was 100000000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-5", "+5", "5s", "none", "12345678901234567890"})
  void timeoutParsingRejectsAnythingButNoneAndDigits(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeout.parse(value))
        .withMessage("timeout must be NONE or a number of seconds: \"" + value + "\"");
  }

  @ParameterizedTest
  @EnumSource(CloseStatus.class)
  void everyCloseStatusFoldsIntoAnExecutionStatusAndBack(CloseStatus closeStatus) {
    if (closeStatus == CloseStatus.UNKNOWN_TO_SDK_VERSION) {
      assertThatIllegalArgumentException().isThrownBy(() -> ExecutionStatus.closed(closeStatus));
      return;
    }
    ExecutionStatus status = ExecutionStatus.closed(closeStatus);

    assertThat(status.isOpen()).isFalse();
    assertThat(status.closeStatus()).contains(closeStatus);
  }

  @Test
  void openHasNoCloseStatusAndCancelledUsesSwfsSpelling() {
    assertThat(ExecutionStatus.OPEN.closeStatus()).isEmpty();
    assertThat(ExecutionStatus.CANCELLED.closeStatus()).contains(CloseStatus.CANCELED);
  }

  @ParameterizedTest
  @EnumSource(ChildExecutionTerminationPolicy.class)
  void childPoliciesMapToSwfAndBack(ChildExecutionTerminationPolicy policy) {
    assertThat(policy.childPolicy().toString()).isEqualTo(policy.name());
    assertThat(ChildExecutionTerminationPolicy.of(policy.childPolicy())).isEqualTo(policy);
  }

  @Test
  void unknownChildPoliciesAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChildExecutionTerminationPolicy.of(ChildPolicy.UNKNOWN_TO_SDK_VERSION))
        .withMessage("unknown SWF child policy: UNKNOWN_TO_SDK_VERSION");
  }

  @Test
  void swfTypedHasOnlyFinalFieldsAsItsJavadocPromises() {
    assertThat(java.util.Arrays.stream(SwfTyped.class.getDeclaredFields())
            .filter(field -> !java.lang.reflect.Modifier.isStatic(field.getModifiers())))
        .isNotEmpty()
        .allSatisfy(field -> assertThat(java.lang.reflect.Modifier.isFinal(field.getModifiers()))
            .as("%s is final", field.getName()).isTrue());
  }

  @Test
  void closeStatusFilterRejectsOpen() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CloseStatusExecutionFilter.of(ExecutionStatus.OPEN))
        .withMessage("close status filter needs a close status, not OPEN");
  }

  @Test
  void idFilterKeepsOnlyTheWorkflowIdOfARun() {
    assertThat(IdExecutionFilter.of(ExecutionId.of("order-1", "run-1")))
        .isEqualTo(new IdExecutionFilter(CurrentExecutionId.of("order-1")));
  }

  @Test
  void workflowTypeFilterHasAnOptionalVersion() {
    assertThat(WorkflowTypeExecutionFilter.of(WorkflowId.of("Order", "2")).version()).contains("2");
    assertThat(WorkflowTypeExecutionFilter.named("Order").version()).isEmpty();
  }

  @Test
  void tagFilterAllowsTheEmptyTagButNotAnOversizedOne() {
    assertThat(TagExecutionFilter.of("").tag()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TagExecutionFilter.of("t".repeat(257)))
        .withMessageStartingWith("tag must be at most 256 characters long, but has 257");
  }

  @Test
  void startOptionsAllowFiveTagsButNotSix() {
    assertThat(StartOptions.defaults().withTags("a", "b", "c", "d", "e").tags()).hasSize(5);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StartOptions.defaults().withTags("a", "b", "c", "d", "e", "f"))
        .withMessage("tags must have at most 5 tags, but has 6: [a, b, c, d, e, f]");
  }

  @Test
  void startOptionsRejectOversizedInput() {
    assertThat(StartOptions.defaults().withInput("i".repeat(32768)).input()).isPresent();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StartOptions.defaults().withInput("i".repeat(32769)))
        .withMessageStartingWith("input must be at most 32768 characters long, but has 32769");
  }

  @Test
  void terminateOptionsRejectAnOversizedReason() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TerminateOptions.defaults().withReason("r".repeat(257)))
        .withMessageStartingWith("reason must be at most 256 characters long, but has 257");
  }

  @Test
  void listOptionsAcceptPageSizesFromZeroToAThousand() {
    assertThat(ListOptions.defaults().withPageSize(1000).pageSize()).isEqualTo(1000);
    assertThat(ListOptions.defaults().reversed().reverseOrder()).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ListOptions.defaults().withPageSize(1001))
        .withMessage("page size must be 0 (SWF's default) to 1000, but was 1001");
    assertThatIllegalArgumentException().isThrownBy(() -> ListOptions.defaults().withPageSize(-1));
  }

  @Test
  void domainRetentionIsWholeDaysUpToNinety() {
    assertThat(DomainConfiguration.retainingDays(90).executionRetention()).isEqualTo(Duration.ofDays(90));
    assertThat(DomainConfiguration.retainingDays(0).executionRetention()).isZero();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DomainConfiguration.retainingDays(91))
        .withMessage("execution retention must be a whole number of days from 0 to 90, but was PT2184H");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DomainConfiguration(Duration.ofHours(36)));
  }

  @Test
  void partialConfigurationChecksItsTaskListAndRole() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialExecutionConfiguration.builder().decisionTaskList("a/b").build())
        .withMessageStartingWith("decision task list must not contain '/'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialExecutionConfiguration.builder().lambdaRole("").build())
        .withMessageStartingWith("lambda role must be 1 to 1600 characters long");
  }

  @Test
  void partialTaskConfigurationChecksItsTaskList() {
    assertThat(PartialTaskConfiguration.builder().taskList("payments").build().taskList()).contains("payments");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialTaskConfiguration.builder().taskList("").build())
        .withMessage("task list must be 1 to 256 characters long, but has 0: \"\"");
  }

  @Test
  void valuesCopyTheirLists() {
    List<String> tags = new java.util.ArrayList<>(List.of("a"));
    ExecutionInfo info = new ExecutionInfo(ExecutionId.of("w", "r"), WorkflowId.of("n", "v"), Instant.EPOCH,
        ExecutionStatus.OPEN, false, Optional.empty(), Optional.empty(), tags);
    tags.add("b");

    assertThat(info.tags()).containsExactly("a");
  }

  @Test
  void queriesReplaceTheirFilters() {
    OpenExecutionQuery query = OpenExecutionQuery.defaults()
        .withFilter(TagExecutionFilter.of("a"))
        .withFilter(IdExecutionFilter.of("order-1"));

    assertThat(query.filter()).contains(IdExecutionFilter.of("order-1"));
    assertThat(query.startTime()).isEmpty();
  }
}
