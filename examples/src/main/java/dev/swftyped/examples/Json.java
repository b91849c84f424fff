package dev.swftyped.examples;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little JSON this application writes and reads: flat objects of strings and whole numbers,
 * such as an order's input. A larger application would use its JSON library; this one keeps to the
 * JDK.
 */
final class Json {
  private Json() {}

  /**
   * Writes a flat object.
   *
   * @param namesAndValues each member's name, then its value: a {@code String} or a {@code Long}
   */
  static String object(Object... namesAndValues) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quoted((String) namesAndValues[i])).append(':');
      Object value = namesAndValues[i + 1];
      out.append(value instanceof String ? quoted((String) value) : String.valueOf((long) (Long) value));
    }
    return out.append('}').toString();
  }

  /** The string member with that name; an {@link IllegalArgumentException} if there is none. */
  static String string(String json, String name) {
    Matcher member = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
    if (!member.find()) {
      throw new IllegalArgumentException("no string member \"" + name + "\" in " + json);
    }
    return member.group(1).replaceAll("\\\\(.)", "$1");
  }

  /** The number member with that name; an {@link IllegalArgumentException} if there is none. */
  static long number(String json, String name) {
    Matcher member = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
    if (!member.find()) {
      throw new IllegalArgumentException("no number member \"" + name + "\" in " + json);
    }
    return Long.parseLong(member.group(1));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
