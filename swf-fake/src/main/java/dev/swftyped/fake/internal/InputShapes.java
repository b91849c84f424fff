package dev.swftyped.fake.internal;

import static dev.swftyped.fake.internal.Shape.bool;
import static dev.swftyped.fake.internal.Shape.enumOf;
import static dev.swftyped.fake.internal.Shape.integer;
import static dev.swftyped.fake.internal.Shape.list;
import static dev.swftyped.fake.internal.Shape.optional;
import static dev.swftyped.fake.internal.Shape.required;
import static dev.swftyped.fake.internal.Shape.string;
import static dev.swftyped.fake.internal.Shape.struct;
import static dev.swftyped.fake.internal.Shape.timestamp;


/**
 * The constraints of every SWF operation's input, member by member: required flags, string
 * lengths, integer ranges, enum values and list sizes, as the SWF service model (API version
 * 2012-01-25) states them. A string with no upper bound has a maximum of -1.
 */
final class InputShapes {
  private InputShapes() {}

  static final Shape.Struct EXECUTION_TIME_FILTER = struct("ExecutionTimeFilter",
      required("oldestDate", timestamp()),
      optional("latestDate", timestamp()));

  static final Shape.Struct WORKFLOW_EXECUTION_FILTER = struct("WorkflowExecutionFilter",
      required("workflowId", string(1, 256)));

  static final Shape.Struct WORKFLOW_TYPE_FILTER = struct("WorkflowTypeFilter",
      required("name", string(1, 256)),
      optional("version", string(0, 64)));

  static final Shape.Struct TAG_FILTER = struct("TagFilter",
      required("tag", string(0, 256)));

  static final Shape.Struct CLOSE_STATUS_FILTER = struct("CloseStatusFilter",
      required("status", enumOf("COMPLETED", "FAILED", "CANCELED", "TERMINATED", "CONTINUED_AS_NEW", "TIMED_OUT")));

  static final Shape.Struct COUNT_CLOSED_WORKFLOW_EXECUTIONS_INPUT = struct("CountClosedWorkflowExecutionsInput",
      required("domain", string(1, 256)),
      optional("startTimeFilter", EXECUTION_TIME_FILTER),
      optional("closeTimeFilter", EXECUTION_TIME_FILTER),
      optional("executionFilter", WORKFLOW_EXECUTION_FILTER),
      optional("typeFilter", WORKFLOW_TYPE_FILTER),
      optional("tagFilter", TAG_FILTER),
      optional("closeStatusFilter", CLOSE_STATUS_FILTER));

  static final Shape.Struct COUNT_OPEN_WORKFLOW_EXECUTIONS_INPUT = struct("CountOpenWorkflowExecutionsInput",
      required("domain", string(1, 256)),
      required("startTimeFilter", EXECUTION_TIME_FILTER),
      optional("typeFilter", WORKFLOW_TYPE_FILTER),
      optional("tagFilter", TAG_FILTER),
      optional("executionFilter", WORKFLOW_EXECUTION_FILTER));

  static final Shape.Struct TASK_LIST = struct("TaskList",
      required("name", string(1, 256)));

  static final Shape.Struct COUNT_PENDING_ACTIVITY_TASKS_INPUT = struct("CountPendingActivityTasksInput",
      required("domain", string(1, 256)),
      required("taskList", TASK_LIST));

  static final Shape.Struct COUNT_PENDING_DECISION_TASKS_INPUT = struct("CountPendingDecisionTasksInput",
      required("domain", string(1, 256)),
      required("taskList", TASK_LIST));

  static final Shape.Struct ACTIVITY_TYPE = struct("ActivityType",
      required("name", string(1, 256)),
      required("version", string(1, 64)));

  static final Shape.Struct DELETE_ACTIVITY_TYPE_INPUT = struct("DeleteActivityTypeInput",
      required("domain", string(1, 256)),
      required("activityType", ACTIVITY_TYPE));

  static final Shape.Struct WORKFLOW_TYPE = struct("WorkflowType",
      required("name", string(1, 256)),
      required("version", string(1, 64)));

  static final Shape.Struct DELETE_WORKFLOW_TYPE_INPUT = struct("DeleteWorkflowTypeInput",
      required("domain", string(1, 256)),
      required("workflowType", WORKFLOW_TYPE));

  static final Shape.Struct DEPRECATE_ACTIVITY_TYPE_INPUT = struct("DeprecateActivityTypeInput",
      required("domain", string(1, 256)),
      required("activityType", ACTIVITY_TYPE));

