package dev.swftyped.fake.internal;

/**
 * SWF's rules for values that the service model only describes in words: identifiers, timeouts,
 * retention periods and priorities. A value that breaks one is rejected with {@code Invalid
 * <member>: <value>}, after the model's own constraints have passed.
 */
final class Rules {
  /** One year: SWF's hard limit on an execution's duration. */
  static final long ONE_YEAR_SECONDS = 365L * 24 * 60 * 60;

  private Rules() {}

  static SwfFault invalid(String member, String value) {
    return SwfFault.validation("Invalid " + member + ": " + value);
  }

  /**
   * An identifier must not contain {@code :}, {@code /}, {@code |} or a control character
   * (U+0000 to U+001F, U+007F to U+009F), and must not be the literal {@code arn}.
   */
  static void identifier(String member, String value) {
    if (!isIdentifier(value)) {
      throw invalid(member, value);
    }
  }

  /** Whether a value passes {@link #identifier}; null passes (the model's checks cover absence). */
  static boolean isIdentifier(String value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ':' || c == '/' || c == '|' || c <= '\u001f' || (c >= '\u007f' && c <= '\u009f')) {
        return false;
      }
    }
    return !value.equals("arn");
  }

  /** As {@link #identifier}, and it must not start or end with whitespace. */
  static void trimmedIdentifier(String member, String value) {
    identifier(member, value);
    if (value != null && !value.isEmpty()
        && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1)))) {
      throw invalid(member, value);
    }
  }

  /** A timeout: a number of seconds, or {@code NONE}. */
  static void timeout(String member, String value) {
    if (!isTimeout(value)) {
      throw invalid(member, value);
    }
  }

  static boolean isTimeout(String value) {
    return value == null || value.equals("NONE") || digits(value);
  }

  /** A duration that must be given in seconds: {@code NONE} is not allowed (a timer's delay). */
  static void seconds(String member, String value) {
    if (!isSeconds(value)) {
      throw invalid(member, value);
    }
  }

  static boolean isSeconds(String value) {
    return value == null || digits(value);
  }

  /** An execution's start-to-close timeout: a number of seconds of at most one year; never NONE. */
  static void executionTimeout(String member, String value) {
    if (!isExecutionTimeout(value)) {
      throw invalid(member, value);
    }
  }

  static boolean isExecutionTimeout(String value) {
    return value == null || (digits(value) && Long.parseLong(value) <= ONE_YEAR_SECONDS);
  }

  /** A retention period: 0 to 90 days, or NONE. */
  static void retention(String member, String value) {
    if (value != null && !value.equals("NONE") && (!digits(value) || Long.parseLong(value) > 90)) {
      throw invalid(member, value);
    }
  }

  /** A task priority: a whole number within Java's int range. */
  static void priority(String member, String value) {
    if (!isPriority(value)) {
      throw invalid(member, value);
    }
  }

  static boolean isPriority(String value) {
    if (value == null) {
      return true;
    }
    try {
      Integer.parseInt(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * A domain tag's key or value: Unicode letters, digits and white space, and the characters
   * {@code _ . : / = + - @}.
   */
  static void resourceTag(String member, String value) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
          && "_.:/=+-@".indexOf(c) < 0) {
        throw invalid(member, value);
      }
      i += Character.charCount(c);
    }
  }

  private static boolean digits(String value) {
    if (value.isEmpty() || value.length() > 8) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
