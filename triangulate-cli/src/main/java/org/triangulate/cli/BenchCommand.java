package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.triangulate.cli.bench.AnnotatorCosts;
import org.triangulate.cli.bench.BenchException;
import org.triangulate.cli.bench.BenchReport;
import org.triangulate.cli.bench.BenchSet;
import org.triangulate.cli.bench.CoreNlpPasses;
import org.triangulate.cli.bench.ExtractionPass;
import org.triangulate.cli.bench.LongDocuments;
import org.triangulate.cli.bench.ReportTable;
import org.triangulate.cli.bench.TimedAnalyzer;
import org.triangulate.corenlp.CoreNlpAnalyzer;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.model.Component;
import org.triangulate.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate bench [PATH…]}: the throughput benchmark of the extraction stage (no store,
 * no cache). Reads the inputs once (the installation's samples by default), repeats them until
 * they hold {@code --tokens} tokens, and on that set measures, each after an untimed warm-up:
 * Triangulate's whole extraction on one thread and then on more; CoreNLP's default pipeline on a
 * prefix of the set, for comparison; and where each spends its time, annotator by annotator.
 * Prints a table, and with {@code --json} writes the same figures as JSON.
 *
 * <p>A benchmark, never a test: figures depend on the machine, which the output names.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure extraction throughput (tokens/s per core) against CoreNLP's defaults, "
        + "thread scaling and per-annotator cost.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--tokens", paramLabel = "N", defaultValue = "200000",
      description = "Repeat the inputs until the set holds at least N tokens (default ${DEFAULT-VALUE}).")
  long tokens;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
      description = "Timed rounds of each extraction pass; the median is reported (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Compare extraction on one thread with extraction on N (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--defaults-tokens", paramLabel = "N", defaultValue = "20000",
      description = "Run CoreNLP's defaults (several times slower) on the set's first N tokens (default ${DEFAULT-VALUE}).")
  long defaultsTokens;

  @Option(names = "--profile-tokens", paramLabel = "N", defaultValue = "200000",
      description = "Time Triangulate's CoreNLP configuration annotator by annotator on the set's first N tokens"
          + " (default ${DEFAULT-VALUE}).")
  long profileTokens;

  @Option(names = "--warm-up", paramLabel = "N", defaultValue = "5",
      description = "Documents each configuration runs on, untimed, before it is timed (default ${DEFAULT-VALUE}).")
  int warmUp;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON here.")
  @Nullable Path json;

  @Option(names = "--long", paramLabel = "MB", split = ",",
      description = "Instead: extract one long document of each size (in MB, e.g. 0.1,1,10) made of the inputs,"
          + " with no length limit, and print seconds and peak memory for each.")
  List<Double> longSizes = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files or directories to read (default: the installation's samples/).")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    validate();
    if (!longSizes.isEmpty()) {
      return longDocuments();
    }
    long start = System.nanoTime();
    double loadBefore = BenchReport.Machine.load();
    List<String> inputs = paths.isEmpty() ? samples() : paths;
    CoreNlpPasses corenlp = new CoreNlpPasses();
    BenchSet set = BenchSet.cycle(read(inputs), corenlp::tokens, tokens);
    BenchSet warm = set.head(warmUp);
    progress("%,d documents, %,d tokens; loading Triangulate's models", set.size(), set.totalTokens());

    long loadStart = System.nanoTime();
    CoreNlpAnalyzer.warmUp(CoreNlpAnalyzer.Profile.TRIANGULATE);
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(CoreNlpAnalyzer.Profile.TRIANGULATE);
    TimedAnalyzer timed = new TimedAnalyzer(analyzer);
    Extractor extractor = new RuleExtractor(timed, KnowledgeBase.bundled(), "bundled");
    double load = seconds(loadStart);
    warm.documents().forEach(extractor::extract);
    List<ExtractionPass> extraction = new ArrayList<>();
    for (int n : new int[] {1, threads}) {
      for (int r = 1; r <= rounds; r++) {
        progress("extraction on %d thread%s, round %d of %d", n, n == 1 ? "" : "s", r, rounds);
        extraction.add(ExtractionPass.run("Triangulate extraction", extractor, timed, set, n));
      }
    }
    progress("Triangulate's CoreNLP configuration, annotator by annotator");
    AnnotatorCosts profile = corenlp.runTriangulateProfile(set.prefix(profileTokens), baseSettings(analyzer),
        timed::parsedSentences);

    progress("loading CoreNLP's defaults");
    double defaultsLoad = corenlp.loadDefaults();
    corenlp.warmUpDefaults(warm);
    progress("CoreNLP's defaults on the first %,d tokens", set.prefix(defaultsTokens).totalTokens());
    AnnotatorCosts defaults = corenlp.runDefaults(set.prefix(defaultsTokens));

    List<String> named = paths.isEmpty() ? List.of("the installation's samples/ without README.md") : paths;
    BenchReport report = new BenchReport(BenchReport.Machine.current(loadBefore),
        new BenchReport.Workload(named, set.distinct(), set.size(), set.totalTokens(), warm.size(), rounds),
        load, defaultsLoad, extraction, profile, defaults, seconds(start));
    print(report);
    return Main.OK;
  }

  private int longDocuments() throws IOException {
    List<Document> seeds = read(paths.isEmpty() ? samples() : paths);
    progress("loading Triangulate's models; then %s MB documents, smallest first", longSizes);
    Extractor extractor = new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled");
    LongDocuments.run(extractor, seeds, longSizes, spec.commandLine().getOut(),
        spec.commandLine().getErr());
    return Main.OK;
  }

  private void validate() {
    if (longSizes.stream().anyMatch(mb -> !(mb > 0 && mb <= 60))) {
      throw new IllegalArgumentException("--long sizes must be above 0 and at most 60 MB: " + longSizes);
    }
    if (tokens < 1 || rounds < 1 || threads < 2 || warmUp < 1 || defaultsTokens < 1 || profileTokens < 1) {
      throw new IllegalArgumentException("--tokens, --rounds, --warm-up, --defaults-tokens and --profile-tokens"
          + " must be at least 1 and --threads at least 2: tokens=" + tokens + ", rounds=" + rounds
          + ", warm-up=" + warmUp + ", defaults-tokens=" + defaultsTokens + ", profile-tokens=" + profileTokens
          + ", threads=" + threads);
    }
  }

  private void print(BenchReport report) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    out.print(ReportTable.of(report));
    out.flush();
    if (json != null) {
      Files.writeString(json, report.json());
    }
  }

  /** The installation's samples: every regular file in {@code samples/} but its README. */
  private static List<String> samples() throws IOException {
    String home = System.getProperty("triangulate.home");
    if (home == null) {
      throw new IllegalArgumentException(
          "give the files to benchmark: no PATH and no installation (triangulate.home) to take samples/ from");
    }
    try (Stream<Path> files = Files.list(Path.of(home, "samples"))) {
      return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
          .sorted().map(Path::toString).toList();
    }
  }

  /** The English documents among {@code inputs}; the others cannot be extracted and are left out, said so. */
  private List<Document> read(List<String> inputs) {
    Ingestor ingestor = new Ingestor(IngestOptions.defaults(Clock.systemUTC()));
    List<Document> documents = new ArrayList<>();
    for (Input input : ingestor.inputs(inputs)) {
      // a JSON-lines or WARC file benchmarks every document it holds
      ingestor.forEach(input, entry -> {
        Document d = entry.document();
        if (d.isEnglish()) {
          documents.add(d);
        } else {
          progress("%s: left out, language '%s' is not English", entry.name(), d.language());
        }
      });
    }
    if (documents.isEmpty()) {
      throw new BenchException("no English document to benchmark in " + inputs);
    }
    return documents;
  }

  private static Map<String, String> baseSettings(CoreNlpAnalyzer analyzer) {
    return analyzer.components().stream().filter(c -> c.name().equals("stanford-corenlp")).findFirst()
        .map(Component::settings)
        .orElseThrow(() -> new BenchException(
            "the analyzer names no stanford-corenlp component: " + analyzer.components()));
  }

  private void progress(String format, Object... args) {
    spec.commandLine().getErr().println("bench: " + String.format(Locale.ROOT, format, args));
    spec.commandLine().getErr().flush();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
