package dev.swftyped.replay;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/** Reading and writing the JSON of recordings, with the SDK's own JSON utilities. */
final class Json {
  private static final JsonNodeParser PARSER = JsonNode.parser();

  private Json() {}

  /** Rewrites the string values of a document by the name of the member that holds them. */
  @FunctionalInterface
  interface Rewrite {
    /** Returns the value to write for a string in the named member (for a list item, the list's name). */
    String apply(String member, String value);

    Rewrite NONE = (member, value) -> value;
  }

  static JsonNode parse(String text) {
    return PARSER.parse(text);
  }

  /** A body as SWF sends it: an empty one (an operation without output) reads as {@code {}}. */
  static JsonNode parse(byte[] body) {
    return body.length == 0 ? JsonNode.emptyObjectNode() : PARSER.parse(body);
  }

  /** A document as compact JSON, its string values rewritten. */
  static String write(JsonNode node, Rewrite rewrite) {
    JsonWriter writer = JsonWriter.create();
    write(writer, node, "", rewrite);
    return new String(writer.getBytes(), StandardCharsets.UTF_8);
  }

  static byte[] bytes(JsonNode node, Rewrite rewrite) {
    return write(node, rewrite).getBytes(StandardCharsets.UTF_8);
  }

  /** A value as compact JSON, for reports. */
  static String text(JsonNode node) {
    return write(node, Rewrite.NONE);
  }

  static void write(JsonWriter writer, JsonNode node, String member, Rewrite rewrite) {
    if (node.isObject()) {
      writer.writeStartObject();
      for (Map.Entry<String, JsonNode> entry : node.asObject().entrySet()) {
        writer.writeFieldName(entry.getKey());
        write(writer, entry.getValue(), entry.getKey(), rewrite);
      }
      writer.writeEndObject();
    } else if (node.isArray()) {
      writer.writeStartArray();
      for (JsonNode item : node.asArray()) {
        write(writer, item, member, rewrite);
      }
      writer.writeEndArray();
    } else if (node.isString()) {
      writer.writeValue(rewrite.apply(member, node.asString()));
    } else if (node.isNumber()) {
      writer.writeNumber(node.asNumber());
    } else if (node.isBoolean()) {
      writer.writeValue(node.asBoolean());
    } else {
      writer.writeNull();
    }
  }

  /** A JSON string, quoted and escaped. */
  static String quote(String value) {
    JsonWriter writer = JsonWriter.create();
    writer.writeValue(value);
    return new String(writer.getBytes(), StandardCharsets.UTF_8);
  }

  /** A timestamp as SWF's JSON has it (epoch seconds, with milliseconds) to an instant. */
  static Instant instant(JsonNode node) {
    BigDecimal seconds = new BigDecimal(node.asNumber());
    return Instant.ofEpochMilli(seconds.movePointRight(3).setScale(0, java.math.RoundingMode.FLOOR).longValueExact());
  }
}
