package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.EvidenceGraph;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.store.DocumentSummary;
import org.triangulate.graph.store.EntitySummary;
import org.triangulate.graph.store.Store;
import org.triangulate.model.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate demo}: ingests the bundled samples and prints what was found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample articles into the store and print what was found.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin ExtractOptions options = new ExtractOptions();

  @Option(names = "--samples", paramLabel = "DIR", description = "The sample folder (default: samples/ of the installation).")
  @Nullable Path samples;

  /** The articles of the sample folder: every file but its README. */
  static List<String> sampleFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .map(Path::toString).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the sample folder " + dir, e);
    }
  }

  /** The commands the demo suggests, as they run from the installation's folder. */
  static List<String> nextCommands(StoreOptions store) {
    String prefix = "bin/triangulate " + (store.option().isEmpty() ? "" : store.option() + " ");
    return List.of("entities --name ISIS", "links --explain", "conflicts", "timeline", "serve",
        "export -o out.json").stream().map(c -> prefix + c).toList();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = samples != null ? samples : Path.of(System.getProperty("triangulate.home", "."), "samples");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("sample folder not found: " + dir + " (give one with --samples)");
    }
    out.println("Ingesting the samples in " + dir + " into " + main.store.describe() + " …");
    out.flush();
    try (Store store = main.store.open()) {
      Batch.Summary summary = IngestCommand.ingest(options, store, sampleFiles(dir), false, out, spec.commandLine().getErr());
      summary.failures().forEach(spec.commandLine().getErr()::println);
      out.printf("%d ingested, %d unchanged, %d failed%n%n", summary.ingested(), summary.unchanged(),
          summary.failures().size());
      for (DocumentSummary d : store.documents()) {
        out.printf("%s  %s  %s  (%d entities)%n", d.id(), d.published() == null ? "undated" : d.published(),
            d.title(), d.entities());
      }
      for (EntityType type : EntityType.values()) {
        List<EntitySummary> top = store.entities(type, null).stream()
            .sorted(Comparator.comparingInt(EntitySummary::mentions).reversed()).limit(8).toList();
        out.printf("%n%s (most mentioned):%n", type);
        top.forEach(e -> out.printf("  %-40s %3d mentions, %d documents%s%n", e.name(), e.mentions(),
            e.documents(), e.aliases().isEmpty() ? "" : "  aka " + String.join("; ", e.aliases())));
      }
      EvidenceGraph graph = store.evidence(SourceTable.bundled());
      Names names = new Names(store);
      out.printf("%nLINKS (best corroborated; %d in all):%n", graph.links().size());
      graph.links().stream().limit(6).forEach(l -> out.printf("  %s  %s %s %s  (%d origins, %d documents)%n",
          l.grade(), names.of(l.source()), l.type(), names.of(l.target()), l.independentOrigins(), l.documents()));
      out.printf("%nCONFLICTS: %d (claimed vs attributed responsibility, asserted vs denied, a coded row vs the news on the perpetrator, tolls counted differently)%n", graph.conflicts().size());
      out.println("\nNext:");
      nextCommands(main.store).forEach(c -> out.println("  " + c));
      out.flush();
      return summary.exitCode();
    }
  }
}
