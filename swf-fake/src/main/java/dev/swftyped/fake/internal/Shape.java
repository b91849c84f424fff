package dev.swftyped.fake.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/** The constraints the SWF service model puts on one member's value. */
sealed interface Shape permits Shape.Str, Shape.Int, Shape.Bool, Shape.Timestamp, Shape.ListOf, Shape.Struct {

  /** A string: its length bounds (max -1 for none) or, for an enum, its values. */
  record Str(int min, int max, List<String> values) implements Shape {}

  /** An integer and its inclusive bounds. */
  record Int(int min, int max) implements Shape {}

  /** A boolean. */
  record Bool() implements Shape {}

  /** A timestamp. */
  record Timestamp() implements Shape {}

  /** A list: its members' shape and its size bounds (max -1 for none). */
  record ListOf(Shape member, int min, int max) implements Shape {}

  /**
   * A structure. Its members are kept in the order SWF reports their validation errors in, which
   * matches the iteration order of a {@link HashMap} of their names (two errors recorded from the
   * live service, {@code execution} before {@code domain} and {@code execution.runId} before
   * {@code execution.workflowId}, agree with it; the model's own order does not).
   */
  final class Struct implements Shape {
    private final String name;
    private final List<Member> members;
    /** The SDK field of each member, by SDK class, found once and kept. */
    private final Map<Class<?>, SdkField<?>[]> fieldsByClass = new ConcurrentHashMap<>();
    /** The class last looked up and its fields: a shape is almost always one SDK class. */
    private Fields last;

    /** An SDK class and the field of each member in it; immutable, so safe to share racily. */
    private record Fields(Class<?> type, SdkField<?>[] fields) {}

    Struct(String name, List<Member> members) {
      this.name = name;
      this.members = members;
    }

    String name() {
      return name;
    }

    List<Member> members() {
      return members;
    }

    /** The SDK's field of each member of this structure, in member order, for one SDK class. */
    SdkField<?>[] fields(SdkPojo pojo) {
      Fields cached = last;
      if (cached != null && cached.type() == pojo.getClass()) {
        return cached.fields();
      }
      SdkField<?>[] fields = fieldsByClass.get(pojo.getClass());
      if (fields == null) {
        Map<String, SdkField<?>> byName = new HashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
          byName.put(field.locationName(), field);
        }
        fields = new SdkField<?>[members.size()];
        for (int i = 0; i < fields.length; i++) {
          fields[i] = byName.get(members.get(i).name());
          if (fields[i] == null) {
            throw new IllegalStateException(pojo.getClass().getName() + " has no member " + members.get(i).name());
          }
        }
        fieldsByClass.put(pojo.getClass(), fields);
      }
      last = new Fields(pojo.getClass(), fields);
      return fields;
    }

    @Override
    public String toString() {
      return "Struct[" + name + "]";
    }
  }

  /** A member of a structure. */
  record Member(String name, boolean required, Shape shape) {}

  static Str string(int min, int max) {
    return new Str(min, max, List.of());
  }

  static Str enumOf(String... values) {
    return new Str(0, -1, List.of(values));
  }

  static Int integer(int min, int max) {
    return new Int(min, max);
  }

  static Bool bool() {
    return new Bool();
  }

  static Timestamp timestamp() {
    return new Timestamp();
  }

  static ListOf list(Shape member, int min, int max) {
    return new ListOf(member, min, max);
  }

  static Member required(String name, Shape shape) {
    return new Member(name, true, shape);
  }

  static Member optional(String name, Shape shape) {
    return new Member(name, false, shape);
  }

  static Struct struct(String name, Member... members) {
    Map<String, Member> byName = new HashMap<>();
    for (Member member : members) {
      byName.put(member.name(), member);
    }
    return new Struct(name, List.copyOf(byName.values()));
  }
}
