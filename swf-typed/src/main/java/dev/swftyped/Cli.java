package dev.swftyped;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The command line of the library, as the Python library has it: {@code build-state} builds an
 * execution's state from its history, {@code format-state} prints a built state as a readable
 * summary.
 *
 * <pre>
 * java -jar swf-typed-cli.jar build-state HISTORY_FILE STATE_FILE
 * java -jar swf-typed-cli.jar format-state [-R|--output-results] STATE_FILE
 * </pre>
 *
 * <p>The build puts {@code swf-typed-cli.jar}, the library with the parts of the AWS SDK it uses, in
 * {@code swf-typed/target}; with the library's jar and the SDK on the class path, {@code java
 * dev.swftyped.Cli ...} runs the same.
 *
 * <p>The history is the JSON of a {@code GetWorkflowExecutionHistory} response (the AWS CLI's
 * {@code aws swf get-workflow-execution-history} output will do) or a bare array of events; the
 * state is {@link ExecutionState#toJson()}. A file named {@code -} is standard input or standard
 * output. The command never closes standard output.
 */
public final class Cli {
  private static final String USAGE = String.join("\n",
      "usage: java -jar swf-typed-cli.jar build-state HISTORY_FILE STATE_FILE",
      "       java -jar swf-typed-cli.jar format-state [-R|--output-results] STATE_FILE",
      "",
      "  build-state   build an execution's state (JSON) from its history: the JSON of a",
      "                GetWorkflowExecutionHistory response, or an array of events",
      "  format-state  print a state that build-state wrote as a readable summary;",
      "                -R, --output-results adds results, errors and details",
      "",
      "A file named - is standard input or standard output.");

  private Cli() {}

  /**
   * Runs a command and exits with a non-zero status if it fails: 2 for a usage error, 1 for a file
   * that cannot be read, parsed or written.
   *
   * @param args the command and its arguments
   */
  public static void main(String... args) {
    int status = run(List.of(args), System.in, System.out, System.err);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (args.size() == 1 && (args.get(0).equals("-h") || args.get(0).equals("--help"))) {
      out.println(USAGE);
      return 0;
    }
    String command = args.isEmpty() ? "" : args.get(0);
    List<String> operands = args.isEmpty() ? List.of() : args.subList(1, args.size());
    try {
      if (command.equals("build-state") && operands.size() == 2) {
        buildState(operands.get(0), operands.get(1), in, out);
        return 0;
      }
      if (command.equals("format-state")) {
        boolean results = !operands.isEmpty() && (operands.get(0).equals("-R")
            || operands.get(0).equals("--output-results"));
        List<String> files = results ? operands.subList(1, operands.size()) : operands;
        if (files.size() == 1 && !files.get(0).startsWith("-") || files.equals(List.of("-"))) {
          formatState(files.get(0), results, in, out);
          return 0;
        }
      }
    } catch (IOException e) {
      err.println("swf-typed: " + e);
      return 1;
    } catch (RuntimeException e) {
      err.println("swf-typed: " + e.getMessage());
      return 1;
    }
    err.println(USAGE);
    return 2;
  }

  // ---------------------------------------------------------------- build-state

  private static void buildState(String historyFile, String stateFile, InputStream in, PrintStream out)
      throws IOException {
    JsonNode history = read(historyFile, in);
    List<Event> events = HistoryJson.events(history).stream().map(Event::of).toList();
    byte[] state = (ExecutionState.of(events).toJson() + "\n").getBytes(StandardCharsets.UTF_8);
    if (stateFile.equals("-")) {
      out.write(state);
      out.flush();
    } else {
      Files.write(Path.of(stateFile), state);
    }
  }

  private static JsonNode read(String file, InputStream in) throws IOException {
    byte[] bytes = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
    try {
      return JsonNode.parser().parse(bytes);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException((file.equals("-") ? "standard input" : file) + " is not JSON: "
          + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- format-state

  private static void formatState(String stateFile, boolean results, InputStream in, PrintStream out)
      throws IOException {
    JsonNode state = read(stateFile, in);
    List<String> lines = new ArrayList<>();
    lines.add("status: " + text(state, "status").orElse("?"));
    JsonNode workflow = state.field("workflow").orElse(JsonNode.emptyObjectNode());
    lines.add("workflow: " + text(workflow, "name").orElse("?") + " @ " + text(workflow, "version").orElse("?"));
    times(state, "started", "", lines);
    if (results) {
      outcome(state, "", lines);
    }
    List<JsonNode> tasks = new ArrayList<>(array(state, "tasks"));
    tasks.addAll(array(state, "lambdaTasks"));
    tasks.sort(Comparator.comparing(task -> task.field("scheduledEventId").map(id -> Long.valueOf(id.asNumber()))
        .orElse(0L)));
    lines.add("");
    lines.add(tasks.isEmpty() ? "tasks: []" : "tasks:");
    for (JsonNode task : tasks) {
      lines.add("  - id: " + text(task, "id").orElse("?"));
      task.field("activity").ifPresent(activity -> lines.add("    activity: " + text(activity, "name").orElse("?")
          + " @ " + text(activity, "version").orElse("?")));
      text(task, "lambdaFunction").ifPresent(function -> lines.add("    function: " + function));
      lines.add("    status: " + text(task, "status").orElse("?"));
      lines.add("    scheduled: " + text(task, "scheduled").orElse("?"));
      times(task, task.field("started").isPresent() ? "started" : "scheduled", "    ", lines);
      if (results) {
        outcome(task, "    ", lines);
      }
    }
    for (String line : lines) {
      out.print(line + "\n");
    }
    out.flush();
  }

  /** The start (unless it is the scheduled time, printed already), the end and the duration between. */
  private static void times(JsonNode item, String from, String indent, List<String> lines) {
    Optional<String> start = text(item, from);
    if (!from.equals("scheduled")) {
      start.ifPresent(value -> lines.add(indent + from + ": " + value));
    }
    Optional<String> end = text(item, "ended");
    end.ifPresent(value -> lines.add(indent + "ended: " + value));
    if (start.isPresent() && end.isPresent()) {
      lines.add(indent + "duration: " + Duration.between(Instant.parse(start.get()), Instant.parse(end.get())));
    }
  }

  private static void outcome(JsonNode item, String indent, List<String> lines) {
    text(item, "result").ifPresent(value -> lines.add(indent + "result: " + quoted(value)));
    text(item, "failureReason").ifPresent(value -> lines.add(indent + "error: " + quoted(value)));
    text(item, "timeoutType").ifPresent(value -> lines.add(indent + "timeout: " + value));
    text(item, "stopDetails").ifPresent(value -> lines.add(indent + "details: " + quoted(value)));
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.field(field).filter(JsonNode::isString).map(JsonNode::asString);
  }

  private static List<JsonNode> array(JsonNode node, String field) {
    return node.field(field).filter(JsonNode::isArray).map(JsonNode::asArray).orElse(List.of());
  }

  /** Free text as a JSON string, so that newlines and quotes cannot break the summary's lines. */
  private static String quoted(String value) {
    return new String(JsonWriter.create().writeValue(value).getBytes(), StandardCharsets.UTF_8);
  }
}
