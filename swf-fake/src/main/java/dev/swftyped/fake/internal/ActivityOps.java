package dev.swftyped.fake.internal;

import software.amazon.awssdk.services.swf.model.CountPendingActivityTasksRequest;
import software.amazon.awssdk.services.swf.model.CountPendingActivityTasksResponse;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskRequest;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.RecordActivityTaskHeartbeatRequest;
import software.amazon.awssdk.services.swf.model.RecordActivityTaskHeartbeatResponse;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskCanceledRequest;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskCanceledResponse;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskCompletedRequest;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskCompletedResponse;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskFailedRequest;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskFailedResponse;

/** Activity tasks: polls, heartbeats, the three responses and pending counts (task-plane spec 7). */
final class ActivityOps {
  private ActivityOps() {}

  /** The empty task a poll answers when it has none to hand out (AT-3). */
  static PollForActivityTaskResponse.Builder emptyPoll() {
    return PollForActivityTaskResponse.builder().startedEventId(0L);
  }

  /** Hands out the next activity task of the list (AT-1, AT-2), or returns null if there is none. */
  static PollForActivityTaskResponse.Builder poll(State state, PollForActivityTaskRequest request, long now) {
    Rules.trimmedIdentifier("taskList", request.taskList().name());
    Domain domain = state.domain(request.domain());
    ActivityTask task = (ActivityTask) state.take(domain, TaskQueue.Kind.ACTIVITY, request.taskList().name());
    if (task == null) {
      return null;
    }
    Execution run = task.run;
    long started = run.startActivity(task, now, request.identity());
    return PollForActivityTaskResponse.builder()
        .taskToken(state.taskTokens.issue(TaskTokens.Kind.ACTIVITY, domain.name, run.workflowId, run.runId,
            task.scheduledEventId, started))
        .activityId(task.activityId())
        .startedEventId(started)
        .workflowExecution(run.sdkExecution())
        .activityType(task.scheduled.activityType())
        .input(task.scheduled.input());
  }

  static RespondActivityTaskCompletedResponse.Builder completed(State state,
      RespondActivityTaskCompletedRequest request, long now) {
    ActivityTask task = startedTask(state, request.taskToken());
    task.run.closeActivity(task, new Event.ActivityTaskCompleted(now, request.result(), task.scheduledEventId,
        task.startedEventId));
    return RespondActivityTaskCompletedResponse.builder();
  }

  static RespondActivityTaskFailedResponse.Builder failed(State state, RespondActivityTaskFailedRequest request,
      long now) {
    ActivityTask task = startedTask(state, request.taskToken());
    task.run.closeActivity(task, new Event.ActivityTaskFailed(now, request.reason(), request.details(),
        task.scheduledEventId, task.startedEventId));
    return RespondActivityTaskFailedResponse.builder();
  }

  static RespondActivityTaskCanceledResponse.Builder canceled(State state, RespondActivityTaskCanceledRequest request,
      long now) {
    ActivityTask task = startedTask(state, request.taskToken());
    task.run.closeActivity(task, new Event.ActivityTaskCanceled(now, request.details(), task.scheduledEventId,
        task.startedEventId, task.cancelRequestedEventId));
    return RespondActivityTaskCanceledResponse.builder();
  }

  /** A heartbeat (AT-7): answers whether the decider asked for the task to be canceled. */
  static RecordActivityTaskHeartbeatResponse.Builder heartbeat(State state, RecordActivityTaskHeartbeatRequest request,
      long now) {
    ActivityTask task = startedTask(state, request.taskToken());
    task.run.heartbeat(task, now, request.details());
    return RecordActivityTaskHeartbeatResponse.builder().cancelRequested(task.cancelRequestedEventId != 0);
  }

  static CountPendingActivityTasksResponse.Builder countPending(State state, CountPendingActivityTasksRequest request) {
    Domain domain = state.domain(request.domain());
    return CountPendingActivityTasksResponse.builder()
        .count(domain.pendingActivityTasks(request.taskList().name()))
        .truncated(false);
  }

  /** The started, open activity task a token names (TK-3, AT-9). */
  private static ActivityTask startedTask(State state, String token) {
    TaskTokens.Ref ref = state.taskTokens.read(token, TaskTokens.Kind.ACTIVITY);
    Execution run = TaskTokens.openRun(state, ref);
    ActivityTask task = run.activity(ref.scheduledEventId());
    if (task == null || task.startedEventId != ref.startedEventId()) {
      throw SwfFault.unknownResource("Unknown activity, scheduledEventId = " + ref.scheduledEventId());
    }
    return task;
  }
}
