package dev.swftyped.fake.internal;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.swf.model.CloseStatusFilter;
import software.amazon.awssdk.services.swf.model.CountClosedWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.CountClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ExecutionTimeFilter;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.TagFilter;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionFilter;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;
import software.amazon.awssdk.services.swf.model.WorkflowTypeFilter;

/**
 * Listing and counting executions. A query selects one bucket of executions (all of them, or
 * those of one workflow id, type, tag or close status) and one of its time indexes, so a page
 * costs O(log n + page size) and a count O(log n).
 */
final class VisibilityOps {
  /** SWF's message when both time filters are given. */
  static final String BOTH_TIME_FILTERS =
      "Cannot specify both startTimeFilter and closeTimeFilter in the same query";
  /** SWF's message when no time filter is given to a closed-execution query. */
  static final String NO_TIME_FILTER = "Must specify either startTimeFilter or closeTimeFilter";

  private VisibilityOps() {}

  static ListOpenWorkflowExecutionsResponse.Builder listOpen(
      State state, ListOpenWorkflowExecutionsRequest request, long now) {
    Query query = Query.of(false, request.domain(), request.startTimeFilter(), null, request.executionFilter(),
        request.typeFilter(), request.tagFilter(), null);
    List<WorkflowExecutionInfo> infos = new ArrayList<>();
    String token = query.page(state, request.reverseOrder(), request.maximumPageSize(), request.nextPageToken(), now,
        infos);
    return ListOpenWorkflowExecutionsResponse.builder().executionInfos(infos).nextPageToken(token);
  }

  static ListClosedWorkflowExecutionsResponse.Builder listClosed(
      State state, ListClosedWorkflowExecutionsRequest request, long now) {
    Query query = Query.of(true, request.domain(), request.startTimeFilter(), request.closeTimeFilter(),
        request.executionFilter(), request.typeFilter(), request.tagFilter(), request.closeStatusFilter());
    List<WorkflowExecutionInfo> infos = new ArrayList<>();
    String token = query.page(state, request.reverseOrder(), request.maximumPageSize(), request.nextPageToken(), now,
        infos);
    return ListClosedWorkflowExecutionsResponse.builder().executionInfos(infos).nextPageToken(token);
  }

  static CountOpenWorkflowExecutionsResponse.Builder countOpen(
      State state, CountOpenWorkflowExecutionsRequest request) {
    Query query = Query.of(false, request.domain(), request.startTimeFilter(), null, request.executionFilter(),
        request.typeFilter(), request.tagFilter(), null);
    int count = query.count(state);
    int limit = state.settings.countLimit();
    return CountOpenWorkflowExecutionsResponse.builder().count(Math.min(count, limit)).truncated(count > limit);
  }

  static CountClosedWorkflowExecutionsResponse.Builder countClosed(
      State state, CountClosedWorkflowExecutionsRequest request) {
    Query query = Query.of(true, request.domain(), request.startTimeFilter(), request.closeTimeFilter(),
        request.executionFilter(), request.typeFilter(), request.tagFilter(), request.closeStatusFilter());
    int count = query.count(state);
    int limit = state.settings.countLimit();
    return CountClosedWorkflowExecutionsResponse.builder().count(Math.min(count, limit)).truncated(count > limit);
  }

  /** One visibility query, checked against SWF's filter rules. */
  private static final class Query {
    final boolean closed;
    final String domain;
    final boolean byCloseTime;
    final long earliest;
    final long latest;
    final WorkflowExecutionFilter execution;
    final WorkflowTypeFilter type;
    final TagFilter tag;
    final CloseStatusFilter status;

    private Query(boolean closed, String domain, boolean byCloseTime, ExecutionTimeFilter time,
        WorkflowExecutionFilter execution, WorkflowTypeFilter type, TagFilter tag, CloseStatusFilter status) {
      this.closed = closed;
      this.domain = domain;
      this.byCloseTime = byCloseTime;
      this.earliest = ceilMillis(time.oldestDate());
      this.latest = time.latestDate() == null ? Long.MAX_VALUE : floorMillis(time.latestDate());
      this.execution = execution;
      this.type = type;
      this.tag = tag;
      this.status = status;
    }

    static Query of(boolean closed, String domain, ExecutionTimeFilter start, ExecutionTimeFilter close,
        WorkflowExecutionFilter execution, WorkflowTypeFilter type, TagFilter tag, CloseStatusFilter status) {
      if (start != null && close != null) {
        throw SwfFault.validation(BOTH_TIME_FILTERS);
      }
      if (start == null && close == null) {
        throw SwfFault.validation(NO_TIME_FILTER);
      }
      Set<String> exclusive = new HashSet<>();
      if (execution != null) {
        exclusive.add("WorkflowExecutionFilter");
      }
      if (type != null) {
        exclusive.add("WorkflowTypeFilter");
      }
      if (tag != null) {
        exclusive.add("TagFilter");
      }
      if (status != null) {
        exclusive.add("CloseStatusFilter");
      }
      if (exclusive.size() > 1) {
        throw SwfFault.validation("Cannot specify more than one exclusive filters in the same query: " + exclusive);
      }
      return new Query(closed, domain, close != null, close != null ? close : start, execution, type, tag, status);
    }

