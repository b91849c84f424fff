package dev.swftyped;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Argument checks that mirror what SWF rejects, so that a bad value fails where it is made, with a
 * message naming the field, the rule and the value.
 */
final class Check {
  /** The longest value shown in full in a message; longer values are cut. */
  private static final int SHOWN = 80;

  /** The characters below U+00A0 that SWF forbids in identifiers: controls, ':', '/' and '|'. */
  private static final boolean[] FORBIDDEN = new boolean[0xa0];

  static {
    for (char c = 0; c < FORBIDDEN.length; c++) {
      FORBIDDEN[c] = c <= '\u001f' || c >= '\u007f' || c == ':' || c == '/' || c == '|';
    }
  }

  private Check() {}

  static <T> T notNull(String field, T value) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  /**
   * An SWF identifier (domain, workflow id, type name or version, task list): 1 to {@code max}
   * characters, no {@code :}, {@code /}, {@code |} or control character, and not the literal {@code
   * arn}.
   */
  static String identifier(String field, String value, int max) {
    length(field, value, 1, max);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= FORBIDDEN.length || !FORBIDDEN[c]) {
        continue;
      }
      if (c == ':' || c == '/' || c == '|') {
        throw new IllegalArgumentException(
            field + " must not contain '" + c + "' (SWF forbids ':', '/', '|' and control characters): "
                + show(value));
      }
      throw new IllegalArgumentException(
          field + " must not contain control character U+" + String.format("%04X", (int) c)
              + " (SWF forbids ':', '/', '|' and control characters): " + show(value));
    }
    if (value.equals("arn")) {
      throw new IllegalArgumentException(field + " must not be the literal string \"arn\": " + show(value));
    }
    return value;
  }

  /** A string of {@code min} to {@code max} characters. */
  static String length(String field, String value, int min, int max) {
    notNull(field, value);
    int length = value.length();
    if (length < min || length > max) {
      String range = min == 0 ? "at most " + max + " characters" : min + " to " + max + " characters";
      throw new IllegalArgumentException(
          field + " must be " + range + " long, but has " + length + ": " + show(value));
    }
    return value;
  }

  /** Tags of an execution: at most five, each at most 256 characters. */
  static List<String> tags(String field, List<String> tags) {
    notNull(field, tags);
    if (tags.size() > 5) {
      throw new IllegalArgumentException(
          field + " must have at most 5 tags, but has " + tags.size() + ": " + tags);
    }
    for (int i = 0; i < tags.size(); i++) {
      length(field + "[" + i + "]", tags.get(i), 0, 256);
    }
    return List.copyOf(tags);
  }

  /** A whole, non-negative number of seconds that SWF's eight-character duration fields can carry. */
  static Duration wholeSeconds(String field, Duration duration) {
    notNull(field, duration);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative: " + duration);
    }
    if (duration.getNano() != 0) {
      throw new IllegalArgumentException(field + " must be a whole number of seconds: " + duration);
    }
    if (duration.getSeconds() > 99_999_999L) {
      throw new IllegalArgumentException(
          field + " must be at most 99999999 seconds (eight digits), but was " + duration.getSeconds());
    }
    return duration;
  }

  private static String show(String value) {
    String shown = value.length() > SHOWN ? value.substring(0, SHOWN) + "..." : value;
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c < ' ' || (c >= '\u007f' && c <= '\u009f')) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
