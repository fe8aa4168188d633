package org.triangulate.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.corenlp.CoreNlpAnalyzer;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code triangulate bench PATH…}: times the extraction stage alone (no store), after a warm-up
 * round, and prints model load time, documents, tokens, seconds, tokens per second on one
 * thread, and the peak heap. A benchmark, never a test: figures depend on the machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time extraction on the given files (no store): load time, tokens/s, peak heap.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ExtractOptions options = new ExtractOptions();

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds after one warm-up round (default ${DEFAULT-VALUE}).")
  int rounds;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to extract.")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Ingestor ingestor = options.ingestor();
    List<Document> docs = new ArrayList<>();
    for (Input input : ingestor.inputs(paths)) {
      docs.add(ingestor.read(input));
    }
    long t0 = System.nanoTime();
    Extractor extractor = options.extractor();
    CoreNlpAnalyzer.warmUp();
    double load = seconds(t0);
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
    long tokens = docs.stream().mapToLong(d -> analyzer.analyze(d.text(), d.meta().published()).tokens().size()).sum();
    docs.forEach(extractor::extract);
    long t1 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      docs.forEach(extractor::extract);
    }
    double secs = seconds(t1);
    out.printf("models loaded in %.1f s%n", load);
    out.printf("%d documents, %d tokens, %d rounds: %.2f s, %.0f ms per document, %.0f tokens/s on one thread%n",
        docs.size(), tokens, rounds, secs, 1000 * secs / (rounds * docs.size()), rounds * tokens / secs);
    out.printf("peak heap %.0f MB%n", peakHeapBytes() / 1e6);
    out.flush();
    return Main.OK;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
