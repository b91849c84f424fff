package dev.swftyped.replay;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/** A recording's lines, to change on purpose before replaying them. */
final class Lines {
  private final List<String> lines;

  private Lines(List<String> lines) {
    this.lines = new ArrayList<>(lines);
  }

  static Lines of(Path recording) throws java.io.IOException {
    return new Lines(Files.readAllLines(recording));
  }

  /** The 1-based line number of the {@code nth} (from 1) call to the operation. */
  int find(String operation, int nth) {
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("{\"operation\":\"" + operation + "\"") && ++seen == nth) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no call " + nth + " to " + operation);
  }

  String line(int number) {
    return lines.get(number - 1);
  }

  /** Replaces text in a line; the text must be there. */
  Lines replace(int number, String text, String replacement) {
    String line = line(number);
    if (!line.contains(text)) {
      throw new IllegalArgumentException("line " + number + " has no " + text + ": " + line);
    }
    lines.set(number - 1, line.replace(text, replacement));
    return this;
  }

  /** Changes a line as a tree of maps and lists. */
  @SuppressWarnings("unchecked")
  Lines edit(int number, Consumer<Map<String, Object>> change) {
    Map<String, Object> call = (Map<String, Object>) java(Json.parse(line(number)));
    change.accept(call);
    JsonWriter writer = JsonWriter.create();
    write(writer, call);
    lines.set(number - 1, new String(writer.getBytes(), StandardCharsets.UTF_8));
    return this;
  }

  ReplayReport replay() {
    return SwfReplayer.replay("edited.jsonl", new ByteArrayInputStream(text().getBytes(StandardCharsets.UTF_8)));
  }

  String text() {
    return String.join("\n", lines) + "\n";
  }

  Path writeTo(Path file) throws java.io.IOException {
    return Files.writeString(file, text());
  }

  private static Object java(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.asObject().forEach((k, v) -> map.put(k, java(v)));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.asArray().forEach(v -> list.add(java(v)));
      return list;
    }
    if (node.isString()) {
      return node.asString();
    }
    if (node.isNumber()) {
      return new java.math.BigDecimal(node.asNumber());
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    return null;
  }

  private static void write(JsonWriter writer, Object value) {
    if (value instanceof Map) {
      writer.writeStartObject();
      ((Map<?, ?>) value).forEach((k, v) -> {
        writer.writeFieldName((String) k);
        write(writer, v);
      });
      writer.writeEndObject();
    } else if (value instanceof List) {
      writer.writeStartArray();
      ((List<?>) value).forEach(v -> write(writer, v));
      writer.writeEndArray();
    } else if (value instanceof String) {
      writer.writeValue((String) value);
    } else if (value instanceof java.math.BigDecimal) {
      writer.writeNumber(((java.math.BigDecimal) value).toPlainString());
    } else if (value instanceof Boolean) {
      writer.writeValue((Boolean) value);
    } else {
      writer.writeNull();
    }
  }
}
