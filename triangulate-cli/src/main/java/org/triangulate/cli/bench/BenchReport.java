package org.triangulate.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one benchmark run, printed by {@link ReportTable} and written as JSON by
 * {@link #json()}.
 *
 * @param machine where it ran
 * @param workload what it ran on
 * @param triangulateLoadSeconds loading Triangulate's models, lexicons and knowledge base
 * @param defaultsLoadSeconds loading the models of CoreNLP's defaults that were not loaded yet
 * @param extraction every timed extraction pass, every round, for each thread count
 * @param triangulateProfile Triangulate's CoreNLP configuration, annotator by annotator
 * @param defaults CoreNLP's default pipeline, annotator by annotator
 * @param runSeconds the whole run, reading the inputs included
 */
public record BenchReport(
    Machine machine,
    Workload workload,
    double triangulateLoadSeconds,
    double defaultsLoadSeconds,
    List<ExtractionPass> extraction,
    AnnotatorCosts triangulateProfile,
    AnnotatorCosts defaults,
    double runSeconds) {

  /**
   * The machine and JVM, and how busy the machine was: other processes slow the wall-clock
   * figures down, not the CPU-time ones.
   *
   * @param cores {@link Runtime#availableProcessors()}
   * @param jvm the JVM's name, vendor and version
   * @param maxHeapBytes {@link Runtime#maxMemory()}
   * @param loadBefore the system's one-minute load average when the run began, or -1 if unknown
   * @param loadAfter the same when it ended
   */
  public record Machine(int cores, String jvm, long maxHeapBytes, double loadBefore, double loadAfter) {
    /** This JVM, with {@code loadBefore} as measured by {@link #load()} at the start. */
    public static Machine current(double loadBefore) {
      String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
          + " (" + System.getProperty("java.vm.vendor") + ")";
      return new Machine(Runtime.getRuntime().availableProcessors(), jvm, Runtime.getRuntime().maxMemory(),
          loadBefore, load());
    }

    /** The system's one-minute load average now, or -1 if unknown. */
    public static double load() {
      return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
  }

  /**
   * The documents.
   *
   * @param inputs the paths they were read from, as the report names them
   * @param distinct different input documents
   * @param documents documents in the set, repetitions included
   * @param tokens tokens in the set
   * @param warmUpDocuments documents each configuration ran on, untimed, before its timed pass
   * @param rounds timed rounds of each extraction pass
   */
  public record Workload(
      List<String> inputs, int distinct, int documents, long tokens, int warmUpDocuments, int rounds) {
    public Workload {
      inputs = List.copyOf(inputs);
    }
  }

  public BenchReport {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(workload, "workload");
    extraction = List.copyOf(extraction);
    Objects.requireNonNull(triangulateProfile, "triangulateProfile");
    Objects.requireNonNull(defaults, "defaults");
  }

  /** The thread counts the extraction ran with, in increasing order. */
  public List<Integer> threadCounts() {
    return extraction.stream().map(x -> x.pass().threads()).distinct().sorted().toList();
  }

  /** The round with the median tokens/s among those on {@code threads} threads (lower middle if even). */
  public ExtractionPass extraction(int threads) {
    List<ExtractionPass> rounds = extraction.stream().filter(x -> x.pass().threads() == threads)
        .sorted(Comparator.comparingDouble(x -> x.pass().tokensPerSecond())).toList();
    if (rounds.isEmpty()) {
      throw new BenchException("no extraction pass ran on this many threads: threads=" + threads);
    }
    return rounds.get((rounds.size() - 1) / 2);
  }

  /** Triangulate's tokens/s per core on one thread over CoreNLP defaults'. */
  public double ratio() {
    return extraction(1).pass().tokensPerSecondPerCore() / defaults.pass().tokensPerSecondPerCore();
  }

  /** The same ratio in tokens per CPU-second. */
  public double cpuRatio() {
    return extraction(1).pass().tokensPerCpuSecond() / defaults.pass().tokensPerCpuSecond();
  }

  /** Tokens/s on the most threads over tokens/s on one. */
  public double speedUp() {
    double most = extraction(threadCounts().getLast()).pass().tokensPerSecond();
    return most / extraction(1).pass().tokensPerSecond();
  }

  /** The report as indented JSON; times in seconds, memory in bytes. */
  public String json() {
    Map<String, Object> root = ordered(
        "machine", ordered("cores", machine.cores(), "jvm", machine.jvm(),
            "maxHeapBytes", machine.maxHeapBytes(),
            "loadAverageBefore", machine.loadBefore(), "loadAverageAfter", machine.loadAfter()),
        "set", ordered("inputs", workload.inputs(), "distinctDocuments", workload.distinct(),
            "documents", workload.documents(), "tokens", workload.tokens(),
            "warmUpDocuments", workload.warmUpDocuments(), "rounds", workload.rounds()),
        "loadSeconds", ordered("triangulate", triangulateLoadSeconds,
            "corenlpDefaultsAdditional", defaultsLoadSeconds),
        "throughput", ordered("triangulateOneThread", pass(extraction(1).pass()),
            "corenlpDefaultsOneThread", pass(defaults.pass()),
            "ratioPerCore", ratio(), "ratioPerCpuSecond", cpuRatio()),
        "extractionRounds", extraction.stream().map(BenchReport::extractionPass).toList(),
        "speedUp", ordered("fromThreads", 1, "toThreads", threadCounts().getLast(), "ratio", speedUp()),
        "triangulateSplit", split(extraction(1)),
        "annotators", ordered("triangulateConfiguration", costs(triangulateProfile),
            "corenlpDefaults", costs(defaults)),
        "runSeconds", runSeconds);
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new BenchException("cannot write the report as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Map<String, Object> pass(Pass p) {
    return ordered("what", p.what(), "documents", p.documents(), "tokens", p.tokens(), "threads", p.threads(),
        "seconds", p.seconds(), "cpuSeconds", p.cpuSeconds(), "tokensPerSecond", p.tokensPerSecond(),
        "tokensPerSecondPerCore", p.tokensPerSecondPerCore(), "tokensPerCpuSecond", p.tokensPerCpuSecond(), "onCpu", p.onCpu(),
        "peakHeapBytes", p.peakHeapBytes());
  }

  private static Map<String, Object> extractionPass(ExtractionPass x) {
    Map<String, Object> m = pass(x.pass());
    m.putAll(ordered("entities", x.found().entities(), "events", x.found().events(),
        "claims", x.found().claims()));
    return m;
  }

  private static Map<String, Object> split(ExtractionPass x) {
    return ordered("from", "the one-thread extraction pass (median round)",
        "extractSeconds", x.extractNanos() / 1e9, "analysisSeconds", x.analysis().nanos() / 1e9,
        "rulesSeconds", x.rulesNanos() / 1e9, "sentences", x.analysis().sentences(),
        "parsedSentences", x.analysis().parsed());
  }

  private static Map<String, Object> costs(AnnotatorCosts c) {
    List<Object> annotators = new ArrayList<>();
    for (AnnotatorCosts.Cost cost : c.costs()) {
      annotators.add(ordered("annotator", cost.annotator(), "seconds", cost.seconds(),
          "share", c.share(cost)));
    }
    return ordered("pass", pass(c.pass()), "sentences", c.sentences(), "parsedSentences", c.parsedSentences(),
        "annotators", annotators);
  }

  /** A map that keeps its keys in the order given: alternate keys and values. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
