package dev.swftyped.replay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces the values of chosen members with placeholders that keep what a replay compares: that
 * the member was there, how long its value was, and which values were equal. A placeholder is
 * {@code redacted:<16 hex digits>:<length>}; the digits are an HMAC-SHA256 of the value under a key
 * drawn at random for each recorder and never written, so equal values within one recording get
 * equal placeholders, and nothing else can be learned from them (not even by trying likely values).
 */
final class Redaction {
  /** What a placeholder looks like. */
  static final Pattern PLACEHOLDER = Pattern.compile("redacted:[0-9a-f]{16}:[0-9]+");

  private final Set<String> members;
  private final SecretKeySpec key;

  Redaction(Set<String> members) {
    this.members = Set.copyOf(members);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  boolean isEmpty() {
    return members.isEmpty();
  }

  /**
   * A rewrite that redacts the chosen members, and remembers each value it redacted (with its
   * placeholder) in {@code redacted}, so that an error message quoting one can be redacted too.
   */
  Json.Rewrite rewrite(Map<String, String> redacted) {
    return (member, value) -> {
      if (!members.contains(member)) {
        return value;
      }
      String placeholder = placeholder(value);
      redacted.put(value, placeholder);
      return placeholder;
    };
  }

  /** An error message with every redacted value it quotes replaced by its placeholder. */
  static String scrub(String message, Map<String, String> redacted) {
    String scrubbed = message;
    List<Map.Entry<String, String>> longestFirst = new ArrayList<>(redacted.entrySet());
    longestFirst.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    for (Map.Entry<String, String> value : longestFirst) {
      if (!value.getKey().isEmpty()) {
        scrubbed = scrubbed.replace(value.getKey(), value.getValue());
      }
    }
    return scrubbed;
  }

  String placeholder(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return "redacted:" + HexFormat.of().formatHex(digest, 0, 8) + ":" + value.codePointCount(0, value.length());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
