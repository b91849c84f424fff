package dev.swftyped.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembersTest {
  @Test
  void everyOperationOfSwfIsKnown() {
    assertThat(Members.OPERATIONS).hasSize(39)
        .containsKeys("RegisterDomain", "StartWorkflowExecution", "PollForDecisionTask", "RespondDecisionTaskCompleted",
            "PollForActivityTask", "RecordActivityTaskHeartbeat", "ListTagsForResource", "DeleteActivityType");
  }

  @Test
  void timestampsAreFoundInTheSdkModel() {
    assertThat(Members.timestamps()).containsExactlyInAnyOrder("creationDate", "deprecationDate", "startTimestamp",
        "closeTimestamp", "eventTimestamp", "latestActivityTaskTimestamp", "oldestDate", "latestDate");
    assertThat(Members.kind("eventTimestamp")).isEqualTo(Members.Kind.TIMESTAMP);
  }

  @Test
  void idsAreKnownByName() {
    assertThat(Members.kind("runId")).isEqualTo(Members.Kind.RUN_ID);
    assertThat(Members.kind("continuedExecutionRunId")).isEqualTo(Members.Kind.RUN_ID);
    assertThat(Members.kind("newExecutionRunId")).isEqualTo(Members.Kind.RUN_ID);
    assertThat(Members.kind("taskToken")).isEqualTo(Members.Kind.TASK_TOKEN);
    assertThat(Members.kind("nextPageToken")).isEqualTo(Members.Kind.PAGE_TOKEN);
    assertThat(Members.kind("workflowId")).isEqualTo(Members.Kind.VALUE);
  }
}
