package dev.swftyped.replay;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Compares one recorded response with the fake's, member by member: every member present or
 * absent, every value equal, lists item by item in order; run ids, task tokens and page tokens
 * through {@link Ids}, timestamps through {@link Timeline}, and, within the response, timestamps
 * recorded at one instant must be replayed at one instant (SWF stamps the events of one call with
 * one time).
 */
final class Comparison {
  private final RecordedCall call;
  private final Ids ids;
  private final Timeline timeline;
  private final List<Difference> differences;
  /** The timestamps of this response: recorded instant, and the fake's with where it was seen. */
  private final Map<Long, Map.Entry<Long, String>> instants = new HashMap<>();

  Comparison(RecordedCall call, Ids ids, Timeline timeline, List<Difference> differences) {
    this.call = call;
    this.ids = ids;
    this.timeline = timeline;
    this.differences = differences;
  }

  void compare(JsonNode recorded, JsonNode replayed) {
    compare("", "", recorded, replayed);
  }

  private void compare(String path, String member, JsonNode recorded, JsonNode replayed) {
    if (recorded.isObject() && replayed.isObject()) {
      Map<String, JsonNode> fake = replayed.asObject();
      for (Map.Entry<String, JsonNode> entry : recorded.asObject().entrySet()) {
        String name = entry.getKey();
        JsonNode value = fake.get(name);
        String at = path.isEmpty() ? name : path + "." + name;
        if (value == null || value.isNull()) {
          if (!entry.getValue().isNull()) {
            add(Difference.Kind.MISSING, at, Json.text(entry.getValue()), Difference.ABSENT, "");
          }
        } else if (entry.getValue().isNull()) {
          add(Difference.Kind.UNEXPECTED, at, Difference.ABSENT, Json.text(value), "");
        } else {
          compare(at, name, entry.getValue(), value);
        }
      }
      for (Map.Entry<String, JsonNode> entry : fake.entrySet()) {
        if (!recorded.asObject().containsKey(entry.getKey()) && !entry.getValue().isNull()) {
          add(Difference.Kind.UNEXPECTED, path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(),
              Difference.ABSENT, Json.text(entry.getValue()), "");
        }
      }
    } else if (recorded.isArray() && replayed.isArray()) {
      List<JsonNode> items = recorded.asArray();
      List<JsonNode> fake = replayed.asArray();
      for (int i = 0; i < Math.max(items.size(), fake.size()); i++) {
        String at = path + "[" + i + "]";
        if (i >= fake.size()) {
          add(Difference.Kind.MISSING, at, Json.text(items.get(i)), Difference.ABSENT,
              "recorded " + items.size() + " items, replayed " + fake.size());
        } else if (i >= items.size()) {
          add(Difference.Kind.UNEXPECTED, at, Difference.ABSENT, Json.text(fake.get(i)),
              "recorded " + items.size() + " items, replayed " + fake.size());
        } else {
          compare(at, member, items.get(i), fake.get(i));
        }
      }
    } else {
      scalar(path, member, recorded, replayed);
    }
  }

  private void scalar(String path, String member, JsonNode recorded, JsonNode replayed) {
    Members.Kind kind = Members.kind(member);
    if ((kind == Members.Kind.RUN_ID || kind == Members.Kind.TASK_TOKEN || kind == Members.Kind.PAGE_TOKEN)
        && recorded.isString() && replayed.isString()) {
      String broken = ids.relate(kind, recorded.asString(), replayed.asString(), call.line(), path);
      if (broken != null) {
        add(Difference.Kind.RELATION, path, Json.text(recorded), Json.text(replayed), broken);
      }
    } else if (kind == Members.Kind.TIMESTAMP && recorded.isNumber() && replayed.isNumber()) {
      timestamp(path, Json.instant(recorded).toEpochMilli(), Json.instant(replayed).toEpochMilli());
    } else if (!same(recorded, replayed)) {
      add(Difference.Kind.VALUE, path, Json.text(recorded), Json.text(replayed), "");
    }
  }

  private void timestamp(String path, long recorded, long replayed) {
    String at = "line " + call.line() + " " + path;
    Map.Entry<Long, String> sameInstant = instants.putIfAbsent(recorded, Map.entry(replayed, path));
    if (sameInstant != null && sameInstant.getKey() != replayed) {
      add(Difference.Kind.RELATION, path, Timeline.instant(recorded), Timeline.instant(replayed),
          "recorded at the same instant as " + sameInstant.getValue() + ", replayed at another ("
              + Timeline.instant(sameInstant.getKey()) + ")");
      return;
    }
    String broken = timeline.check(recorded, replayed, at);
    if (broken != null) {
      add(Difference.Kind.RELATION, path, Timeline.instant(recorded), Timeline.instant(replayed), broken);
    }
  }

  private static boolean same(JsonNode recorded, JsonNode replayed) {
    if (recorded.isNumber() && replayed.isNumber()) {
      return new BigDecimal(recorded.asNumber()).compareTo(new BigDecimal(replayed.asNumber())) == 0;
    }
    if (recorded.isString() && replayed.isString()) {
      return recorded.asString().equals(replayed.asString());
    }
    if (recorded.isBoolean() && replayed.isBoolean()) {
      return recorded.asBoolean() == replayed.asBoolean();
    }
    return recorded.isNull() && replayed.isNull();
  }

  void add(Difference.Kind kind, String path, String recorded, String replayed, String detail) {
    differences.add(new Difference(call.line(), call.operation(), kind, path, recorded, replayed, detail));
  }
}
