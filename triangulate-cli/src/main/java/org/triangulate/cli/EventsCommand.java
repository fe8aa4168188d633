package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.timeline.EventFilter;
import org.triangulate.graph.timeline.TimelineEntry;
import org.triangulate.model.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate events [--type T] [--place P] [--actor A] [--from D] [--to D]
 * [--format text|csv|json] [-o FILE]}: one line (row, object) per report of an event, dated
 * ones in time order, then the undated.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"List events: one line per report of an event, dated ones in time order, then "
        + "the undated. Every filter given must hold.", "Show one in full with: show evt-…"})
final class EventsCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--type", paramLabel = "T", description = "Only this type: ${COMPLETION-CANDIDATES} (any case).")
  @Nullable EventType type;

  @Option(names = "--place", paramLabel = "P",
      description = "Only events at this place: its name or a run of its words (\"Andar\" finds \"Andar district\"), "
          + "its province (\"Ghazni\", \"Ghazni province\") or country, or its entity id.")
  @Nullable String place;

  @Option(names = "--actor", paramLabel = "A",
      description = "Only events with this participant: an entity id, name or alias, or how a report names it (\"gunmen\").")
  @Nullable String actor;

  @Option(names = "--from", paramLabel = "D", description = "Only events that may have happened on or after this date (YYYY-MM-DD); leaves undated events out.")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "D", description = "Only events that may have happened on or before this date (YYYY-MM-DD); leaves undated events out.")
  @Nullable LocalDate to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  EventListing.Format format = EventListing.Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(),
          "--from must not be after --to: --from " + from + ", --to " + to);
    }
    EventFilter filter = new EventFilter(type, place, actor, null, from, to, false);
    List<TimelineEntry> events;
    try (Store store = main.store.open()) {
      events = store.events(filter);
    }
    if (events.isEmpty()) {
      String nothing = Nothing.matched("events", type == null ? null : "--type " + type,
          place == null ? null : "--place " + place, actor == null ? null : "--actor " + actor,
          from == null ? null : "--from " + from, to == null ? null : "--to " + to);
      // a CSV or JSON listing stays well-formed (a header, an empty array): the line goes aside
      PrintWriter where = format == EventListing.Format.text && output == null
          ? spec.commandLine().getOut() : spec.commandLine().getErr();
      where.println(nothing);
      where.flush();
      if (format == EventListing.Format.text && output == null) {
        return Main.OK;
      }
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      EventListing.write(format, events, out);
      out.flush();
    } else {
      write(events, output);
    }
    return Main.OK;
  }

  /** Written beside the target and moved into place, so a failure leaves no half file. */
  private void write(List<TimelineEntry> events, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(parent, ".triangulate-events", "." + format);
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      EventListing.write(format, events, w);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
