package org.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
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
import org.triangulate.corenlp.CoreNlpAnalyzer;
import org.triangulate.eval.GoldSet;
import org.triangulate.eval.Report;
import org.triangulate.eval.Scorer;
import org.triangulate.eval.annotated.Tally;
import org.triangulate.eval.coded.CodedReport;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate eval --gold DIR}: ingests the gold documents into a fresh temporary store,
 * exports it, and scores the export against the gold annotations (gold/README.md): precision,
 * recall and F1 per field and per type, as a table and, with {@code --json}, as JSON.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score extraction against a gold set: precision, recall and F1 per field and type.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ExtractOptions options = new ExtractOptions();

  @Option(names = "--gold", paramLabel = "DIR", description = "The gold set folder (documents, NAME.gold.json, SHA256SUMS).")
  @Nullable Path gold;

  @Option(names = "--coded", paramLabel = "DIR",
      description = "Score instead on a folder of real reports coded by their source (ISAF and Wikipedia JSON lines), field by field.")
  @Nullable Path coded;

  @Option(names = "--split", paramLabel = "SIDE", defaultValue = "dev",
      description = "With --coded: dev, test or all (test: sha256(id) mod 5 == 0; default ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "With --coded: at most N records of each source (0: all).")
  int limit;

  @Option(names = "--annotations", paramLabel = "DIR",
      description = "With --coded: score the records annotated here (gold/real) against their annotations instead of their coding.")
  @Nullable Path annotations;

  @Option(names = "--dump", paramLabel = "FILE", description = "With --coded: write each record's outcome as a JSON line here.")
  @Nullable Path dump;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON here.")
  @Nullable Path json;

  @Option(names = "--profile", paramLabel = "P", defaultValue = "TRIANGULATE",
      description = "CoreNLP profile: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  CoreNlpAnalyzer.Profile profile;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if ((gold == null) == (coded == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "eval needs one of --gold DIR or --coded DIR");
    }
    if (coded != null && annotations != null) {
      List<String> lines = new java.util.ArrayList<>();
      Tally tally = AnnotatedEval.evaluate(annotations, coded, split, options, out, lines);
      if (dump != null) {
        Files.write(dump, lines);
      }
      out.print(tally.table());
      if (json != null) {
        Files.writeString(json, tally.json());
      }
      out.flush();
      return Main.OK;
    }
    if (coded != null) {
      CodedReport report = CodedEval.evaluate(coded, split, limit, options, out);
      out.print(report.table());
      if (json != null) {
        Files.writeString(json, report.json());
      }
      if (dump != null) {
        Files.write(dump, report.dump());
      }
      out.flush();
      return Main.OK;
    }
    Report report = evaluate(gold, options, profile, out);
    out.print(report.table());
    if (json != null) {
      Files.writeString(json, report.json());
    }
    out.flush();
    return Main.OK;
  }

  /** Extracts the gold documents with {@code profile} through a temporary store and scores them. */
  static Report evaluate(Path gold, ExtractOptions options, CoreNlpAnalyzer.Profile profile, PrintWriter out)
      throws IOException {
    GoldSet goldSet = GoldSet.load(gold);
    Path data = Files.createTempDirectory("triangulate-eval");
    try {
      byte[] export;
      try (Store store = Store.open(new StoreLocation.Embedded(data))) {
        Ingestor ingestor = options.ingestor();
        RuleExtractor extractor = new RuleExtractor(new CoreNlpAnalyzer(profile), KnowledgeBase.bundled(), "bundled");
        Batch.Summary summary = new IngestRun(ingestor, extractor, store, out).run(ingestor.inputs(documents(gold)), () -> {});
        summary.failures().forEach(out::println);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.export(bytes);
        export = bytes.toByteArray();
      }
      JsonNode tree = new ObjectMapper().readTree(export);
      return Scorer.score(goldSet, tree);
    } finally {
      deleteTree(data);
    }
  }

  /** The gold folder's documents: every file but the annotations, checksums and README. */
  static List<String> documents(Path gold) throws IOException {
    try (Stream<Path> files = Files.list(gold)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString();
            return !n.endsWith(".gold.json") && !n.equals("SHA256SUMS") && !n.equalsIgnoreCase("README.md");
          })
          .map(Path::toString).sorted().toList();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the temporary store " + dir, e);
    }
  }
}
