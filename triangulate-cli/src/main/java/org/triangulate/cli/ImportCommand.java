package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.coded.CodedDocuments;
import org.triangulate.ingest.coded.CodedRow;
import org.triangulate.ingest.coded.CodedRows;
import org.triangulate.ingest.coded.CodedSheets;
import org.triangulate.ingest.coded.CodedRows.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code triangulate import --acled FILE --gtd FILE}: coded event datasets as evidence. Each
 * row of a modelled type is a document stating it and the dataset's claims about the event; it
 * joins the event group of news reports about the same event like any report.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import coded events as evidence: ACLED or GTD rows in those datasets' own columns, CSV or .xlsx.")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--acled", paramLabel = "FILE", description = "An ACLED export (CSV, or an .xlsx workbook's first sheet, with ACLED's column names).")
  List<String> acled = new ArrayList<>();

  @Option(names = "--gtd", paramLabel = "FILE", description = "Global Terrorism Database rows (CSV, or an .xlsx workbook's first sheet, with GTD's column names).")
  List<String> gtd = new ArrayList<>();

  @Override
  public Integer call() {
    if (acled.isEmpty() && gtd.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--acled FILE' or '--gtd FILE'");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = main.store.open()) {
      Map<String, Integer> skipped = new TreeMap<>();
      Batch batch = new Batch(store, out, true);
      acled.forEach(file -> read(Dataset.ACLED, file, batch, skipped));
      gtd.forEach(file -> read(Dataset.GTD, file, batch, skipped));
      Batch.Summary summary = batch.finish();
      if (!skipped.isEmpty()) {
        out.println(skippedLine(skipped));
      }
      summary.failures().forEach(err::println);
      out.printf("%d imported, %d unchanged, %d failed%n", summary.ingested(), summary.unchanged(),
          summary.failures().size());
      out.flush();
      return summary.exitCode();
    }
  }

  private static void read(Dataset dataset, String file, Batch batch, Map<String, Integer> skipped) {
    batch.attempt(file, () -> {
      Consumer<CodedRow> save = row -> batch.attempt(row.name(), () -> {
        CodedDocuments.Coded coded =
            CodedDocuments.of(row.event(), row.name(), row.raw(), Clock.systemUTC().instant());
        batch.save(row.name(), coded.document(), coded.extraction());
      });
      java.nio.file.Path path = java.nio.file.Path.of(file);
      if (CodedSheets.isWorkbook(file)) {
        if (!Files.isRegularFile(path)) {
          throw IngestException.of(file, "cannot read: no such file");
        }
        CodedSheets.forEach(dataset, file, path, save)
            .forEach((type, n) -> skipped.merge(dataset + " " + type, n, Integer::sum));
        return;
      }
      try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        CodedRows.forEach(dataset, file, in, save)
            .forEach((type, n) -> skipped.merge(dataset + " " + type, n, Integer::sum));
      } catch (NoSuchFileException e) {
        throw IngestException.of(file, "cannot read: no such file");
      } catch (IOException e) {
        throw IngestException.of(file, "cannot read: " + e.getMessage());
      }
    });
  }

  /** {@code skipped 4 rows of types Triangulate does not model: ACLED Peaceful protest (3), …}. */
  static String skippedLine(Map<String, Integer> skipped) {
    int rows = skipped.values().stream().mapToInt(Integer::intValue).sum();
    return "skipped " + rows + (rows == 1 ? " row" : " rows") + " of types Triangulate does not model: "
        + skipped.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", "));
  }
}
