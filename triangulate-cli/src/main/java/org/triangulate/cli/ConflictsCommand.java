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

/** {@code triangulate conflicts}: claimed vs attributed responsibility, asserted vs denied. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
    description = "Events whose claimed responsibility differs from the attributed one, and denied statements.")
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
            + " and no statement is both asserted and denied");
      }
      for (Conflict c : conflicts) {
        out.printf("%s  %s%n", c.kind(), c.event() == null ? "(unspecified events)" : c.event());
        if (!c.claimed().isEmpty()) {
          out.println("  claimed by:    " + String.join(", ", c.claimed().stream().map(names::of).toList()));
        }
        out.println("  attributed to: " + String.join(", ", c.attributed().stream().map(names::of).toList()));
        out.println("  claims:        " + String.join(" ", c.claims()));
      }
      out.flush();
    }
    return Main.OK;
  }
}
