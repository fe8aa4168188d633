package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate links [--entity E] [--min-origins N] [--explain]}. */
@Command(name = "links", mixinStandardHelpOptions = true,
    description = "Links between entities and events, with independent origins and Admiralty grades.")
final class LinksCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--entity", paramLabel = "E", description = "Only links of this entity (id, name or alias).")
  @Nullable String entity;

  @Option(names = "--min-origins", paramLabel = "N", defaultValue = "0", description = "Only links with at least N independent origins.")
  int minOrigins;

  @Option(names = "--explain", description = "Say how each grade was reached.")
  boolean explain;

  @Option(names = "--sources", paramLabel = "FILE", description = "A source table of your own (sources.tsv format) over the bundled one.")
  List<Path> sources = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      Names names = new Names(store);
      String id = entity == null ? null : names.resolve(store, entity);
      int shown = 0;
      for (Link l : store.evidence(SourceTable.load(sources)).links()) {
        if (l.independentOrigins() < minOrigins || id != null && !id.equals(l.source()) && !id.equals(l.target())) {
          continue;
        }
        shown++;
        print(out, names, l, explain);
      }
      if (shown == 0) {
        out.println(Nothing.matched("links", entity == null ? null : "--entity " + entity + " (" + id + ")",
            minOrigins == 0 ? null : "--min-origins " + minOrigins));
      }
      out.flush();
    }
    return Main.OK;
  }

  /** A link's id as {@code links --explain} prints it and {@code show} and the corrections take it. */
  static String id(Link l) {
    return l.source() + "~" + l.target() + "~" + l.type();
  }

  /** One link: its grade, ends, counts and dates, and with {@code explain} its id and how it was graded. */
  static void print(PrintWriter out, Names names, Link l, boolean explain) {
    out.printf("%s  %s %s %s  (%d claims, %d documents, %d origins%s)%s%n", l.grade(), names.of(l.source()),
        l.type(), names.of(l.target()), l.claims().size(), l.documents(), l.independentOrigins(),
        l.contradictingOrigins() > 0 ? ", " + l.contradictingOrigins() + " against" : "",
        l.from() == null ? "" : "  " + l.from() + (l.to() == null || l.to().equals(l.from()) ? "" : " – " + l.to()));
    if (explain) {
      out.println("      id: " + id(l) + "  (to correct it: reject, retype or reattribute this id)");
      l.explanation().forEach(line -> out.println("      " + line));
    }
  }
}
