package org.triangulate.spark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.corenlp.CoreNlpAnalyzer;
import org.triangulate.extract.LengthLimitedExtractor;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.pipeline.IngestPipeline;

/**
 * The job's {@code mapPartitions} function: each file of a partition read and extracted by the
 * {@link IngestPipeline}, each of its documents one JSON line. The pipeline is built once per
 * executor JVM and shared by its task threads, as CoreNLP's pipelines are (about 30 s to load);
 * the readers are one per task, since they are not documented as thread-safe.
 *
 * <p>The extractor is the command line's default: the bundled knowledge base and the default
 * length limit, so that the records are what {@code ingest} would store.
 */
final class ExecutorPipeline implements FlatMapFunction<Iterator<String>, String> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipeline.class);
  /** Inputs larger than this are refused, as by the command line. */
  static final long MAX_BYTES = 64L << 20;
  private static final ConcurrentMap<String, IngestPipeline> PER_JVM = new ConcurrentHashMap<>();

  private final String asOf;
  private final int taskSlots;

  /**
   * @param asOf the reference date for undated documents, ISO
   * @param taskSlots how many tasks an executor runs at once
   */
  ExecutorPipeline(LocalDate asOf, int taskSlots) {
    this.asOf = asOf.toString();
    this.taskSlots = taskSlots;
  }

  /** The JVM's pipeline, built on first use. */
  static IngestPipeline shared(int taskSlots) {
    return PER_JVM.computeIfAbsent("bundled", k -> IngestPipeline.extracting(new LengthLimitedExtractor(
        new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled"),
        LengthLimitedExtractor.DEFAULT_MAX_CHARS, "--max-extract-chars overrides"), taskSlots));
  }

  @Override
  public Iterator<String> call(Iterator<String> files) {
    IngestPipeline pipeline = shared(taskSlots);
    Ingestor ingestor = new Ingestor(new IngestOptions(LocalDate.parse(asOf), Clock.systemUTC(), MAX_BYTES));
    IngestPipeline.Listener log = new IngestPipeline.Listener() {
      @Override
      public void note(String line) {
        LOG.info(line);
      }
    };
    return new Iterator<>() {
      private final List<String> ready = new ArrayList<>();
      private int next;

      @Override
      public boolean hasNext() {
        while (next == ready.size() && files.hasNext()) {
          ready.clear();
          next = 0;
          // a JSON-lines or WARC file holds many documents: one line each, in order
          ingestor.forEach(Input.of(files.next()),
              entry -> ready.add(ExtractedJson.write(pipeline.extract(entry, log))));
        }
        return next < ready.size();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return ready.get(next++);
      }
    };
  }
}
