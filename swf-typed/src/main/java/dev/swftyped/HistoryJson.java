package dev.swftyped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Reads history events from JSON: the body of a {@code GetWorkflowExecutionHistory} response (or
 * the AWS CLI's output of it), or a bare array of events. Members are read by their SWF names
 * through the SDK's own description of its shapes; timestamps may be epoch seconds, as SWF sends
 * them, or ISO-8601 strings, as the AWS CLI prints them. Members the SDK does not know are ignored.
 */
final class HistoryJson {
  private HistoryJson() {}

  static List<HistoryEvent> events(JsonNode root) {
    JsonNode events = root;
    if (root.isObject()) {
      events = root.field("events").orElseThrow(() -> new IllegalArgumentException(
          "expected a GetWorkflowExecutionHistory response with an \"events\" array, or an array of events"));
    }
    if (!events.isArray()) {
      throw new IllegalArgumentException(
          "expected a GetWorkflowExecutionHistory response with an \"events\" array, or an array of events");
    }
    List<HistoryEvent> result = new ArrayList<>();
    List<JsonNode> nodes = events.asArray();
    for (int i = 0; i < nodes.size(); i++) {
      result.add((HistoryEvent) structure(nodes.get(i), () -> (SdkPojo) HistoryEvent.builder(), "events[" + i + "]"));
    }
    return result;
  }

  private static Object structure(JsonNode node, Supplier<SdkPojo> newBuilder, String path) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(path + ": expected an object");
    }
    SdkPojo builder = newBuilder.get();
    Map<String, JsonNode> members = node.asObject();
    for (SdkField<?> field : builder.sdkFields()) {
      JsonNode value = members.get(field.locationName());
      if (value != null && !value.isNull()) {
        field.set(builder, value(field, value, path + "." + field.locationName()));
      }
    }
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private static Object value(SdkField<?> field, JsonNode node, String path) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      return scalar(node, path);
    }
    if (type == MarshallingType.LONG) {
      return number(node, path).longValueExact();
    }
    if (type == MarshallingType.INTEGER) {
      return number(node, path).intValueExact();
    }
    if (type == MarshallingType.BOOLEAN) {
      if (!node.isBoolean()) {
        throw new IllegalArgumentException(path + ": expected true or false");
      }
      return node.asBoolean();
    }
    if (type == MarshallingType.INSTANT) {
      return instant(node, path);
    }
    if (type == MarshallingType.SDK_POJO) {
      return structure(node, field.constructor(), path);
    }
    if (type == MarshallingType.LIST) {
      if (!node.isArray()) {
        throw new IllegalArgumentException(path + ": expected an array");
      }
      SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      List<Object> elements = new ArrayList<>();
      List<JsonNode> nodes = node.asArray();
      for (int i = 0; i < nodes.size(); i++) {
        elements.add(value(member, nodes.get(i), path + "[" + i + "]"));
      }
      return elements;
    }
    throw new IllegalArgumentException(path + ": members of type " + type + " are not read");
  }

  private static String scalar(JsonNode node, String path) {
    if (node.isString()) {
      return node.asString();
    }
    if (node.isNumber()) {
      return node.asNumber();
    }
    throw new IllegalArgumentException(path + ": expected a string");
  }

  private static BigDecimal number(JsonNode node, String path) {
    try {
      return new BigDecimal(scalar(node, path));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(path + ": expected a number, got \"" + node.text() + "\"", e);
    }
  }

  /** Epoch seconds (with a fraction, as SWF sends them) or an ISO-8601 date-time, UTC if it has no offset. */
  private static Instant instant(JsonNode node, String path) {
    if (node.isNumber()) {
      BigDecimal seconds = new BigDecimal(node.asNumber());
      BigDecimal whole = new BigDecimal(seconds.toBigInteger());
      return Instant.ofEpochSecond(whole.longValueExact(),
          seconds.subtract(whole).movePointRight(9).longValue());
    }
    if (node.isString()) {
      try {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(node.asString());
        return parsed.isSupported(ChronoField.OFFSET_SECONDS)
            ? Instant.from(parsed)
            : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(path + ": expected an ISO-8601 date-time, got \"" + node.asString() + "\"",
            e);
      }
    }
    throw new IllegalArgumentException(path + ": expected epoch seconds or an ISO-8601 date-time");
  }
}
