package dev.swftyped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;

/**
 * A decision task a decider took from SWF: what {@link SwfTyped#pollDecisionTask} returns and a
 * {@link Decider} answers.
 *
 * <p>Its history runs from the execution's first event to this task's {@code DecisionTaskStarted}.
 * SWF sends it in pages: the first came with the task, and each further page is fetched, by polling
 * again with the page's token on the same domain, task list and identity, only when an event of it
 * is first needed, on the thread that needs it (there is no prefetch thread). Pages are kept, so the
 * history is fetched at most once; each page is checked to belong to this task. SWF lets a page
 * token live for a short time (60 seconds, as AWS staff state it), so a decider should read the
 * history soon after the poll.
 *
 * <p>This class is thread-safe.
 */
public final class DecisionTask {
  private final String token;
  private final ExecutionId execution;
  private final WorkflowId workflow;
  private final long startedEventId;
  private final long previousStartedEventId;
  private final Function<String, PollForDecisionTaskResponse> nextPage;

  private final Object lock = new Object();
  private final List<Event> loaded = new ArrayList<>();
  private Optional<String> nextPageToken;
  private List<Event> events;
  private ExecutionState state;

  private DecisionTask(String token, ExecutionId execution, WorkflowId workflow, long startedEventId,
      long previousStartedEventId, List<Event> firstPage, Optional<String> nextPageToken,
      Function<String, PollForDecisionTaskResponse> nextPage) {
    this.token = Check.length("task token", token, 1, 1024);
    this.execution = Check.notNull("execution", execution);
    this.workflow = Check.notNull("workflow", workflow);
    if (startedEventId < 1) {
      throw new IllegalArgumentException("started event id must be positive: " + startedEventId);
    }
    if (previousStartedEventId < 0 || previousStartedEventId >= startedEventId) {
      throw new IllegalArgumentException("previous started event id must be 0 to " + (startedEventId - 1)
          + ": " + previousStartedEventId);
    }
    this.startedEventId = startedEventId;
    this.previousStartedEventId = previousStartedEventId;
    this.loaded.addAll(firstPage);
    this.nextPageToken = nextPageToken;
    this.nextPage = nextPage;
  }

  /**
   * Returns a task with a history already complete, for testing a {@link Decider} without SWF.
   *
   * @param token the task token: 1 to 1024 characters
   * @param execution the run the task decides for
   * @param workflow the run's workflow type
   * @param startedEventId the id of the task's {@code DecisionTaskStarted} event, positive
   * @param previousStartedEventId the id of the {@code DecisionTaskStarted} event of the last
   *     decision task the run completed, or 0 if there was none
   * @param history the run's events, oldest first
   * @return the task
   * @throws IllegalArgumentException if a value is out of SWF's range
   */
  public static DecisionTask of(String token, ExecutionId execution, WorkflowId workflow, long startedEventId,
      long previousStartedEventId, List<? extends Event> history) {
    return new DecisionTask(token, execution, workflow, startedEventId, previousStartedEventId,
        List.copyOf(Check.notNull("history", history)), Optional.empty(), pageToken -> {
          throw new AssertionError("a complete history has no next page");
        });
  }

  /**
   * Reads a poll's response that carries a task.
   *
   * @param first the response, with a task token
   * @param nextPage polls for the page with the given token, on the first poll's domain, task list
   *     and identity
   */
  static DecisionTask read(PollForDecisionTaskResponse first, Function<String, PollForDecisionTaskResponse> nextPage) {
    if (first.workflowExecution() == null || first.workflowType() == null || first.startedEventId() == null) {
      throw new IllegalStateException("SWF sent a decision task without its workflowExecution, workflowType or "
          + "startedEventId: " + first);
    }
    long previous = first.previousStartedEventId() == null ? 0 : first.previousStartedEventId();
    return new DecisionTask(first.taskToken(), Sdk.executionId(first.workflowExecution()),
        Sdk.workflowId(first.workflowType()), first.startedEventId(), previous, events(first),
        pageToken(first), nextPage);
  }

