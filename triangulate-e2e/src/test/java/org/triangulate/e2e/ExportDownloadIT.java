package org.triangulate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.e2e.Workbench.ready;
import static org.triangulate.e2e.Workbench.screenshot;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triangulate.graph.export.ExportFormat;

/**
 * The Export page in Chromium: reached from the top bar, one download link per format, and each
 * click saves a file under the server's name holding what {@code export --format} writes.
 */
class ExportDownloadIT {
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
  void noTrouble() {
    page.context().close();
    assertThat(trouble.dialogs()).as("dialogs").isEmpty();
    assertThat(trouble.errors()).as("script errors and CSP refusals").isEmpty();
  }

  @Test
  void eachFormatDownloadsAsTheFileTheCommandLineWrites() throws IOException {
    Workbench.open(page, "", "home");
    page.locator(".topbar nav a[data-page='export']").click();
    ready(page, "export");
    Locator links = page.locator("a.export-download");
    assertThat(links).hasCount(ExportFormat.values().length);
    screenshot(page, "13-export");
    for (ExportFormat format : ExportFormat.values()) {
      Locator link = page.locator("a.export-download[data-format='" + format.label() + "']");
      assertThat(link).isVisible();
      Download download = page.waitForDownload(link::click);
      assertThat(download.failure()).as(format.label()).isNull();
      assertThat(download.suggestedFilename()).isEqualTo(format.fileName());
      byte[] saved = Files.readAllBytes(download.path());
      assertThat(saved).as(format.label()).isNotEmpty().isEqualTo(bench.export(format));
    }
    assertThat(page.locator("main[data-ready='export']")).isVisible();
  }
}
