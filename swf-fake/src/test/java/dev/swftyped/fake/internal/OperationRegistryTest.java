package dev.swftyped.fake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The one registry of operations against SWF's service model (a copy of {@code service-2.json} in
 * the test resources): every operation of the model is served, and every constraint the fake
 * checks on an operation's input, nested members included, is the model's.
 */
class OperationRegistryTest {
  private static Map<String, JsonNode> shapes;
  private static Map<String, JsonNode> operations;

  @BeforeAll
  static void readModel() throws IOException {
    try (InputStream in = OperationRegistryTest.class.getResourceAsStream("/swf-service-2.json")) {
      JsonNode model = JsonNode.parser().parse(in);
      shapes = model.field("shapes").orElseThrow().asObject();
      operations = model.field("operations").orElseThrow().asObject();
    }
  }

  @Test
  void everyOperationOfTheModelIsServed() {
    List<String> served = new ArrayList<>();
    for (Operation op : Operation.values()) {
      served.add(op.wireName);
    }
    assertThat(served).containsExactlyInAnyOrderElementsOf(operations.keySet());
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void theInputConstraintsAreTheModels(Operation op) {
    String inputShape = operations.get(op.wireName).field("input").orElseThrow()
        .field("shape").orElseThrow().asString();
    List<String> differences = new ArrayList<>();
    compare(inputShape, shapes.get(inputShape), op.input, inputShape, differences);
    assertThat(differences).as("differences between %s and the service model", op).isEmpty();
  }

  private static void compare(String name, JsonNode model, Shape shape, String path, List<String> out) {
    String type = model.field("type").orElseThrow().asString();
    switch (type) {
      case "structure": {
        if (!(shape instanceof Shape.Struct)) {
          out.add(path + ": the model has a structure, the fake " + shape);
          return;
        }
        Shape.Struct struct = (Shape.Struct) shape;
        Map<String, JsonNode> members = model.field("members").orElseThrow().asObject();
        List<String> required = new ArrayList<>();
        model.field("required").ifPresent(list -> list.asArray().forEach(node -> required.add(node.asString())));
        TreeSet<String> fakeMembers = new TreeSet<>();
        for (Shape.Member member : struct.members()) {
          fakeMembers.add(member.name());
        }
        if (!fakeMembers.equals(new TreeSet<>(members.keySet()))) {
          out.add(path + ": members " + fakeMembers + " instead of " + new TreeSet<>(members.keySet()));
          return;
        }
        for (Shape.Member member : struct.members()) {
          String memberPath = path + "." + member.name();
          if (member.required() != required.contains(member.name())) {
            out.add(memberPath + ": required " + member.required() + " instead of " + !member.required());
          }
          String target = members.get(member.name()).field("shape").orElseThrow().asString();
          compare(target, shapes.get(target), member.shape(), memberPath, out);
        }
        return;
      }
      case "string": {
        if (!(shape instanceof Shape.Str)) {
          out.add(path + ": the model has a string, the fake " + shape);
          return;
        }
        Shape.Str str = (Shape.Str) shape;
        if (model.field("enum").isPresent()) {
          List<String> values = new ArrayList<>();
          model.field("enum").get().asArray().forEach(node -> values.add(node.asString()));
          if (!new HashSet<>(values).equals(new HashSet<>(str.values()))) {
            out.add(path + ": enum " + str.values() + " instead of " + values);
          }
          return;
        }
        int min = model.field("min").map(n -> Integer.parseInt(n.asNumber())).orElse(0);
        int max = model.field("max").map(n -> Integer.parseInt(n.asNumber())).orElse(-1);
        if (str.min() != min || str.max() != max || !str.values().isEmpty()) {
          out.add(path + ": length " + str.min() + ".." + str.max() + " instead of " + min + ".." + max + " (" + name + ")");
        }
        return;
      }
      case "integer": {
        if (!(shape instanceof Shape.Int)) {
          out.add(path + ": the model has an integer, the fake " + shape);
          return;
        }
        Shape.Int range = (Shape.Int) shape;
        int min = model.field("min").map(n -> Integer.parseInt(n.asNumber())).orElse(Integer.MIN_VALUE);
        int max = model.field("max").map(n -> Integer.parseInt(n.asNumber())).orElse(Integer.MAX_VALUE);
        if (range.min() != min || range.max() != max) {
          out.add(path + ": range " + range.min() + ".." + range.max() + " instead of " + min + ".." + max);
        }
        return;
      }
      case "boolean":
        if (!(shape instanceof Shape.Bool)) {
          out.add(path + ": the model has a boolean, the fake " + shape);
        }
        return;
      case "timestamp":
        if (!(shape instanceof Shape.Timestamp)) {
          out.add(path + ": the model has a timestamp, the fake " + shape);
        }
        return;
      case "list": {
        if (!(shape instanceof Shape.ListOf)) {
          out.add(path + ": the model has a list, the fake " + shape);
          return;
        }
        Shape.ListOf list = (Shape.ListOf) shape;
        int min = model.field("min").map(n -> Integer.parseInt(n.asNumber())).orElse(0);
        int max = model.field("max").map(n -> Integer.parseInt(n.asNumber())).orElse(-1);
        if (list.min() != min || list.max() != max) {
          out.add(path + ": size " + list.min() + ".." + list.max() + " instead of " + min + ".." + max);
        }
        String member = model.field("member").orElseThrow().field("shape").orElseThrow().asString();
        compare(member, shapes.get(member), list.member(), path + ".member", out);
        return;
      }
      default:
        out.add(path + ": the model's type " + type + " is not checked by the fake");
    }
  }
}
