package dev.swftyped.fake.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Renders the engine's state for people: every domain, type and execution, with histories. */
final class Diagnostics {
  private Diagnostics() {}

  static String render(Engine engine, long now) {
    StringBuilder out = new StringBuilder();
    out.append("SwfFake at ").append(Engine.instant(now)).append(": ");
    if (engine.domains.isEmpty()) {
      return out.append("no domains").append('\n').toString();
    }
    out.append(engine.domains.size()).append(engine.domains.size() == 1 ? " domain" : " domains").append('\n');
    for (Domain domain : engine.domains.values()) {
      out.append("Domain ").append(domain.name).append(" (").append(domain.status)
          .append(", retention ").append(domain.retention).append(" days)\n");
      for (RegisteredType type : domain.workflowTypes.values()) {
        out.append("  workflow type ").append(type.name).append(' ').append(type.version)
            .append(" (").append(type.status).append(")\n");
      }
      for (RegisteredType type : domain.activityTypes.values()) {
        out.append("  activity type ").append(type.name).append(' ').append(type.version)
            .append(" (").append(type.status).append(")\n");
      }
      List<Execution> executions = new ArrayList<>(domain.byRunId.values());
      executions.sort(Comparator.comparingLong((Execution e) -> e.startMillis).thenComparingLong(e -> e.seq));
      if (executions.isEmpty()) {
        out.append("  no executions\n");
      }
      for (Execution execution : executions) {
        out.append("  execution ").append(execution.workflowId).append(" run ").append(execution.runId)
            .append(" of ").append(execution.type.name).append(' ').append(execution.type.version).append(": ")
            .append(execution.isOpen() ? "OPEN" : "CLOSED " + execution.closeStatus)
            .append(execution.cancelRequested && execution.isOpen() ? ", cancel requested" : "")
            .append(", started ").append(Engine.instant(execution.startMillis));
        if (!execution.isOpen()) {
          out.append(", closed ").append(Engine.instant(execution.closeMillis));
        }
        if (!execution.tags.isEmpty()) {
          out.append(", tags ").append(execution.tags);
        }
        out.append('\n');
        for (int i = 0; i < execution.eventCount(); i++) {
          Event event = execution.event(i + 1);
          String sdk = event.toSdk(i + 1, execution).toString();
          int attributes = sdk.indexOf("EventAttributes=") + "EventAttributes=".length();
          String details = sdk.substring(sdk.indexOf('(', attributes), sdk.length() - 1);
          out.append("    ").append(i + 1).append(' ').append(Engine.instant(event.millis)).append(' ')
              .append(event.type()).append(details).append('\n');
        }
      }
    }
    return out.toString();
  }
}
