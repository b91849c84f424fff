package dev.swftyped.fake.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Turns AWS JSON 1.0 bodies into SDK requests and SDK responses into bodies, for any operation,
 * by walking the field metadata the SDK keeps for every model class: member names, marshalling
 * types, nested builders and list members. Timestamps are epoch seconds with milliseconds.
 */
public final class JsonCodec {
  private static final String MODEL_PACKAGE = "software.amazon.awssdk.services.swf.model.";
  private static final JsonNodeParser PARSER = JsonNode.parser();
  private static final Map<String, Supplier<SdkPojo>> REQUEST_BUILDERS = new ConcurrentHashMap<>();

  private JsonCodec() {}

  /** The body cannot be read as the operation's input. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads the request of an operation from a JSON body.
   *
   * @throws BadRequest if the body is not JSON, or a member has the wrong JSON type
   */
  public static SdkRequest request(String operation, byte[] body) {
    JsonNode root;
    try {
      root = PARSER.parse(body);
    } catch (RuntimeException e) {
      throw new BadRequest("The request body is not valid JSON");
    }
    Supplier<SdkPojo> builder = REQUEST_BUILDERS.computeIfAbsent(operation, JsonCodec::requestBuilder);
    return (SdkRequest) structure(root, builder, "");
  }

  private static Supplier<SdkPojo> requestBuilder(String operation) {
    try {
      java.lang.reflect.Method builder = Class.forName(MODEL_PACKAGE + operation + "Request").getMethod("builder");
      return () -> {
        try {
          return (SdkPojo) builder.invoke(null);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      };
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no SDK request for " + operation, e);
    }
  }

  private static Object structure(JsonNode node, Supplier<SdkPojo> newBuilder, String path) {
    if (!node.isObject()) {
      throw mismatch(path.isEmpty() ? "the request" : path, "an object");
    }
    SdkPojo builder = newBuilder.get();
    Map<String, JsonNode> members = node.asObject();
    for (SdkField<?> field : builder.sdkFields()) {
      JsonNode value = members.get(field.locationName());
      if (value != null && !value.isNull()) {
        String member = path.isEmpty() ? field.locationName() : path + "." + field.locationName();
        field.set(builder, value(field, value, member));
      }
    }
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private static Object value(SdkField<?> field, JsonNode node, String path) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      if (!node.isString()) {
        throw mismatch(path, "a string");
      }
      return node.asString();
    }
    if (type == MarshallingType.INTEGER || type == MarshallingType.LONG) {
      BigInteger number = integer(node, path);
      if (type == MarshallingType.INTEGER) {
        if (number.bitLength() > 31) {
          throw mismatch(path, "a 32-bit integer");
        }
        return number.intValue();
      }
      if (number.bitLength() > 63) {
        throw mismatch(path, "a 64-bit integer");
      }
      return number.longValue();
    }
    if (type == MarshallingType.BOOLEAN) {
      if (!node.isBoolean()) {
        throw mismatch(path, "a boolean");
      }
      return node.asBoolean();
    }
    if (type == MarshallingType.INSTANT) {
      if (!node.isNumber()) {
        throw mismatch(path, "a timestamp in epoch seconds");
      }
      return instant(new BigDecimal(node.asNumber()));
    }
    if (type == MarshallingType.SDK_POJO) {
      return structure(node, field.constructor(), path);
    }
    if (type == MarshallingType.LIST) {
      if (!node.isArray()) {
        throw mismatch(path, "an array");
      }
      SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      List<Object> items = new ArrayList<>();
      List<JsonNode> elements = node.asArray();
      for (int i = 0; i < elements.size(); i++) {
        JsonNode element = elements.get(i);
        items.add(element.isNull() ? null : value(member, element, path + "." + (i + 1) + ".member"));
      }
      return items;
    }
    throw mismatch(path, "a supported value");
  }

  private static BigInteger integer(JsonNode node, String path) {
    if (!node.isNumber()) {
      throw mismatch(path, "a number");
    }
    try {
      return new BigDecimal(node.asNumber()).toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw mismatch(path, "a whole number");
    }
  }

  /** Epoch seconds to an instant; values beyond what an instant holds become its extremes. */
  private static Instant instant(BigDecimal seconds) {
    if (seconds.compareTo(BigDecimal.valueOf(Instant.MAX.getEpochSecond())) > 0) {
      return Instant.MAX;
    }
    if (seconds.compareTo(BigDecimal.valueOf(Instant.MIN.getEpochSecond())) < 0) {
      return Instant.MIN;
    }
    try {
      BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
      long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.FLOOR).longValue();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    } catch (ArithmeticException | DateTimeException e) {
      return seconds.signum() > 0 ? Instant.MAX : Instant.MIN;
    }
  }

  private static BadRequest mismatch(String path, String expected) {
    return new BadRequest("Expected " + expected + " at '" + path + "'");
  }

  /** Writes a response as JSON, or returns an empty body for an operation without output. */
  public static byte[] response(SdkPojo response) {
    if (response.sdkFields().isEmpty()) {
      return new byte[0];
    }
    JsonWriter writer = JsonWriter.create();
    structure(writer, response);
    return writer.getBytes();
  }

  /** The body of an error: its namespaced type and its message. */
  static byte[] error(String type, String message) {
    JsonWriter writer = JsonWriter.create();
    writer.writeStartObject();
    writer.writeFieldName("__type").writeValue(type);
    writer.writeFieldName("message").writeValue(message);
    writer.writeEndObject();
    return writer.getBytes();
  }

  private static void structure(JsonWriter writer, SdkPojo pojo) {
    writer.writeStartObject();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
        continue;
      }
      writer.writeFieldName(field.locationName());
      value(writer, field, value);
    }
    writer.writeEndObject();
  }

  private static void value(JsonWriter writer, SdkField<?> field, Object value) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      writer.writeValue((String) value);
    } else if (type == MarshallingType.INTEGER) {
      writer.writeValue((Integer) value);
    } else if (type == MarshallingType.LONG) {
      writer.writeValue((Long) value);
    } else if (type == MarshallingType.BOOLEAN) {
      writer.writeValue((Boolean) value);
    } else if (type == MarshallingType.INSTANT) {
      writer.writeNumber(BigDecimal.valueOf(((Instant) value).toEpochMilli(), 3).toPlainString());
    } else if (type == MarshallingType.SDK_POJO) {
      structure(writer, (SdkPojo) value);
    } else if (type == MarshallingType.LIST) {
      SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
      writer.writeStartArray();
      for (Object item : (List<?>) value) {
        value(writer, member, item);
      }
      writer.writeEndArray();
    } else {
      throw new IllegalStateException("cannot write " + field.locationName() + " of type " + type);
    }
  }
}
