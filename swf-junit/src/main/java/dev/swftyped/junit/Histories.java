package dev.swftyped.junit;

import dev.swftyped.ActivityId;
import dev.swftyped.Event;
import dev.swftyped.ExecutionId;
import dev.swftyped.Timeout;
import dev.swftyped.WorkflowId;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes histories for failure messages as a timeline: one event a line, with its id, its fake
 * time, how long after the run's start it happened, its type and its attributes under SWF's names.
 *
 * <pre>
 *    1  2026-01-01T00:00:00Z  +0s      WorkflowExecutionStarted  workflowType=Order 1, taskList="deciders", ...
 *    6  2026-01-04T00:00:00Z  +3d      TimerFired  timerId="unpaid", startedEventId=5
 * </pre>
 */
final class Histories {
  private Histories() {}

  static String format(List<? extends Event> history) {
    if (history.isEmpty()) {
      return "  (no events)";
    }
    Instant start = history.get(0).occurred();
    int idWidth = String.valueOf(history.get(history.size() - 1).id()).length();
    StringBuilder out = new StringBuilder();
    for (Event event : history) {
      if (out.length() > 0) {
        out.append('\n');
      }
      String offset = offset(Duration.between(start, event.occurred()));
      out.append("  ").append(" ".repeat(idWidth - String.valueOf(event.id()).length())).append(event.id())
          .append("  ").append(event.occurred())
          .append("  ").append(offset).append(" ".repeat(Math.max(1, 9 - offset.length())))
          .append(event.eventType());
      String attributes = attributes(event);
      if (!attributes.isEmpty()) {
        out.append("  ").append(attributes);
      }
    }
    return out.toString();
  }

  /** How long after the start: {@code +0s}, {@code +3d}, {@code +1d 2h 5.25s}. */
  static String offset(Duration since) {
    if (since.isZero()) {
      return "+0s";
    }
    StringBuilder out = new StringBuilder(since.isNegative() ? "-" : "+");
    Duration left = since.abs();
    long days = left.toDays();
    long hours = left.toHoursPart();
    long minutes = left.toMinutesPart();
    long seconds = left.toSecondsPart();
    long millis = left.toMillisPart();
    if (days > 0) {
      out.append(days).append("d ");
    }
    if (hours > 0) {
      out.append(hours).append("h ");
    }
    if (minutes > 0) {
      out.append(minutes).append("m ");
    }
    if (seconds > 0 || millis > 0) {
      out.append(seconds);
      if (millis > 0) {
        out.append('.').append(String.format("%03d", millis).replaceAll("0+$", ""));
      }
      out.append("s ");
    }
    return out.toString().stripTrailing();
  }

  /** The event's attributes, {@code name=value, ...}, leaving out what SWF left out. */
  static String attributes(Event event) {
    if (event instanceof Event.Unknown) {
      return ((Event.Unknown) event).sdkEvent().toString();
    }
    StringBuilder out = new StringBuilder();
    for (RecordComponent component : event.getClass().getRecordComponents()) {
      String name = component.getName();
      if (name.equals("id") || name.equals("occurred")) {
        continue;
      }
      Object value;
      try {
        value = component.getAccessor().invoke(event);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      boolean constant = name.endsWith("AsString");
      if (constant && value instanceof Optional) {
        value = ((Optional<?>) value).orElse(null);
      }
      String text = constant ? (String) value : value(value);
      if (text != null) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(constant ? name.substring(0, name.length() - "AsString".length()) : name)
            .append('=').append(text);
      }
    }
    return out.toString();
  }

  private static String value(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(Histories::value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt number = (OptionalInt) value;
      return number.isPresent() ? String.valueOf(number.getAsInt()) : null;
    }
    if (value instanceof OptionalLong) {
      OptionalLong number = (OptionalLong) value;
      return number.isPresent() ? String.valueOf(number.getAsLong()) : null;
    }
    if (value instanceof List && ((List<?>) value).isEmpty()) {
      return null;
    }
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    if (value instanceof WorkflowId) {
      return ((WorkflowId) value).name() + " " + ((WorkflowId) value).version();
    }
    if (value instanceof ActivityId) {
      return ((ActivityId) value).name() + " " + ((ActivityId) value).version();
    }
    if (value instanceof ExecutionId) {
      return ((ExecutionId) value).id() + "/" + ((ExecutionId) value).runId();
    }
    if (value instanceof Timeout) {
      return ((Timeout) value).wireValue();
    }
    if (value instanceof Duration) {
      return offset((Duration) value).substring(1);
    }
    return String.valueOf(value);
  }
}
