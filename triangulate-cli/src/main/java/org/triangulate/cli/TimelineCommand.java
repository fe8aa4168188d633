package org.triangulate.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.timeline.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate timeline [--entity E] [--from D] [--to D]}: dated events in order. */
@Command(name = "timeline", mixinStandardHelpOptions = true, description = "Dated events in time order.")
final class TimelineCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--entity", paramLabel = "E", description = "Only events this entity took part in or that happened there.")
  @Nullable String entity;

  @Option(names = "--from", paramLabel = "D", description = "Only events on or after this date (YYYY-MM-DD).")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "D", description = "Only events on or before this date (YYYY-MM-DD).")
  @Nullable LocalDate to;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      String id = entity == null ? null : new Names(store).resolve(store, entity);
      List<TimelineEntry> entries = store.timeline(id, from, to);
      if (entries.isEmpty()) {
        out.println(Nothing.matched("dated events", entity == null ? null : "--entity " + entity + " (" + id + ")",
            from == null ? null : "--from " + from, to == null ? null : "--to " + to));
      }
      for (TimelineEntry e : entries) {
        out.printf("%-24s %-15s %s%s%s%n", e.time() + (e.basis().equals("REPORTED") ? " (reported)" : ""),
            e.type(), e.place() == null ? "" : "at " + e.place() + "  ",
            String.join("; ", e.participants()), "  [" + e.event() + "]");
        out.printf("%24s %s%n", "", e.evidence().length() > 110 ? e.evidence().substring(0, 110) + "…" : e.evidence());
      }
      out.flush();
    }
    return Main.OK;
  }
}
