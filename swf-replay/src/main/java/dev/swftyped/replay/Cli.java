package dev.swftyped.replay;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The replayer's command line: {@code java -jar swf-replay.jar RECORDING}. */
final class Cli {
  static final int MATCHES = 0;
  static final int DIFFERS = 1;
  static final int BAD_INPUT = 2;

  private static final String USAGE = String.join("\n",
      "usage: java -jar swf-replay.jar RECORDING",
      "",
      "Replays a recording of SWF calls (JSON Lines, as SwfRecorder writes them) against a fresh",
      "swf-fake and prints every difference between the recorded responses and the fake's.",
      "A RECORDING named - is standard input.",
      "",
      "Exit status: 0 no difference, 1 a difference, 2 the recording cannot be read.");

  private Cli() {}

  static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (args.size() == 1 && (args.get(0).equals("-h") || args.get(0).equals("--help"))) {
      out.println(USAGE);
      return MATCHES;
    }
    if (args.size() != 1 || (args.get(0).startsWith("-") && !args.get(0).equals("-"))) {
      err.println(USAGE);
      return BAD_INPUT;
    }
    String file = args.get(0);
    ReplayReport report;
    try {
      report = file.equals("-") ? SwfReplayer.replay("(standard input)", in) : SwfReplayer.replay(Path.of(file));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("swf-replay: " + e.getMessage()
          + (e.getCause() != null && e instanceof UncheckedIOException ? " (" + e.getCause() + ")" : ""));
      return BAD_INPUT;
    }
    out.print(report);
    return report.matches() ? MATCHES : DIFFERS;
  }
}