    /** The text a page token is bound to. */
    String canonical(boolean reverse) {
      return (closed ? "Closed|" : "Open|") + domain + "|" + (byCloseTime ? "close" : "start") + "|" + earliest + "|"
          + latest + "|" + (execution == null ? "" : "id=" + execution.workflowId())
          + (type == null ? "" : "type=" + type.name() + "\u0000" + type.version())
          + (tag == null ? "" : "tag=" + tag.tag())
          + (status == null ? "" : "status=" + status.statusAsString()) + "|" + reverse;
    }

    ExecutionIndex index(State state) {
      Domain d = state.domain(domain);
      return bucket(d).index(byCloseTime);
    }

    private Bucket bucket(Domain d) {
      if (execution != null) {
        Domain.WorkflowRuns runs = d.byWorkflowId.get(execution.workflowId());
        if (!closed) {
          if (runs == null || runs.open == null) {
            return Bucket.EMPTY_OPEN;
          }
          Bucket single = new Bucket(false);
          single.add(runs.open);
          return single;
        }
        return runs == null || runs.closed == null ? Bucket.EMPTY_CLOSED : runs.closed;
      }
      if (type != null) {
        return type.version() == null
            ? find(closed ? d.closedByTypeName : d.openByTypeName, type.name())
            : find(closed ? d.closedByType : d.openByType, Domain.typeKey(type.name(), type.version()));
      }
      if (tag != null) {
        return find(closed ? d.closedByTag : d.openByTag, tag.tag());
      }
      if (status != null) {
        return find(d.closedByStatus, status.statusAsString());
      }
      return closed ? d.closed : d.open;
    }

    private Bucket find(Map<String, Bucket> buckets, String value) {
      Bucket bucket = buckets.get(value);
      return bucket != null ? bucket : closed ? Bucket.EMPTY_CLOSED : Bucket.EMPTY_OPEN;
    }

    int count(State state) {
      return index(state).countWithin(earliest, latest);
    }

    /** Adds one page to {@code out} and returns the next page's token, or null on the last page. */
    String page(State state, Boolean reverseOrder, Integer maximumPageSize, String nextPageToken, long now,
        List<WorkflowExecutionInfo> out) {
      boolean ascending = Boolean.TRUE.equals(reverseOrder);
      String canonical = canonical(ascending);
      PageTokens.Kind kind = closed ? PageTokens.Kind.CLOSED_EXECUTIONS : PageTokens.Kind.OPEN_EXECUTIONS;
      long lowTime = earliest;
      long lowSeq = Long.MIN_VALUE;
      long highTime = latest;
      long highSeq = Long.MAX_VALUE;
      if (nextPageToken != null) {
        ByteBuffer cursor = state.pageTokens.redeem(nextPageToken, kind, canonical, now);
        if (cursor.remaining() != 16) {
          throw SwfFault.validation(PageTokens.INVALID);
        }
        if (ascending) {
          lowTime = cursor.getLong();
          lowSeq = cursor.getLong();
        } else {
          highTime = cursor.getLong();
          highSeq = cursor.getLong();
        }
      }
      ExecutionIndex index = index(state);
      int limit = Paging.limit(maximumPageSize);
      List<Execution> found = new ArrayList<>(Math.min(limit + 1, 64));
      index.collect(ascending, lowTime, lowSeq, highTime, highSeq, limit + 1, found);
      boolean more = found.size() > limit;
      int size = more ? limit : found.size();
      for (int i = 0; i < size; i++) {
        out.add(ExecutionOps.info(found.get(i)));
      }
      if (!more) {
        return null;
      }
      Execution last = found.get(limit - 1);
      return state.pageTokens.issue(kind, canonical, now, PageTokens.executionCursor(index.time(last), index.seq(last)));
    }
  }

  static long floorMillis(Instant instant) {
    if (instant.getEpochSecond() >= Long.MAX_VALUE / 1000 - 1) {
      return Long.MAX_VALUE - 1;
    }
    if (instant.getEpochSecond() <= Long.MIN_VALUE / 1000 + 1) {
      return Long.MIN_VALUE + 1;
    }
    return instant.getEpochSecond() * 1000 + instant.getNano() / 1_000_000;
  }

  static long ceilMillis(Instant instant) {
    long floor = floorMillis(instant);
    return instant.getNano() % 1_000_000 == 0 || floor == Long.MAX_VALUE - 1 ? floor : floor + 1;
  }
}
