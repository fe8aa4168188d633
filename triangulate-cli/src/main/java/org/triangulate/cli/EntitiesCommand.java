package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.EntitySummary;
import org.triangulate.graph.store.Store;
import org.triangulate.model.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate entities [--type T] [--name Q]}: one line per entity. */
@Command(name = "entities", mixinStandardHelpOptions = true, description = "List entities.")
final class EntitiesCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--type", paramLabel = "T", description = "Only this type: ${COMPLETION-CANDIDATES} (any case).")
  @Nullable EntityType type;

  @Option(names = "--name", paramLabel = "Q", description = "Only entities whose name or an alias contains Q.")
  @Nullable String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      List<EntitySummary> found = store.entities(type, name);
      if (found.isEmpty()) {
        out.println(Nothing.matched("entities", type == null ? null : "--type " + type,
            name == null ? null : "--name " + name));
      }
      for (EntitySummary e : found) {
        out.printf("%s  %-12s  %s%s  (%d mentions in %d documents)%s%n", e.id(), e.type(), e.name(),
            e.aliases().isEmpty() ? "" : "  aka " + String.join("; ", e.aliases()),
            e.mentions(), e.documents(), e.kb() == null ? "" : "  kb:" + e.kb());
      }
      out.flush();
    }
    return Main.OK;
  }
}
