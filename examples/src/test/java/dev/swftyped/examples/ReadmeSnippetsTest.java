package dev.swftyped.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet in every README of the project is cut from a compiled test: it is preceded by
 * {@code <!-- snippet: <file>#<tag> -->} and equals the lines between {@code // tag::<tag>[]} and
 * {@code // end::<tag>[]} in that test (the tests themselves run in this build). Every relative
 * link points to a file that exists.
 */
class ReadmeSnippetsTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([^#\\s]+)#(\\S+) -->\\n$");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

  static Stream<Path> readmes() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT, 2)) {
      return files.filter(path -> path.getFileName().toString().equals("README.md"))
          .filter(path -> !path.toString().contains("target"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("readmes")
  void everyJavaSnippetIsTheTaggedRegionOfACompiledTest(Path readme) throws IOException {
    String text = Files.readString(readme);
    Matcher block = BLOCK.matcher(text);
    List<String> problems = new ArrayList<>();
    while (block.find()) {
      Matcher marker = MARKER.matcher(text.substring(Math.max(0, block.start() - 300), block.start()));
      if (!marker.find()) {
        problems.add("a java block at offset " + block.start() + " has no <!-- snippet: file#tag --> line before it");
        continue;
      }
      String file = marker.group(1);
      if (!file.contains("/src/test/java/")) {
        problems.add(file + " is not a test: snippets come from compiled, passing tests");
        continue;
      }
      String region = region(ROOT.resolve(file), marker.group(2));
      String snippet = block.group(1).stripTrailing();
      if (region == null) {
        problems.add(file + " has no region tagged " + marker.group(2));
      } else if (!region.equals(snippet)) {
        problems.add("the snippet of " + file + "#" + marker.group(2) + " differs from its source; the source reads:\n"
            + region);
      }
    }
    assertThat(problems).as("snippets of %s", ROOT.relativize(readme)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("readmes")
  void everyRelativeLinkPointsToAFile(Path readme) throws IOException {
    Matcher link = LINK.matcher(Files.readString(readme));
    List<String> broken = new ArrayList<>();
    while (link.find()) {
      String target = link.group(1);
      if (!target.contains("://") && !Files.exists(readme.getParent().resolve(target))) {
        broken.add(target);
      }
    }
    assertThat(broken).as("links of %s", ROOT.relativize(readme)).isEmpty();
  }

  /** The lines of a tagged region, without their common indentation; null if there is none. */
  static String region(Path file, String tag) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    List<String> lines = Files.readAllLines(file);
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("// tag::" + tag + "[]")) {
        start = i + 1;
      } else if (line.equals("// end::" + tag + "[]") && start >= 0) {
        end = i;
        break;
      }
    }
    if (start < 0 || end < 0) {
      return null;
    }
    List<String> region = lines.subList(start, end);
    int indent = region.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : region) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