  static final Shape.Struct DEPRECATE_DOMAIN_INPUT = struct("DeprecateDomainInput",
      required("name", string(1, 256)));

  static final Shape.Struct DEPRECATE_WORKFLOW_TYPE_INPUT = struct("DeprecateWorkflowTypeInput",
      required("domain", string(1, 256)),
      required("workflowType", WORKFLOW_TYPE));

  static final Shape.Struct DESCRIBE_ACTIVITY_TYPE_INPUT = struct("DescribeActivityTypeInput",
      required("domain", string(1, 256)),
      required("activityType", ACTIVITY_TYPE));

  static final Shape.Struct DESCRIBE_DOMAIN_INPUT = struct("DescribeDomainInput",
      required("name", string(1, 256)));

  static final Shape.Struct WORKFLOW_EXECUTION = struct("WorkflowExecution",
      required("workflowId", string(1, 256)),
      required("runId", string(1, 64)));

  static final Shape.Struct DESCRIBE_WORKFLOW_EXECUTION_INPUT = struct("DescribeWorkflowExecutionInput",
      required("domain", string(1, 256)),
      required("execution", WORKFLOW_EXECUTION));

  static final Shape.Struct DESCRIBE_WORKFLOW_TYPE_INPUT = struct("DescribeWorkflowTypeInput",
      required("domain", string(1, 256)),
      required("workflowType", WORKFLOW_TYPE));

  static final Shape.Struct GET_WORKFLOW_EXECUTION_HISTORY_INPUT = struct("GetWorkflowExecutionHistoryInput",
      required("domain", string(1, 256)),
      required("execution", WORKFLOW_EXECUTION),
      optional("nextPageToken", string(0, 2048)),
      optional("maximumPageSize", integer(0, 1000)),
      optional("reverseOrder", bool()));

  static final Shape.Struct LIST_ACTIVITY_TYPES_INPUT = struct("ListActivityTypesInput",
      required("domain", string(1, 256)),
      optional("name", string(1, 256)),
      required("registrationStatus", enumOf("REGISTERED", "DEPRECATED")),
      optional("nextPageToken", string(0, 2048)),
      optional("maximumPageSize", integer(0, 1000)),
      optional("reverseOrder", bool()));

  static final Shape.Struct LIST_CLOSED_WORKFLOW_EXECUTIONS_INPUT = struct("ListClosedWorkflowExecutionsInput",
      required("domain", string(1, 256)),
      optional("startTimeFilter", EXECUTION_TIME_FILTER),
      optional("closeTimeFilter", EXECUTION_TIME_FILTER),
      optional("executionFilter", WORKFLOW_EXECUTION_FILTER),
      optional("closeStatusFilter", CLOSE_STATUS_FILTER),
      optional("typeFilter", WORKFLOW_TYPE_FILTER),
      optional("tagFilter", TAG_FILTER),
      optional("nextPageToken", string(0, 2048)),
      optional("maximumPageSize", integer(0, 1000)),
      optional("reverseOrder", bool()));

  static final Shape.Struct LIST_DOMAINS_INPUT = struct("ListDomainsInput",
      optional("nextPageToken", string(0, 2048)),
      required("registrationStatus", enumOf("REGISTERED", "DEPRECATED")),
      optional("maximumPageSize", integer(0, 1000)),
      optional("reverseOrder", bool()));

  static final Shape.Struct LIST_OPEN_WORKFLOW_EXECUTIONS_INPUT = struct("ListOpenWorkflowExecutionsInput",
      required("domain", string(1, 256)),
      required("startTimeFilter", EXECUTION_TIME_FILTER),
      optional("typeFilter", WORKFLOW_TYPE_FILTER),
      optional("tagFilter", TAG_FILTER),
      optional("nextPageToken", string(0, 2048)),
      optional("maximumPageSize", integer(0, 1000)),
      optional("reverseOrder", bool()),
      optional("executionFilter", WORKFLOW_EXECUTION_FILTER));

  static final Shape.Struct LIST_TAGS_FOR_RESOURCE_INPUT = struct("ListTagsForResourceInput",
      required("resourceArn", string(1, 1600)));

  static final Shape.Struct LIST_WORKFLOW_TYPES_INPUT = struct("ListWorkflowTypesInput",
      required("domain", string(1, 256)),
      optional("name", string(1, 256)),
      required("registrationStatus", enumOf("REGISTERED", "DEPRECATED")),
      optional("nextPageToken", string(0, 2048)),
      optional("maximumPageSize", integer(0, 1000)),
      optional("reverseOrder", bool()));

