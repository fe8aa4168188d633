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
import org.triangulate.extract.ExtractException;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.LengthLimitedExtractor;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.TriangulateException;

/**
 * Uploaded files into the store: each read with the {@link Ingestor}, extracted, and saved in a
 * transaction of its own; a failure is reported naming the file and the others go on. The
 * extractor is built on the first upload (CoreNLP takes seconds to load) and shared after that.
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
  private volatile @Nullable Extractor extractor;

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

  List<Result> ingest(List<UploadedFile> files) {
    Ingestor ingestor = new Ingestor(new IngestOptions(LocalDate.now(clock), clock, maxBytes));
    List<Result> out = new ArrayList<>();
    for (UploadedFile f : files) {
      out.add(one(ingestor, f));
    }
    return out;
  }

  private Result one(Ingestor ingestor, UploadedFile f) {
    String name = fileName(f.filename());
    try {
      if (f.size() > maxBytes) {
        return failed(name, "larger than the limit of " + maxBytes + " bytes: " + f.size());
      }
      byte[] bytes;
      try (InputStream in = f.content()) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      }
      Document doc = ingestor.read(name, bytes, name);
      String note = null;
      Extraction extraction = null;
      try {
        extraction = extractor().extract(doc);
      } catch (ExtractException e) {
        note = "stored without extraction: " + e.getMessage();
      }
      Store.SaveResult saved = store.save(doc, extraction);
      if (saved.copyOf() != null) {
        note = (note == null ? "" : note + "; ") + "near-copy of " + saved.copyOf();
      }
      return new Result(name, saved.status().name(), saved.id().value(), note);
    } catch (IOException e) {
      return failed(name, "cannot read the upload: " + e.getMessage());
    } catch (TriangulateException e) {
      String m = String.valueOf(e.getMessage());
      return failed(name, m.startsWith(name) ? m : name + ": " + m);
    } catch (RuntimeException e) {
      // a defect met on one file must not cost the others
      LOG.error("{}: internal error", name, e);
      return failed(name, name + ": internal error: " + e.getClass().getSimpleName());
    }
  }

  private Extractor extractor() {
    Extractor e = extractor;
    if (e == null) {
      synchronized (this) {
        e = extractor;
        if (e == null) {
          e = extractorFactory.get();
          extractor = e;
        }
      }
    }
    return e;
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
