package org.triangulate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.e2e.Workbench.open;
import static org.triangulate.e2e.Workbench.ready;
import static org.triangulate.e2e.Workbench.screenshot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploading files through the page: progress and a result per file, and hostile documents that stay text. */
class UploadIT {
  private static Workbench bench;
  private Workbench.Trouble trouble;
  private Page page;

  @BeforeAll
  static void start() throws IOException {
    bench = Workbench.start();
  }

  @AfterAll
  static void stop() {
    if (bench != null) {
      bench.close();
    }
  }

  @BeforeEach
  void newPage() {
    trouble = Workbench.trouble();
    page = bench.page(trouble);
  }

  @AfterEach
  void close() {
    page.context().close();
  }

  @Test
  void eachFileGetsItsOwnResult() {
    open(page, "#/upload", "upload");
    page.setInputFiles("#upload-input", new FilePayload[] {
        new FilePayload("kabul-arrest.txt", "text/plain",
            "KABUL -- Security forces arrested two men in Kabul on Tuesday, officials said.".getBytes(StandardCharsets.UTF_8)),
        new FilePayload("broken.bin", "application/octet-stream", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7}),
    });
    Locator good = page.locator("tr.upload[data-file='kabul-arrest.txt']");
    Locator bad = page.locator("tr.upload[data-file='broken.bin']");
    assertThat(good).hasAttribute("data-status", "INGESTED");
    assertThat(good.locator("a.open-document")).isVisible();
    assertThat(bad).hasAttribute("data-status", "FAILED");
    assertThat(bad.locator(".error")).containsText("broken.bin");
    screenshot(page, "10-upload");
    assertThat(trouble.dialogs()).isEmpty();
  }

  @Test
  void scriptAndHtmlInADocumentNeverRun() throws IOException {
    open(page, "#/upload", "upload");
    page.setInputFiles("#upload-input", new FilePayload[] {
        new FilePayload("hostile-report.txt", "text/plain", fixture("hostile-report.txt")),
        new FilePayload("hostile-page.html", "text/html", fixture("hostile-page.html")),
    });
    Locator text = page.locator("tr.upload[data-file='hostile-report.txt']");
    Locator html = page.locator("tr.upload[data-file='hostile-page.html']");
    assertThat(text).hasAttribute("data-status", "INGESTED");
    assertThat(html).hasAttribute("data-status", "INGESTED");
    assertNothingRan();

    html.locator("a.open-document").click();
    ready(page, "document");
    assertThat(page.locator("#doc-body")).containsText("<script>window.__pwned=1</script>");
    assertNoActiveContent();
    screenshot(page, "11-hostile-html");

    open(page, "", "home");
    page.locator("#documents a", new Page.LocatorOptions().setHasText("Hostile report")).first().click();
    ready(page, "document");
    Locator body = page.locator("#doc-body");
    assertThat(body).containsText("<script>window.__pwned=1</script>");
    assertThat(body).containsText("<img src=x onerror=\"window.__pwned=2;alert('img')\">");
    assertThat(body).containsText("<a href=\"javascript:window.__pwned=6;alert('link')\">read more</a>");
    assertThat(page.locator("#doc-title")).containsText("<img src=x onerror=window.__pwned=4>");
    assertNoActiveContent();
    // what the page shows as text, clicked, still does nothing
    body.getByText("read more").first().click();
    page.locator("#doc-title").click();
    screenshot(page, "12-hostile-text");
    assertNothingRan();
  }

  private void assertNoActiveContent() {
    assertThat(page.locator("main script, main img, main iframe, main svg:not(.leaflet-zoom-animated)")).hasCount(0);
    assertThat(page.locator("a[href^='javascript:' i]")).hasCount(0);
    assertThat(page.locator("main [onerror], main [onload], main [onmouseover]")).hasCount(0);
    assertNothingRan();
  }

  private void assertNothingRan() {
    assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
    assertThat(trouble.dialogs()).as("dialogs").isEmpty();
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = UploadIT.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test fixture " + name);
      }
      return in.readAllBytes();
    }
  }
}
