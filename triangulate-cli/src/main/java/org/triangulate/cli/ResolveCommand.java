package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.resolve.StoredResolution;
import org.triangulate.graph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate resolve [--explain [ENT]]}: resolves every entity and event of the store
 * again, keeping the analyst's merges and splits and the ids of groups that only grew.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Resolve entities and events across all documents again.")
final class ResolveCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--explain", arity = "0..1", paramLabel = "ENT", fallbackValue = "",
      description = "Then print why each entity (or only ENT) has the members it has.")
  @Nullable String explain;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      StoredResolution.Summary s = store.resolve();
      out.printf("resolved %d local entities (%d changed entity) and %d events (%d changed group)%n",
          s.entities(), s.entitiesChanged(), s.events(), s.eventsChanged());
      if (explain != null) {
        String previous = null;
        for (StoredResolution.Explanation x : store.explain(explain.isEmpty() ? null : explain)) {
          if (!x.entity().equals(previous)) {
            out.println(x.entity());
            previous = x.entity();
          }
          out.printf("  %-13s %s%n", x.rule(), x.reason());
        }
      }
      out.flush();
    }
    return Main.OK;
  }
}