  static final Shape.Struct POLL_FOR_ACTIVITY_TASK_INPUT = struct("PollForActivityTaskInput",
      required("domain", string(1, 256)),
      required("taskList", TASK_LIST),
      optional("identity", string(0, 256)));

  static final Shape.Struct POLL_FOR_DECISION_TASK_INPUT = struct("PollForDecisionTaskInput",
      required("domain", string(1, 256)),
      required("taskList", TASK_LIST),
      optional("identity", string(0, 256)),
      optional("nextPageToken", string(0, 2048)),
      optional("maximumPageSize", integer(0, 1000)),
      optional("reverseOrder", bool()),
      optional("startAtPreviousStartedEvent", bool()));

  static final Shape.Struct RECORD_ACTIVITY_TASK_HEARTBEAT_INPUT = struct("RecordActivityTaskHeartbeatInput",
      required("taskToken", string(1, 1024)),
      optional("details", string(0, 2048)));

  static final Shape.Struct REGISTER_ACTIVITY_TYPE_INPUT = struct("RegisterActivityTypeInput",
      required("domain", string(1, 256)),
      required("name", string(1, 256)),
      required("version", string(1, 64)),
      optional("description", string(0, 1024)),
      optional("defaultTaskStartToCloseTimeout", string(0, 8)),
      optional("defaultTaskHeartbeatTimeout", string(0, 8)),
      optional("defaultTaskList", TASK_LIST),
      optional("defaultTaskPriority", string(0, -1)),
      optional("defaultTaskScheduleToStartTimeout", string(0, 8)),
      optional("defaultTaskScheduleToCloseTimeout", string(0, 8)));

  static final Shape.Struct RESOURCE_TAG = struct("ResourceTag",
      required("key", string(1, 128)),
      optional("value", string(0, 256)));

  static final Shape.Struct REGISTER_DOMAIN_INPUT = struct("RegisterDomainInput",
      required("name", string(1, 256)),
      optional("description", string(0, 1024)),
      required("workflowExecutionRetentionPeriodInDays", string(1, 8)),
      optional("tags", list(RESOURCE_TAG, 0, -1)));

  static final Shape.Struct REGISTER_WORKFLOW_TYPE_INPUT = struct("RegisterWorkflowTypeInput",
      required("domain", string(1, 256)),
      required("name", string(1, 256)),
      required("version", string(1, 64)),
      optional("description", string(0, 1024)),
      optional("defaultTaskStartToCloseTimeout", string(0, 8)),
      optional("defaultExecutionStartToCloseTimeout", string(0, 8)),
      optional("defaultTaskList", TASK_LIST),
      optional("defaultTaskPriority", string(0, -1)),
      optional("defaultChildPolicy", enumOf("TERMINATE", "REQUEST_CANCEL", "ABANDON")),
      optional("defaultLambdaRole", string(1, 1600)));

  static final Shape.Struct REQUEST_CANCEL_WORKFLOW_EXECUTION_INPUT = struct("RequestCancelWorkflowExecutionInput",
      required("domain", string(1, 256)),
      required("workflowId", string(1, 256)),
      optional("runId", string(0, 64)));

  static final Shape.Struct RESPOND_ACTIVITY_TASK_CANCELED_INPUT = struct("RespondActivityTaskCanceledInput",
      required("taskToken", string(1, 1024)),
      optional("details", string(0, 32768)));

  static final Shape.Struct RESPOND_ACTIVITY_TASK_COMPLETED_INPUT = struct("RespondActivityTaskCompletedInput",
      required("taskToken", string(1, 1024)),
      optional("result", string(0, 32768)));

  static final Shape.Struct RESPOND_ACTIVITY_TASK_FAILED_INPUT = struct("RespondActivityTaskFailedInput",
      required("taskToken", string(1, 1024)),
      optional("reason", string(0, 256)),
      optional("details", string(0, 32768)));

  static final Shape.Struct SCHEDULE_ACTIVITY_TASK_DECISION_ATTRIBUTES = struct("ScheduleActivityTaskDecisionAttributes",
      required("activityType", ACTIVITY_TYPE),
      required("activityId", string(1, 256)),
      optional("control", string(0, 32768)),
      optional("input", string(0, 32768)),
      optional("scheduleToCloseTimeout", string(0, 8)),
      optional("taskList", TASK_LIST),
      optional("taskPriority", string(0, -1)),
      optional("scheduleToStartTimeout", string(0, 8)),
      optional("startToCloseTimeout", string(0, 8)),
      optional("heartbeatTimeout", string(0, 8)));

