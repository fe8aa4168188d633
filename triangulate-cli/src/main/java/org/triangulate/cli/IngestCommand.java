package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.ingest.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triangulate ingest PATH…}: reads, extracts and stores documents. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest files, directories (recursively), web pages (http/https addresses), feeds or - (standard input):"
        + " plain text, HTML, PDF, JSON lines (.jsonl) and WARC (.warc, .warc.gz).")
final class IngestCommand implements Callable<Integer> {
  /** Above this many inputs (or with any JSON-lines, feed or WARC file) progress shows on standard error. */
  static final int PROGRESS_FROM = 5;

  @ParentCommand Main main;
  @Spec CommandSpec spec;
  @Mixin ExtractOptions options = new ExtractOptions();

  @Parameters(arity = "0..*", paramLabel = "PATH|URL",
      description = "Files, directories, http(s) addresses, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--jsonl", paramLabel = "FILE",
      description = "A JSON-lines file whatever its name: one document a line (text or html, url, title, published, source).")
  List<String> jsonl = new ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL|FILE",
      description = "An RSS or Atom feed: each item's content, or its page fetched; items already stored are skipped.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--all", description = "In directories, take every file, not only reports (.txt, .html, .htm, .pdf, .jsonl, .warc, …; never README or LICENSE).")
  boolean all;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (paths.isEmpty() && jsonl.isEmpty() && feeds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH|URL' (or --jsonl, --feed)");
    }
    try (Store store = main.store.open()) {
      Batch.Summary summary = ingest(options, store, inputs(options.ingestor()), out, err);
      summary.failures().forEach(err::println);
      out.printf("%d ingested, %d unchanged, %d failed%s%n", summary.ingested(), summary.unchanged(),
          summary.failures().size(),
          summary.notExtracted() > 0 ? " (" + summary.notExtracted() + " stored without extraction)" : "");
      out.flush();
      return summary.exitCode();
    }
  }

  /** The paths and addresses, then the JSON-lines files, then the feeds. */
  Inputs inputs(Ingestor ingestor) {
    Inputs selected = ingestor.inputs(paths, all);
    List<Input> inputs = new ArrayList<>(selected.accepted());
    jsonl.stream().map(Input::jsonLines).forEach(inputs::add);
    feeds.stream().map(Input::feed).forEach(inputs::add);
    return new Inputs(inputs, selected.skipped());
  }

  static Batch.Summary ingest(ExtractOptions options, Store store, List<String> paths, boolean all,
      PrintWriter out, PrintWriter err) {
    return ingest(options, store, options.ingestor().inputs(paths, all), out, err);
  }

  static Batch.Summary ingest(ExtractOptions options, Store store, Inputs selected, PrintWriter out,
      PrintWriter err) {
    Ingestor ingestor = options.ingestor();
    if (!selected.skipped().isEmpty()) {
      out.println(skippedLine(selected.skipped()));
      out.flush();
    }
    List<Input> inputs = selected.accepted();
    IngestRun run = new IngestRun(ingestor, options.extractor(), store, out, err);
    // a container's documents are not known before it is read: count them as they come
    boolean containers = inputs.stream().anyMatch(IngestRun::isContainer);
    if (!containers && inputs.size() <= PROGRESS_FROM) {
      return run.run(inputs, () -> {});
    }
    try (Progress progress = Progress.of("ingest", containers ? Progress.UNKNOWN : inputs.size(), err)) {
      return run.run(inputs, progress::step);
    }
  }

  /** How many skipped names the summary line lists before it counts the rest. */
  static final int SKIPPED_NAMED = 5;

  /** One line for the files a directory walk left out: {@code skipped 1 file: README.md (…)}. */
  static String skippedLine(List<String> skipped) {
    String names = String.join(", ", skipped.subList(0, Math.min(SKIPPED_NAMED, skipped.size())));
    if (skipped.size() > SKIPPED_NAMED) {
      names += " and " + (skipped.size() - SKIPPED_NAMED) + " more";
    }
    return "skipped " + skipped.size() + (skipped.size() == 1 ? " file: " : " files: ") + names
        + " (not a report: use --all)";
  }
}
