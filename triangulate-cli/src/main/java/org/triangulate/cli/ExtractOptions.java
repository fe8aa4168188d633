package org.triangulate.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.corenlp.CoreNlpAnalyzer;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import picocli.CommandLine.Option;

/** Options of the commands that read and extract documents. */
final class ExtractOptions {
  /** Inputs larger than this are refused with a clear message. */
  static final long MAX_BYTES = 64L << 20;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Reference date (YYYY-MM-DD) for inferring undated documents' dates; default today.")
  @Nullable LocalDate asOf;

  @Option(names = "--kb", paramLabel = "FILE",
      description = "A knowledge-base file of your own that overrides or extends the bundled armed groups.")
  List<Path> kbFiles = new ArrayList<>();

  Ingestor ingestor() {
    Clock clock = Clock.systemUTC();
    LocalDate reference = asOf != null ? asOf : LocalDate.now(clock);
    return new Ingestor(new IngestOptions(reference, clock, MAX_BYTES));
  }

  Extractor extractor() {
    KnowledgeBase kb = kbFiles.isEmpty() ? KnowledgeBase.bundled() : KnowledgeBase.load(kbFiles);
    String kbDescription = kbFiles.isEmpty() ? "bundled" : "bundled+" + kbFiles;
    return new RuleExtractor(new CoreNlpAnalyzer(), kb, kbDescription);
  }
}
