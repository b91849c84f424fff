package dev.swftyped.junit;

import java.util.List;
import software.amazon.awssdk.services.swf.model.HistoryEvent;

/** Writes histories for failure messages: one event a line, with its id, time, type and attributes. */
final class Histories {
  private Histories() {}

  static String format(List<HistoryEvent> history) {
    if (history.isEmpty()) {
      return "  (no events)";
    }
    StringBuilder out = new StringBuilder();
    for (HistoryEvent event : history) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("  ").append(event.eventId()).append(' ').append(event.eventTimestamp()).append(' ')
          .append(event.eventTypeAsString()).append(attributes(event));
    }
    return out.toString();
  }

  /** The event's attributes as the SDK prints them, without the attribute type's name. */
  private static String attributes(HistoryEvent event) {
    String text = event.toString();
    int at = text.indexOf("EventAttributes=");
    if (at < 0) {
      return "";
    }
    int open = text.indexOf('(', at);
    return open < 0 ? "" : text.substring(open, text.length() - 1);
  }
}
