package org.triangulate.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.article.Article;
import org.triangulate.ingest.article.ArticleCleaner;
import org.triangulate.ingest.article.Datelines;
import org.triangulate.ingest.article.Layout;
import org.triangulate.ingest.dates.PublishedDateInference;
import org.triangulate.ingest.decode.Decoded;
import org.triangulate.ingest.decode.TextDecoder;
import org.triangulate.ingest.feed.FeedItem;
import org.triangulate.ingest.feed.FeedReader;
import org.triangulate.ingest.fingerprint.ContentId;
import org.triangulate.ingest.fingerprint.SimHash;
import org.triangulate.ingest.html.HtmlReader;
import org.triangulate.ingest.jsonl.JsonLinesReader;
import org.triangulate.ingest.lang.LanguageIdentifier;
import org.triangulate.ingest.pdf.PdfReader;
import org.triangulate.ingest.text.PlainTextReader;
import org.triangulate.ingest.warc.WarcFileReader;
import org.triangulate.ingest.web.FetchSettings;
import org.triangulate.ingest.web.Fetched;
import org.triangulate.ingest.web.PageFetcher;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.Metadata;
import org.triangulate.model.Section;

/**
 * Reads files, directories, standard input, web pages, JSON lines, feeds and WARC files into
 * {@link Document}s: decodes the bytes
 * ({@link TextDecoder}), reads plain text or HTML into an article, cleans it ({@link
 * ArticleCleaner}), lays it out as text with parts, finds the dateline, takes or infers the
 * publication date, names the language, and computes the content id and SimHash fingerprint.
 *
 * <p>Every failure is an {@link IngestException} whose one-line message names the input and the
 * reason ({@code seed.html: not UTF-8 at byte 1042}), so a batch can report it and go on.
 *
 * <p>Thread-safe: the options are immutable, the language model is shared, and standard input
 * is read at most once per instance (a second read of {@code "-"} is an error).
 */
public final class Ingestor {
  private final IngestOptions options;
  private final InputStream stdin;
  private final AtomicBoolean stdinRead = new AtomicBoolean();
  private final PublishedDateInference dates;
  private final PageFetcher fetcher;

  /** An ingestor whose standard input is {@link System#in}. */
  public Ingestor(IngestOptions options) {
    this(options, System.in);
  }

  /** An ingestor that reads {@code stdin} for the input {@code "-"}. */
  public Ingestor(IngestOptions options, InputStream stdin) {
    this(options, stdin, new PageFetcher(FetchSettings.defaults("unknown", options.maxBytes())));
  }