  static final Shape.Struct REQUEST_CANCEL_ACTIVITY_TASK_DECISION_ATTRIBUTES = struct("RequestCancelActivityTaskDecisionAttributes",
      required("activityId", string(1, 256)));

  static final Shape.Struct COMPLETE_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES = struct("CompleteWorkflowExecutionDecisionAttributes",
      optional("result", string(0, 32768)));

  static final Shape.Struct FAIL_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES = struct("FailWorkflowExecutionDecisionAttributes",
      optional("reason", string(0, 256)),
      optional("details", string(0, 32768)));

  static final Shape.Struct CANCEL_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES = struct("CancelWorkflowExecutionDecisionAttributes",
      optional("details", string(0, 32768)));

  static final Shape.Struct CONTINUE_AS_NEW_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES = struct("ContinueAsNewWorkflowExecutionDecisionAttributes",
      optional("input", string(0, 32768)),
      optional("executionStartToCloseTimeout", string(0, 8)),
      optional("taskList", TASK_LIST),
      optional("taskPriority", string(0, -1)),
      optional("taskStartToCloseTimeout", string(0, 8)),
      optional("childPolicy", enumOf("TERMINATE", "REQUEST_CANCEL", "ABANDON")),
      optional("tagList", list(string(0, 256), 0, 5)),
      optional("workflowTypeVersion", string(1, 64)),
      optional("lambdaRole", string(1, 1600)));

  static final Shape.Struct RECORD_MARKER_DECISION_ATTRIBUTES = struct("RecordMarkerDecisionAttributes",
      required("markerName", string(1, 256)),
      optional("details", string(0, 32768)));

  static final Shape.Struct START_TIMER_DECISION_ATTRIBUTES = struct("StartTimerDecisionAttributes",
      required("timerId", string(1, 256)),
      optional("control", string(0, 32768)),
      required("startToFireTimeout", string(1, 8)));

  static final Shape.Struct CANCEL_TIMER_DECISION_ATTRIBUTES = struct("CancelTimerDecisionAttributes",
      required("timerId", string(1, 256)));

  static final Shape.Struct SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES = struct("SignalExternalWorkflowExecutionDecisionAttributes",
      required("workflowId", string(1, 256)),
      optional("runId", string(0, 64)),
      required("signalName", string(1, 256)),
      optional("input", string(0, 32768)),
      optional("control", string(0, 32768)));

  static final Shape.Struct REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES = struct("RequestCancelExternalWorkflowExecutionDecisionAttributes",
      required("workflowId", string(1, 256)),
      optional("runId", string(0, 64)),
      optional("control", string(0, 32768)));

  static final Shape.Struct START_CHILD_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES = struct("StartChildWorkflowExecutionDecisionAttributes",
      required("workflowType", WORKFLOW_TYPE),
      required("workflowId", string(1, 256)),
      optional("control", string(0, 32768)),
      optional("input", string(0, 32768)),
      optional("executionStartToCloseTimeout", string(0, 8)),
      optional("taskList", TASK_LIST),
      optional("taskPriority", string(0, -1)),
      optional("taskStartToCloseTimeout", string(0, 8)),
      optional("childPolicy", enumOf("TERMINATE", "REQUEST_CANCEL", "ABANDON")),
      optional("tagList", list(string(0, 256), 0, 5)),
      optional("lambdaRole", string(1, 1600)));

  static final Shape.Struct SCHEDULE_LAMBDA_FUNCTION_DECISION_ATTRIBUTES = struct("ScheduleLambdaFunctionDecisionAttributes",
      required("id", string(1, 256)),
      required("name", string(1, 64)),
      optional("control", string(0, 32768)),
      optional("input", string(0, 32768)),
      optional("startToCloseTimeout", string(0, 8)));

