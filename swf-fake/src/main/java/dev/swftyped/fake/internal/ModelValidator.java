package dev.swftyped.fake.internal;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Checks an SDK request against its input shape and reports every violation in the format of
 * SWF's validation layer: {@code Value <v> at '<path>' failed to satisfy constraint: <rule>}.
 */
final class ModelValidator {
  private ModelValidator() {}

  /** Returns every violation in the request, in SWF's order; empty if it is valid. */
  static List<String> violations(Shape.Struct shape, SdkPojo request) {
    List<String> errors = new ArrayList<>(0);
    struct(shape, request, null, errors);
    return errors;
  }

  /** The message SWF gives for a non-empty list of violations. */
  static String message(List<String> violations) {
    return violations.size() + (violations.size() == 1 ? " validation error detected: " : " validation errors detected: ")
        + String.join("; ", violations);
  }

  private static void struct(Shape.Struct shape, SdkPojo pojo, Path prefix, List<String> errors) {
    SdkField<?>[] fields = shape.fields(pojo);
    List<Shape.Member> members = shape.members();
    for (int i = 0; i < fields.length; i++) {
      Shape.Member member = members.get(i);
      Object value = fields[i].getValueOrDefault(pojo);
      if (value != null && member.shape() instanceof Shape.ListOf) {
        value = present(value);
      }
      Path path = new Path(prefix, member.name(), 0);
      if (value == null) {
        if (member.required()) {
          errors.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
        }
      } else {
        value(member.shape(), value, path, errors);
      }
    }
  }

  /** Where a member is, written out only when a message needs it: {@code a.b.2.member.c}. */
  private static final class Path {
    private final Path parent;
    private final String member;
    private final int index;

    Path(Path parent, String member, int index) {
      this.parent = parent;
      this.member = member;
      this.index = index;
    }

    @Override
    public String toString() {
      String here = member != null ? member : index + ".member";
      return parent == null ? here : parent + "." + here;
    }
  }

  private static void value(Shape shape, Object value, Path path, List<String> errors) {
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
        Path itemPath = new Path(path, null, i + 1);
        Object item = items.get(i);
        if (item == null) {
          errors.add("Value null at '" + itemPath + "' failed to satisfy constraint: Member must not be null");
        } else {
          value(list.member(), item, itemPath, errors);
        }
      }
    } else if (shape instanceof Shape.Struct) {
      struct((Shape.Struct) shape, (SdkPojo) value, path, errors);
    }
  }

  private static String violation(Object value, Path path, String rule) {
    return "Value '" + value + "' at '" + path + "' failed to satisfy constraint: " + rule;
  }

  private static Object present(Object value) {
    if (value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
      return null;
    }
    return value;
  }
}