  /** An ingestor that reads {@code stdin} for {@code "-"} and fetches pages with {@code fetcher}. */
  public Ingestor(IngestOptions options, InputStream stdin, PageFetcher fetcher) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.dates = new PublishedDateInference(options.asOf());
  }

  /**
   * Expands command-line arguments: files as given, directories recursively (sorted by path,
   * regular files only, hidden files and directories skipped), {@code http(s)://} addresses as
   * pages, and {@code "-"} for standard input; a file's kind (JSON lines, WARC, one document)
   * comes from its name ({@link Input#of}). In directories only reports are taken ({@code .txt},
   * {@code .html}, {@code .htm}, {@code .xhtml}, {@code .pdf}, {@code .jsonl}, {@code .ndjson},
   * {@code .warc}, {@code .warc.gz}; never a README, LICENSE or the like); the rest are listed as
   * skipped. A missing or unreadable path is returned as an input too, so reading it reports it.
   *
   * @param all take every regular non-hidden file of a directory, whatever its kind
   */
  public Inputs inputs(List<String> args, boolean all) {
    return InputFiles.expand(args, all);
  }

  /** {@link #inputs(List, boolean)} without the skipped files' names: reports only. */
  public List<Input> inputs(List<String> args) {
    return inputs(args, false).accepted();
  }

  /**
   * Gives {@code action} each document {@code input} holds, in order: one for a file, standard
   * input or a page; one a line, item or record for JSON lines, a feed or a WARC file. Reading
   * happens in {@link Entry#document()}, so one bad document fails alone; an input that cannot
   * be opened at all is one entry that fails naming it.
   */
  public void forEach(Input input, Consumer<Entry> action) {
    switch (input.kind()) {
      case FILE, STDIN -> action.accept(new Entry(input.name(), () -> read(input)));
      case JSON_LINES -> stream(input, action, in ->
          JsonLinesReader.forEach(input.name(), in, options.maxBytes(), this::read, action));
      case URL -> action.accept(new Entry(input.name(), () -> fetch(input.name(), Envelope.NONE)));
      case FEED -> feed(input, action);
      case WARC -> stream(input, action, in ->
          WarcFileReader.forEach(input.name(), in, options.maxBytes(), this::read, action));
    }
  }

  /**
   * Fetches the page at {@code url} and reads it, the server's charset and media type in its
   * envelope; the chain of custody names the address as given, the metadata the address after
   * redirects (unless the page names its own).
   */
  private Document fetch(String url, Envelope envelope) {
    Fetched page = fetcher.fetch(url);
    return read(url, page.body(), url, envelope.delivered(page.url(), page.charset(), page.html()));
  }

  /**
   * The feed's items: content the feed carries is read as it is (the chain of custody names the
   * feed), the rest fetched from its link. Every item with a link carries it as its address, so
   * a caller can skip what it has.
   */
  private void feed(Input input, Consumer<Entry> action) {
    List<FeedItem> items;
    try {
      byte[] bytes = input.path() == null
          ? fetcher.fetch(input.name()).body()
          : InputFiles.read(input.name(), input.path(), options.maxBytes());
      items = FeedReader.items(input.name(), bytes);
    } catch (IngestException e) {
      action.accept(Entry.failed(input.name(), e));
      return;
    }
    for (FeedItem item : items) {
      String content = item.content();
      String link = item.link();
      if (content != null) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Envelope envelope = item.envelope().delivered(link, StandardCharsets.UTF_8, item.envelope().html());
        action.accept(new Entry(item.name(), link,
            () -> read(item.name(), bytes, input.name(), envelope)));
      } else if (link != null) {
        action.accept(new Entry(item.name(), link, () -> fetch(link, item.envelope())));
      } else {
        action.accept(Entry.failed(item.name(), IngestException.of(item.name(), "has neither content nor link")));
      }
    }
  }

  /** What a container reader does with the open stream. */
  private interface StreamReading {
    void read(InputStream in) throws IOException;
  }

  /** Opens a container file for {@code reading}; a failure to open or read is one failed entry. */
  private static void stream(Input input, Consumer<Entry> action, StreamReading reading) {
    try (InputStream in = new BufferedInputStream(InputFiles.open(input.name(), input.path()))) {
      reading.read(in);
    } catch (IngestException e) {
      action.accept(Entry.failed(input.name(), e));
    } catch (IOException e) {
      action.accept(Entry.failed(input.name(), InputFiles.cannotRead(input.name(), e)));
    }
  }

  /**
   * Reads, decodes and structures one input.
   *
   * @throws IngestException when it cannot be read, is too large, empty, binary, not in its
   *     charset, or holds no article text
   */
  public Document read(Input input) {
    if (input.kind() != Input.Kind.FILE && input.kind() != Input.Kind.STDIN) {
      throw new IllegalArgumentException("one document is read from a file or stdin only: " + input);
    }
    if (input.path() == null) {
      if (stdinRead.getAndSet(true)) {
        throw IngestException.of(input.name(), "standard input was already read");
      }
      try {
        byte[] bytes = InputFiles.limited(input.name(), stdin, options.maxBytes());
        return read(input.name(), bytes, null);
      } catch (IOException e) {
        throw new IngestException(input.name() + ": cannot read: " + e.getMessage(), e);
      }
    }
    byte[] bytes = InputFiles.read(input.name(), input.path(), options.maxBytes());
    return read(input.name(), bytes, input.path().toString());
  }

  /**
   * Like {@link #read(Input)} for bytes already in hand.
   *
   * @param name the input's name for messages
   * @param bytes the raw bytes
   * @param file the path they came from, for the chain of custody; null for standard input
   */
  public Document read(String name, byte[] bytes, @Nullable String file) {
    return read(name, bytes, file, Envelope.NONE);
  }

  /**
   * Like {@link #read(String, byte[], String)} for bytes a container or a server handed over
   * with something to say about them.
   *
   * @param file the path, address or place in a container they came from, for the chain of
   *     custody; null for standard input
   * @param envelope what the container says about them
   */
  public Document read(String name, byte[] bytes, @Nullable String file, Envelope envelope) {
    if (bytes.length > options.maxBytes()) {
      String size = Integer.toString(bytes.length);
      throw IngestException.of(name, InputFiles.tooLarge(size, options.maxBytes()));
    }
    if (PdfReader.isPdf(bytes)) {
      return readPdf(name, bytes, file, envelope);
    }
    boolean htmlByName =
        Boolean.TRUE.equals(envelope.html()) || TextDecoder.isHtmlName(file != null ? file : name);
    Decoded decoded = TextDecoder.decode(name, bytes, htmlByName, envelope.charset());
    Article article = ArticleCleaner.clean(enveloped(parse(name, decoded, envelope), envelope));
    Layout layout = Layout.of(article);
    if (layout.text().isEmpty()) {
      throw IngestException.of(name, "empty after removing page chrome");
    }
    Custody custody =
        new Custody(
            file, bytes, decoded.mediaType(), decoded.charset().name(), options.clock().instant());
    return document(article, layout, envelope, custody);
  }

  /** The media types of what these readers read: others (coded rows) are read by their own. */
  private static final Set<String> READ_HERE = Set.of("text/plain", "text/html", "application/pdf");

  /**
   * Reads a stored document's raw bytes again, as ingest read them (the same reader by their
   * media type, the same charset, address, source and given date, no date inferred after the
   * day they were stored), for re-extraction after the readers change. The result keeps the
   * stored id, which corrections and notes name, and the stored custody; a title the stored
   * document had and the bytes no longer give is kept. Bytes another reader made (coded rows)
   * are not read here: the stored document comes back as it is.
   *
   * @throws IngestException naming its file (else its id) when the bytes cannot be read now
   */
  public Document readAgain(Document stored) {
    Custody custody = stored.custody();
    if (!READ_HERE.contains(custody.mediaType())) {
      return stored;
    }
    Metadata meta = stored.meta();
    Envelope envelope = new Envelope(meta.url(), null, meta.source(),
        meta.publishedInferred() ? null : meta.published(),
        custody.ingestedAt().atZone(ZoneOffset.UTC).toLocalDate(), charset(custody.charset()),
        "text/html".equals(custody.mediaType()));
    String name = custody.file() != null ? custody.file() : stored.id().value();
    Document again = read(name, custody.raw(), custody.file(), envelope);
    Metadata read = again.meta();
    Metadata kept = read.title() != null ? read : new Metadata(meta.title(), read.url(),
        read.byline(), read.dateline(), read.source(), read.published(), read.publishedInferred());
    return new Document(stored.id(), again.text(), again.parts(), kept, again.language(),
        again.fingerprint(), custody);
  }

  /** The charset named, or null for a name that is none here ({@code binary}: a PDF's). */
  private static @Nullable Charset charset(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  /**
   * A PDF: its pages' paragraphs laid out with their page numbers, so that any span in the
   * document can say its page ({@link Document#findPage}); no page-chrome cleaning beyond the
   * running headers and footers the reader drops.
   */
  private Document readPdf(String name, byte[] bytes, @Nullable String file, Envelope envelope) {
    PdfReader.PdfText pdf = PdfReader.read(name, bytes);
    String title = envelope.title() != null ? envelope.title() : pdf.title();
    Layout layout = Layout.paged(title, pdf.pages());
    List<String> body = pdf.pages().stream().flatMap(List::stream).toList();
    Article article = new Article(title, envelope.url(), null, envelope.source(),
        envelope.published(), body, List.of(), List.of());
    // PDF is bytes, not text in a charset: the custody says so with the media type
    Custody custody = new Custody(file, bytes, "application/pdf", "binary", options.clock().instant());
    return document(article, layout, envelope, custody);
  }

  private Document document(Article article, Layout layout, Envelope envelope, Custody custody) {
    String articleText = layout.articleText();
    return new Document(
        ContentId.of(layout.text()),
        layout.text(),
        layout.parts(),
        metadata(article, layout, envelope),
        LanguageIdentifier.identify(articleText),
        SimHash.of(articleText),
        custody);
  }

  /** The envelope's title over the article's; the article's own word over the envelope's. */
  private static Article enveloped(Article a, Envelope e) {
    return new Article(
        e.title() != null ? e.title() : a.title(),
        a.url() != null ? a.url() : e.url(),
        a.byline(),
        a.source() != null ? a.source() : e.source(),
        a.published() != null ? a.published() : e.published(),
        a.body(),
        a.captions(),
        a.comments());
  }

  /** Date inference no later than the day the bytes were captured, when the envelope says. */
  private PublishedDateInference dates(Envelope envelope) {
    LocalDate captured = envelope.capturedOn();
    return captured != null && captured.isBefore(options.asOf())
        ? new PublishedDateInference(captured)
        : dates;
  }

  private static Article parse(String name, Decoded decoded, Envelope envelope) {
    try {
      // a title the envelope gives is the title: no first line is taken for one
      return decoded.html()
          ? HtmlReader.read(decoded.text())
          : PlainTextReader.read(decoded.text(), envelope.title() == null);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      // jsoup is lenient, but its rare refusals must still name the input
      String kind = decoded.html() ? "HTML" : "text";
      throw new IngestException(name + ": cannot parse " + kind + ": " + e.getMessage(), e);
    }
  }

  private Metadata metadata(Article article, Layout layout, Envelope envelope) {
    // A dated dateline is the report's own word on its date; it outranks page metadata.
    LocalDate published = Datelines.date(article.body(), article.title()).orElse(article.published());
    boolean inferred = false;
    if (published == null) {
      published =
          dates(envelope)
              .infer(layout.textOf(Set.of(Section.TITLE, Section.BODY, Section.CAPTION)))
              .orElse(null);
      inferred = published != null;
    }
    return new Metadata(
        article.title(),
        article.url(),
        article.byline(),
        Datelines.find(article.body()).orElse(null),
        article.source(),
        published,
        inferred);
  }
}
