package dev.swftyped.fake.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A reference model of SWF's semantics for domains, types and executions, written to be obviously
 * right rather than fast: plain lists scanned and sorted on every question, no indexes, no tokens.
 * The model-based test holds the fake to it, step by step.
 */
final class Model {
  static final long SECOND = 1000L;
  static final long DAY = 86_400_000L;
  static final long ONE_YEAR_SECONDS = 31_536_000L;

  long now;
  private int startSeq;
  private int closeSeq;
  final Map<String, Dom> domains = new TreeMap<>();
  final List<Run> runs = new ArrayList<>();

  Model(long now) {
    this.now = now;
  }

  static final class Dom {
    final String name;
    final String retention;
    boolean deprecated;
    final Map<String, Type> types = new TreeMap<>();

    Dom(String name, String retention) {
      this.name = name;
      this.retention = retention;
    }

    long retentionMillis() {
      return retention.equals("NONE") ? 0 : Long.parseLong(retention) * DAY;
    }
  }

  static final class Type {
    final String name;
    final String version;
    final boolean withDefaults;
    boolean deprecated;

    Type(String name, String version, boolean withDefaults) {
      this.name = name;
      this.version = version;
      this.withDefaults = withDefaults;
    }
  }

  static final class Run {
    final String domain;
    final String workflowId;
    final String runId;
    final String typeName;
    final String typeVersion;
    final long start;
    final int startSeq;
    final long deadline;
    final String executionTimeout;
    final List<String> tags;
    final String input;
    String closeStatus;
    long close;
    int closeSeq;
    boolean cancelRequested;
    boolean removed;
    final List<String> events = new ArrayList<>();

    Run(String domain, String workflowId, String runId, Type type, long start, int startSeq, String executionTimeout,
        List<String> tags, String input) {
      this.domain = domain;
      this.workflowId = workflowId;
      this.runId = runId;
      this.typeName = type.name;
      this.typeVersion = type.version;
      this.start = start;
      this.startSeq = startSeq;
      this.executionTimeout = executionTimeout;
      this.deadline = start + Long.parseLong(executionTimeout) * SECOND;
      this.tags = List.copyOf(tags);
      this.input = input;
    }

    boolean open() {
      return closeStatus == null;
    }

    boolean visible() {
      return !removed;
    }
  }

  // ---------------------------------------------------------------- questions

  Optional<Dom> domain(String name) {
    return Optional.ofNullable(domains.get(name));
  }

  Stream<Run> visibleRuns(String domain) {
    return runs.stream().filter(run -> run.domain.equals(domain) && run.visible());
  }

  Optional<Run> openRun(String domain, String workflowId) {
    return visibleRuns(domain).filter(run -> run.workflowId.equals(workflowId) && run.open()).findFirst();
  }

  Optional<Run> latestRun(String domain, String workflowId) {
    return runs.stream().filter(run -> run.domain.equals(domain) && run.workflowId.equals(workflowId))
        .max(Comparator.comparingInt(run -> run.startSeq));
  }

  // ---------------------------------------------------------------- changes

  Run start(Dom domain, String workflowId, String runId, Type type, String executionTimeout, List<String> tags,
      String input) {
    Run run = new Run(domain.name, workflowId, runId, type, now, startSeq++, executionTimeout, tags, input);
    run.events.add(event(now, "WorkflowExecutionStarted", "input=" + input + " tags=" + tags + " timeout="
        + executionTimeout));
    run.events.add(event(now, "DecisionTaskScheduled", ""));
    runs.add(run);
    return run;
  }

  void close(Run run, String status, long at, String event) {
    run.closeStatus = status;
    run.close = at;
    run.closeSeq = closeSeq++;
    run.events.add(event(at, status.equals("TIMED_OUT") ? "WorkflowExecutionTimedOut" : "WorkflowExecutionTerminated",
        event));
    forget();
  }

  /** Moves time forward: runs past their deadline time out there, then retention removes old runs. */
  void advance(long millis) {
    now += millis;
    for (Dom domain : domains.values()) {
      runs.stream()
          .filter(run -> run.domain.equals(domain.name) && run.visible() && run.open() && run.deadline <= now)
          .sorted(Comparator.comparingLong((Run run) -> run.deadline).thenComparingInt(run -> run.startSeq))
          .toList()
          .forEach(run -> close(run, "TIMED_OUT", run.deadline, ""));
    }
    forget();
  }

  private void forget() {
    for (Run run : runs) {
      if (!run.open() && run.visible() && run.close + domains.get(run.domain).retentionMillis() <= now) {
        run.removed = true;
      }
    }
  }

  static String event(long millis, String type, String details) {
    return millis + " " + type + (details.isEmpty() ? "" : " " + details);
  }
}
