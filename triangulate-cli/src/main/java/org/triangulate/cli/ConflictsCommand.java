package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.graph.links.Conflict;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate conflicts}: claimed vs attributed responsibility, asserted vs denied, a coded
 * row's perpetrator vs the news, and counts that differ between sources.
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
    description = "Events whose claimed responsibility differs from the attributed one, denied statements,"
        + " coded rows whose perpetrator the news does not name, and tolls that sources count differently.")
final class ConflictsCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      Names names = new Names(store);
      List<Conflict> conflicts = store.evidence(SourceTable.bundled()).conflicts();
      if (conflicts.isEmpty()) {
        out.println("no conflicts: no event's claimed responsibility differs from the attributed one,"
            + " no statement is both asserted and denied, no coded row's perpetrator differs from the news',"
            + " and no two sources count an event's dead or wounded differently");
      }
      for (Conflict c : conflicts) {
        out.printf("%s  %s%n", c.kind(), c.event() == null ? "(unspecified events)" : c.event());
        if (!c.claimed().isEmpty()) {
          out.println("  claimed by:    " + String.join(", ", c.claimed().stream().map(names::of).toList()));
        }
        if (!c.coded().isEmpty()) {
          out.println("  coded as:      " + String.join(", ", c.coded().stream().map(names::of).toList()));
        }
        if (!c.attributed().isEmpty()) {
          out.println("  attributed to: " + String.join(", ", c.attributed().stream().map(names::of).toList()));
        }
        for (Conflict.Count n : c.counts()) {
          out.printf("  %-14s %d by %s (%s, %s)%n", n.field() + ":", n.value(), n.source(), n.document(), n.report());
        }
        if (!c.claims().isEmpty()) {
          out.println("  claims:        " + String.join(" ", c.claims()));
        }
      }
      out.flush();
    }
    return Main.OK;
  }
}