  static final Shape.Struct DECISION = struct("Decision",
      // listed in the order SWF's messages list them, not the model's
      required("decisionType", enumOf("CompleteWorkflowExecution", "StartTimer", "RequestCancelExternalWorkflowExecution",
          "SignalExternalWorkflowExecution", "CancelTimer", "RecordMarker", "ScheduleActivityTask",
          "ContinueAsNewWorkflowExecution", "ScheduleLambdaFunction", "FailWorkflowExecution", "RequestCancelActivityTask",
          "StartChildWorkflowExecution", "CancelWorkflowExecution")),
      optional("scheduleActivityTaskDecisionAttributes", SCHEDULE_ACTIVITY_TASK_DECISION_ATTRIBUTES),
      optional("requestCancelActivityTaskDecisionAttributes", REQUEST_CANCEL_ACTIVITY_TASK_DECISION_ATTRIBUTES),
      optional("completeWorkflowExecutionDecisionAttributes", COMPLETE_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES),
      optional("failWorkflowExecutionDecisionAttributes", FAIL_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES),
      optional("cancelWorkflowExecutionDecisionAttributes", CANCEL_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES),
      optional("continueAsNewWorkflowExecutionDecisionAttributes", CONTINUE_AS_NEW_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES),
      optional("recordMarkerDecisionAttributes", RECORD_MARKER_DECISION_ATTRIBUTES),
      optional("startTimerDecisionAttributes", START_TIMER_DECISION_ATTRIBUTES),
      optional("cancelTimerDecisionAttributes", CANCEL_TIMER_DECISION_ATTRIBUTES),
      optional("signalExternalWorkflowExecutionDecisionAttributes", SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES),
      optional("requestCancelExternalWorkflowExecutionDecisionAttributes", REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES),
      optional("startChildWorkflowExecutionDecisionAttributes", START_CHILD_WORKFLOW_EXECUTION_DECISION_ATTRIBUTES),
      optional("scheduleLambdaFunctionDecisionAttributes", SCHEDULE_LAMBDA_FUNCTION_DECISION_ATTRIBUTES));

  static final Shape.Struct RESPOND_DECISION_TASK_COMPLETED_INPUT = struct("RespondDecisionTaskCompletedInput",
      required("taskToken", string(1, 1024)),
      optional("decisions", list(DECISION, 0, -1)),
      optional("executionContext", string(0, 32768)),
      optional("taskList", TASK_LIST),
      optional("taskListScheduleToStartTimeout", string(0, 8)));

  static final Shape.Struct SIGNAL_WORKFLOW_EXECUTION_INPUT = struct("SignalWorkflowExecutionInput",
      required("domain", string(1, 256)),
      required("workflowId", string(1, 256)),
      optional("runId", string(0, 64)),
      required("signalName", string(1, 256)),
      optional("input", string(0, 32768)));

  static final Shape.Struct START_WORKFLOW_EXECUTION_INPUT = struct("StartWorkflowExecutionInput",
      required("domain", string(1, 256)),
      required("workflowId", string(1, 256)),
      required("workflowType", WORKFLOW_TYPE),
      optional("taskList", TASK_LIST),
      optional("taskPriority", string(0, -1)),
      optional("input", string(0, 32768)),
      optional("executionStartToCloseTimeout", string(0, 8)),
      optional("tagList", list(string(0, 256), 0, 5)),
      optional("taskStartToCloseTimeout", string(0, 8)),
      optional("childPolicy", enumOf("TERMINATE", "REQUEST_CANCEL", "ABANDON")),
      optional("lambdaRole", string(1, 1600)));

  static final Shape.Struct TAG_RESOURCE_INPUT = struct("TagResourceInput",
      required("resourceArn", string(1, 1600)),
      required("tags", list(RESOURCE_TAG, 0, -1)));

  static final Shape.Struct TERMINATE_WORKFLOW_EXECUTION_INPUT = struct("TerminateWorkflowExecutionInput",
      required("domain", string(1, 256)),
      required("workflowId", string(1, 256)),
      optional("runId", string(0, 64)),
      optional("reason", string(0, 256)),
      optional("details", string(0, 32768)),
      optional("childPolicy", enumOf("TERMINATE", "REQUEST_CANCEL", "ABANDON")));

  static final Shape.Struct UNDEPRECATE_ACTIVITY_TYPE_INPUT = struct("UndeprecateActivityTypeInput",
      required("domain", string(1, 256)),
      required("activityType", ACTIVITY_TYPE));

  static final Shape.Struct UNDEPRECATE_DOMAIN_INPUT = struct("UndeprecateDomainInput",
      required("name", string(1, 256)));

  static final Shape.Struct UNDEPRECATE_WORKFLOW_TYPE_INPUT = struct("UndeprecateWorkflowTypeInput",
      required("domain", string(1, 256)),
      required("workflowType", WORKFLOW_TYPE));

  static final Shape.Struct UNTAG_RESOURCE_INPUT = struct("UntagResourceInput",
      required("resourceArn", string(1, 1600)),
      required("tagKeys", list(string(1, 128), 0, -1)));
}
