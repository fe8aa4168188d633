package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.triangulate.graph.store.DocumentSummary;
import org.triangulate.graph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code triangulate documents}: one line per stored document. */
@Command(name = "documents", mixinStandardHelpOptions = true, description = "List stored documents.")
final class DocumentsCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      for (DocumentSummary d : store.documents()) {
        out.printf("%s  %-10s  %-3s  %3d entities  %s%s%s%s%n", d.id(),
            d.published() == null ? "undated" : d.published(), d.language(), d.entities(),
            d.title() == null ? "(untitled)" : d.title(),
            d.extracted() ? "" : "  [not extracted: " + d.notExtractedReason() + "]",
            d.copyOf() == null ? "" : "  [copy of " + d.copyOf() + "]",
            d.resolved() ? "" : "  [not yet resolved]");
      }
      out.flush();
    }
    return Main.OK;
  }
}
