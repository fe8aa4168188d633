package org.triangulate.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.Pipeline;
import org.triangulate.server.ServerSettings;
import org.triangulate.server.TriangulateServer;

/**
 * The system under test, started once per test class: an embedded store holding the {@link
 * Corpus}, the real server on a free loopback port serving the built UI, and Debian's Chromium
 * driven by Playwright (never a downloaded browser). Each page records the dialogs that open,
 * the script errors and the Content-Security-Policy refusals, so tests can assert there were none.
 *
 * <p>Uploads run an extractor that finds nothing: these tests are about the page, not about
 * CoreNLP, which the ingest and extract modules test.
 */
final class Workbench implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
  static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots", "target/screenshots"));

  private final Path data;
  private final Store store;
  private final Javalin server;
  private final Playwright playwright;
  private final Browser browser;
  final String base;

  /** What a page did that it must not: dialogs, uncaught errors, CSP refusals. */
  record Trouble(List<String> dialogs, List<String> errors) {}

  private Workbench(Path data, Store store, Javalin server, Playwright playwright, Browser browser) {
    this.data = data;
    this.store = store;
    this.server = server;
    this.playwright = playwright;
    this.browser = browser;
    this.base = "http://localhost:" + server.port() + "/";
  }

  static Workbench start() throws IOException {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException("the browser tests need Debian's Chromium at " + CHROMIUM
          + ": apt-get update && apt-get install -y chromium");
    }
    Files.createDirectories(SCREENSHOTS);
    Path data = Files.createTempDirectory("triangulate-e2e");
    Store store = Store.open(new StoreLocation.Embedded(data.resolve("pg")));
    Corpus.load(store);
    Javalin server = TriangulateServer.create(ServerSettings.local(0), store, Workbench::findsNothing, Clock.systemUTC()).start();
    Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
    return new Workbench(data, store, server, playwright, browser);
  }

  /** A fresh browser context and page at 1400×900 that may use the clipboard. */
  Page page(Trouble trouble) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(1400, 900)
        .setBaseURL(base));
    context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions().setOrigin(base.substring(0, base.length() - 1)));
    Page page = context.newPage();
    page.onDialog(dialog -> {
      trouble.dialogs().add(dialog.type() + ": " + dialog.message());
      dialog.dismiss();
    });
    page.onPageError(error -> trouble.errors().add("page error: " + error));
    page.onResponse(response -> {
      if (response.status() >= 400) {
        trouble.errors().add(response.status() + " " + response.request().method() + " " + response.url());
      }
    });
    page.onConsoleMessage(message -> {
      // failed loads are recorded above with their address
      if (message.type().equals("error") && !message.text().startsWith("Failed to load resource")) {
        trouble.errors().add("console: " + message.text());
      }
    });
    return page;
  }

  static Trouble trouble() {
    return new Trouble(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
  }

  /** Opens a hash route and waits until the page has drawn itself. */
  static void open(Page page, String hash, String pageName) {
    page.navigate(hash.isEmpty() ? "/" : "/" + hash);
    ready(page, pageName);
  }

  static void ready(Page page, String pageName) {
    page.waitForSelector("main[data-ready='" + pageName + "']");
  }

  static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /** What {@code triangulate export --format} writes for the store the server reads. */
  byte[] export(ExportFormat format) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    store.export(format, out);
    return out.toByteArray();
  }

  private static Extractor findsNothing() {
    Pipeline pipeline = new Pipeline("0.1.0-e2e", List.of());
    return new Extractor() {
      @Override
      public Extraction extract(Document document) {
        return new Extraction(document.id(), pipeline, List.of(), List.of(), List.of(), List.of());
      }

      @Override
      public Pipeline pipeline() {
        return pipeline;
      }
    };
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
    server.stop();
    store.close();
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