  private static List<Event> events(PollForDecisionTaskResponse page) {
    List<HistoryEvent> events = page.events();
    List<Event> typed = new ArrayList<>(events.size());
    for (HistoryEvent event : events) {
      typed.add(Event.of(event));
    }
    return typed;
  }

  private static Optional<String> pageToken(PollForDecisionTaskResponse page) {
    return Optional.ofNullable(page.nextPageToken()).filter(token -> !token.isEmpty());
  }

  /**
   * {@return the task token, which the answer to this task sends}
   */
  public String token() {
    return token;
  }

  /**
   * {@return the run this task decides for}
   */
  public ExecutionId execution() {
    return execution;
  }

  /**
   * {@return the run's workflow type}
   */
  public WorkflowId workflow() {
    return workflow;
  }

  /**
   * {@return the id of this task's {@code DecisionTaskStarted} event, the last event of its history}
   */
  public long startedEventId() {
    return startedEventId;
  }

  /**
   * {@return the id of the {@code DecisionTaskStarted} event of the last decision task the run
   * completed, or 0 if it has completed none: the events after it are new to the decider}
   */
  public long previousStartedEventId() {
    return previousStartedEventId;
  }

  /**
   * Returns the task's history, oldest event first, fetching each further page only when the
   * stream reaches it.
   *
   * @return the events, lazily
   * @throws IllegalStateException (from the stream) if SWF answers a page with another task's
   */
  public Stream<Event> history() {
    return StreamSupport.stream(new HistorySpliterator(), false);
  }

  /**
   * Returns the task's whole history, fetching the pages not fetched yet.
   *
   * @return the events, oldest first
   * @throws IllegalStateException if SWF answers a page with another task's
   */
  public List<Event> events() {
    synchronized (lock) {
      if (events == null) {
        while (nextPageToken.isPresent()) {
          fetchNextPage();
        }
        events = List.copyOf(loaded);
      }
      return events;
    }
  }

  /**
   * Returns the state of the run as the task's whole history tells it, built once.
   *
   * @return the state
   * @throws IllegalStateException if SWF answers a page with another task's
   */
  public ExecutionState state() {
    synchronized (lock) {
      if (state == null) {
        state = ExecutionState.of(events());
      }
      return state;
    }
  }

  private void fetchNextPage() {
    PollForDecisionTaskResponse page = nextPage.apply(nextPageToken.orElseThrow());
    if (!token.equals(page.taskToken()) || page.startedEventId() == null || page.startedEventId() != startedEventId) {
      throw new IllegalStateException("SWF answered a history page of decision task " + execution
          + " (started event " + startedEventId + ") with another task's page (started event "
          + page.startedEventId() + ")");
    }
    List<Event> more = events(page);
    long expected = loaded.isEmpty() ? 1 : loaded.get(loaded.size() - 1).id() + 1;
    if (!more.isEmpty() && more.get(0).id() != expected) {
      throw new IllegalStateException("SWF answered a history page of decision task " + execution
          + " that starts at event " + more.get(0).id() + " instead of " + expected);
    }
    loaded.addAll(more);
    nextPageToken = pageToken(page);
  }

  private final class HistorySpliterator extends Spliterators.AbstractSpliterator<Event> {
    private int index;

    HistorySpliterator() {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Event> action) {
      Event next;
      synchronized (lock) {
        while (index >= loaded.size()) {
          if (nextPageToken.isEmpty()) {
            return false;
          }
          fetchNextPage();
        }
        next = loaded.get(index++);
      }
      action.accept(next);
      return true;
    }
  }

  /**
   * {@return the run, its workflow type and the task's started event id}
   */
  @Override
  public String toString() {
    return "DecisionTask{execution=" + execution + ", workflow=" + workflow + ", startedEventId=" + startedEventId
        + ", previousStartedEventId=" + previousStartedEventId + "}";
  }
}
