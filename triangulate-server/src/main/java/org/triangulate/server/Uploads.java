package org.triangulate.server;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.corenlp.CoreNlpAnalyzer;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.LengthLimitedExtractor;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.pipeline.Extracted;
import org.triangulate.pipeline.Failure;
import org.triangulate.pipeline.IngestBatch;
import org.triangulate.pipeline.IngestPipeline;
import org.triangulate.pipeline.Outcome;

/**
 * Uploaded files into the store through the {@link IngestPipeline}: each read with the {@link
 * Ingestor}, extracted, and saved in a transaction of its own; a failure is reported naming the
 * file and the others go on. The extractor is built on the first upload (CoreNLP takes seconds to
 * load) and shared after that.
 * Thread-safe.
 */
final class Uploads {
  private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);

  /** What happened to one file; {@code id} is the document's, null when it failed. */
  record Result(String file, String status, @Nullable String id, @Nullable String message) {}

  private final Store store;
  private final Supplier<Extractor> extractorFactory;
  private final Clock clock;
  private final long maxBytes;
  private volatile @Nullable IngestPipeline pipeline;

  Uploads(Store store, Supplier<Extractor> extractorFactory, Clock clock, long maxBytes) {
    this.store = store;
    this.extractorFactory = extractorFactory;
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  /**
   * The CLI's extractor: rules over CoreNLP with the bundled knowledge base, and its default
   * length limit (a longer upload is stored, not extracted, and the result says so).
   */
  static Extractor bundledExtractor() {
    return new LengthLimitedExtractor(
        new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled"),
        LengthLimitedExtractor.DEFAULT_MAX_CHARS, "");
  }

  /**
   * Reads, extracts and saves each file through the {@link IngestPipeline}, resolving around
   * each document as it is saved; one result a file, in order.
   */
  List<Result> ingest(List<UploadedFile> files) {
    Ingestor ingestor = new Ingestor(new IngestOptions(LocalDate.now(clock), clock, maxBytes));
    List<Result> out = new ArrayList<>();
    IngestPipeline pipeline;
    try {
      pipeline = pipeline();
    } catch (RuntimeException e) { // the extractor could not be built: every file fails, naming it
      LOG.error("cannot build the extractor", e);
      return files.stream().map(f -> fileName(f.filename()))
          .map(name -> failed(name, name + ": internal error: " + e.getClass().getSimpleName())).toList();
    }
    // one thread: concurrent uploads already share the cores, each extraction holds heap
    try (IngestBatch batch = pipeline.batch(false, new IngestPipeline.Listener() {
      @Override
      public void saved(Outcome outcome) {
        out.add(result(outcome));
      }
    })) {
      for (UploadedFile f : files) {
        String name = fileName(f.filename());
        if (f.size() > maxBytes) {
          batch.add(Extracted.failed(name, Failure.of(name, "larger than the limit of " + maxBytes + " bytes: " + f.size())));
          continue;
        }
        byte[] bytes;
        try (InputStream in = f.content()) {
          bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
          batch.add(Extracted.failed(name, Failure.of(name, "cannot read the upload: " + e.getMessage())));
          continue;
        }
        batch.add(new Entry(name, () -> ingestor.read(name, bytes, name)));
      }
      batch.finish();
    }
    return out;
  }

  private static Result result(Outcome o) {
    Failure failure = o.failure();
    if (failure != null) {
      if (failure.defect() != null) {
        // a defect met on one file must not cost the others; its details go to the log only
        LOG.error("{}: internal error", o.name(), failure.defect());
        return failed(o.name(), o.name() + ": internal error: " + failure.defect().getClass().getSimpleName());
      }
      return failed(o.name(), failure.message());
    }
    String note = o.notExtracted() == null ? null : "stored without extraction: " + o.notExtracted();
    if (o.copyOf() != null) {
      note = (note == null ? "" : note + "; ") + "near-copy of " + o.copyOf();
    }
    String status = o.status() == Outcome.Status.KNOWN ? Outcome.Status.UNCHANGED.name() : o.status().name();
    return new Result(o.name(), status, o.id() == null ? null : o.id().value(), note);
  }

  private IngestPipeline pipeline() {
    IngestPipeline p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) {
          p = new IngestPipeline(store, extractorFactory.get(), 1);
          pipeline = p;
        }
      }
    }
    return p;
  }

  private static Result failed(String name, String message) {
    return new Result(name, "FAILED", null,
        message.startsWith(name) ? message : name + ": " + message);
  }

  /** The last path segment of a client's file name, without control characters, or "upload". */
  static String fileName(@Nullable String given) {
    if (given == null) {
      return "upload";
    }
    String s = given.replaceAll("\\p{Cntrl}", "");
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1).strip();
    if (s.length() > 200) {
      s = s.substring(0, 200);
    }
    return s.isEmpty() ? "upload" : s;
  }
}
