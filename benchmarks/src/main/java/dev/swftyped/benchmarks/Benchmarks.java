package dev.swftyped.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks (all of them, or those JMH's arguments select), then measures the heap
 * per closed execution and waiting polls over HTTP. JMH's own options work as with its main class;
 * {@code --no-heap} skips the heap measurement and {@code --no-http-polls} the polls.
 */
public final class Benchmarks {
  private Benchmarks() {}

  /**
   * Runs the benchmarks.
   *
   * @param args JMH's options, {@code --no-heap} and {@code --no-http-polls}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    List<String> jmhArgs = new ArrayList<>(List.of(args));
    boolean heap = !jmhArgs.remove("--no-heap");
    boolean httpPolls = !jmhArgs.remove("--no-http-polls");
    CommandLineOptions options = new CommandLineOptions(jmhArgs.toArray(new String[0]));
    if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
        || options.shouldListProfilers() || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(jmhArgs.toArray(new String[0]));
      return;
    }
    new Runner(options).run();
    if (heap) {
      HeapPerExecution.main(new String[0]);
    }
    if (httpPolls) {
      HttpPolls.main(new String[0]);
    }
  }
}
