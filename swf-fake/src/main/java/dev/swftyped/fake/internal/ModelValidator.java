package dev.swftyped.fake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Checks an SDK request against its input shape and reports every violation in the format of
 * SWF's validation layer: {@code Value <v> at '<path>' failed to satisfy constraint: <rule>}.
 */
final class ModelValidator {
  private static final Map<Class<?>, Map<String, SdkField<?>>> FIELD_CACHE = new ConcurrentHashMap<>();

  private ModelValidator() {}

  /** Returns every violation in the request, in SWF's order; empty if it is valid. */
  static List<String> violations(Shape.Struct shape, SdkPojo request) {
    List<String> errors = new ArrayList<>();
    struct(shape, request, "", errors);
    return errors;
  }

  /** The message SWF gives for a non-empty list of violations. */
  static String message(List<String> violations) {
    return violations.size() + (violations.size() == 1 ? " validation error detected: " : " validation errors detected: ")
        + String.join("; ", violations);
  }

  private static void struct(Shape.Struct shape, SdkPojo pojo, String prefix, List<String> errors) {
    Map<String, SdkField<?>> fields = fields(pojo);
    for (Shape.Member member : shape.members()) {
      SdkField<?> field = fields.get(member.name());
      if (field == null) {
        throw new IllegalStateException(pojo.getClass().getName() + " has no member " + member.name());
      }
      Object value = present(field.getValueOrDefault(pojo));
      String path = prefix + member.name();
      if (value == null) {
        if (member.required()) {
          errors.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
        }
      } else {
        value(member.shape(), value, path, errors);
      }
    }
  }

  private static void value(Shape shape, Object value, String path, List<String> errors) {
    if (shape instanceof Shape.Str) {
      Shape.Str str = (Shape.Str) shape;
      String text = (String) value;
      if (!str.values().isEmpty()) {
        if (!str.values().contains(text)) {
          errors.add(violation(text, path, "Member must satisfy enum value set: " + str.values()));
        }
        return;
      }
      if (text.length() < str.min()) {
        errors.add(violation(text, path, "Member must have length greater than or equal to " + str.min()));
      }
      if (str.max() >= 0 && text.length() > str.max()) {
        errors.add(violation(text, path, "Member must have length less than or equal to " + str.max()));
      }
    } else if (shape instanceof Shape.Int) {
      Shape.Int range = (Shape.Int) shape;
      int number = (Integer) value;
      if (number < range.min()) {
        errors.add(violation(number, path, "Member must have value greater than or equal to " + range.min()));
      }
      if (number > range.max()) {
        errors.add(violation(number, path, "Member must have value less than or equal to " + range.max()));
      }
    } else if (shape instanceof Shape.ListOf) {
      Shape.ListOf list = (Shape.ListOf) shape;
      List<?> items = (List<?>) value;
      if (items.size() < list.min()) {
        errors.add(violation(items, path, "Member must have length greater than or equal to " + list.min()));
      }
      if (list.max() >= 0 && items.size() > list.max()) {
        errors.add(violation(items, path, "Member must have length less than or equal to " + list.max()));
      }
      for (int i = 0; i < items.size(); i++) {
        String itemPath = path + "." + (i + 1) + ".member";
        Object item = items.get(i);
        if (item == null) {
          errors.add("Value null at '" + itemPath + "' failed to satisfy constraint: Member must not be null");
        } else {
          value(list.member(), item, itemPath, errors);
        }
      }
    } else if (shape instanceof Shape.Struct) {
      struct((Shape.Struct) shape, (SdkPojo) value, path + ".", errors);
    }
  }

  private static String violation(Object value, String path, String rule) {
    return "Value '" + value + "' at '" + path + "' failed to satisfy constraint: " + rule;
  }

  private static Object present(Object value) {
    if (value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
      return null;
    }
    return value;
  }

  private static Map<String, SdkField<?>> fields(SdkPojo pojo) {
    return FIELD_CACHE.computeIfAbsent(pojo.getClass(), type -> {
      Map<String, SdkField<?>> byName = new HashMap<>();
      for (SdkField<?> field : pojo.sdkFields()) {
        byName.put(field.locationName(), field);
      }
      return Map.copyOf(byName);
    });
  }
}
