package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.model.DocumentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate reextract [--changed-only]}: extracts the stored documents again with this
 * program's rules and models, keeping the analyst's corrections, and prints the entities,
 * events, claims and links gained and lost, so that a store follows the program.
 */
@Command(name = "reextract", mixinStandardHelpOptions = true,
    description = "Extract the stored documents again with this version's rules and models, keeping corrections; print what changed.")
final class ReextractCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin ExtractOptions options = new ExtractOptions();

  @Option(names = "--changed-only",
      description = "Only documents extracted by another pipeline (rules version, models or settings) than this one.")
  boolean changedOnly;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = main.store.open()) {
      Extractor extractor = options.extractor();
      List<DocumentId> ids = store.extractedDocuments(changedOnly, extractor.pipeline());
      if (ids.isEmpty()) {
        out.println(changedOnly
            ? "nothing to re-extract: every extracted document was extracted by this pipeline"
            : "nothing to re-extract: no extracted document is stored");
        out.flush();
        return Main.OK;
      }
      ReextractRun run = new ReextractRun(options.ingestor(), extractor, store, out, err);
      ReextractRun.Summary summary;
      if (ids.size() <= IngestCommand.PROGRESS_FROM) {
        summary = run.run(ids, id -> {});
      } else {
        try (Progress progress = Progress.of("reextract", ids.size(), err)) {
          summary = run.run(ids, id -> progress.step());
        }
      }
      summary.failures().forEach(err::println);
      out.printf("%d re-extracted, %d failed%n", summary.reextracted(), summary.failures().size());
      out.flush();
      return summary.exitCode();
    }
  }
}
