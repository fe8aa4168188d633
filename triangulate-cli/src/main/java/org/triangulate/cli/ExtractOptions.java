package org.triangulate.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.corenlp.CoreNlpAnalyzer;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.LengthLimitedExtractor;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.web.FetchSettings;
import org.triangulate.ingest.web.PageFetcher;
import picocli.CommandLine.Option;

/** Options of the commands that read and extract documents. */
final class ExtractOptions {
  /** Inputs larger than this are refused with a clear message. */
  static final long MAX_BYTES = 64L << 20;

  /** Documents with more text than this are stored but not extracted, unless the option says otherwise. */
  static final long MAX_EXTRACT_CHARS = LengthLimitedExtractor.DEFAULT_MAX_CHARS;

  @Option(names = "--max-extract-chars", paramLabel = "N", defaultValue = "" + MAX_EXTRACT_CHARS,
      description = "Store longer documents without extracting them, marked \"too long to extract\""
          + " (default ${DEFAULT-VALUE} characters; 0 for no limit).")
  long maxExtractChars = MAX_EXTRACT_CHARS;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Reference date (YYYY-MM-DD) for inferring undated documents' dates; default today.")
  @Nullable LocalDate asOf;

  @Option(names = "--kb", paramLabel = "FILE",
      description = "A knowledge-base file of your own that overrides or extends the bundled armed groups.")
  List<Path> kbFiles = new ArrayList<>();

  Ingestor ingestor() {
    Clock clock = Clock.systemUTC();
    LocalDate reference = asOf != null ? asOf : LocalDate.now(clock);
    FetchSettings fetch = FetchSettings.defaults(RuleExtractor.VERSION, MAX_BYTES);
    return new Ingestor(new IngestOptions(reference, clock, MAX_BYTES), System.in, new PageFetcher(fetch));
  }

  Extractor extractor() {
    KnowledgeBase kb = kbFiles.isEmpty() ? KnowledgeBase.bundled() : KnowledgeBase.load(kbFiles);
    String kbDescription = kbFiles.isEmpty() ? "bundled" : "bundled+" + kbFiles;
    if (maxExtractChars < 0) {
      throw new IllegalArgumentException(
          "--max-extract-chars must be 0 (no limit) or more: " + maxExtractChars);
    }
    return new LengthLimitedExtractor(new RuleExtractor(new CoreNlpAnalyzer(), kb, kbDescription),
        maxExtractChars, "--max-extract-chars overrides");
  }
}
