package org.triangulate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.e2e.Workbench.open;
import static org.triangulate.e2e.Workbench.ready;
import static org.triangulate.e2e.Workbench.screenshot;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analyst's path through the workbench in Chromium: search → entity → link → document, and the graph, timeline, map and conflicts. */
class WorkbenchIT {
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
  void searchLeadsToEntityThenLinkThenDocument() {
    open(page, "", "home");
    page.fill("#search-input", "Haqani netwrk");
    page.press("#search-input", "Enter");
    ready(page, "search");
    Locator hit = page.locator("#search-results a.hit-name", new Page.LocatorOptions().setHasText("Haqqani Network"));
    assertThat(hit).isVisible();
    screenshot(page, "01-search");

    hit.click();
    ready(page, "entity");
    assertThat(page.locator("#entity-name")).hasText("Haqqani Network");
    Locator alias = page.locator("#aliases li.alias", new Page.LocatorOptions().setHasText(Corpus.ALIAS));
    assertThat(alias.locator(".alias-name")).hasText(Corpus.ALIAS);
    assertThat(alias.locator(".alias-sentence")).hasText(Corpus.ALIAS_SENTENCE);
    assertThat(page.locator("#claims")).containsText("Haris Jebran");
    screenshot(page, "02-entity");

    page.locator("#links a.link-open", new Page.LocatorOptions().setHasText("cooperates with")).first().click();
    ready(page, "link");
    assertThat(page.locator("#link-title")).containsText("Haqqani Network");
    assertThat(page.locator("#link-title")).containsText("ISIS-K");
    Locator badge = page.locator(".link-header .grade");
    assertThat(badge).hasText(Pattern.compile("^[A-F][1-6]$"));
    String grade = badge.textContent();
    assertThat(badge).hasClass(Pattern.compile("grade-" + grade.charAt(1)));
    int origins = Integer.parseInt(page.locator("#origin-count").textContent());
    assertThat(origins).isGreaterThanOrEqualTo(2);
    assertThat(page.locator("#origins .origin")).hasCount(origins);
    assertThat(page.locator("#explanation li").first()).isVisible();
    assertThat(page.locator("#origins")).containsText("The Haqqani Network plans, ISIS-K executes and claims");
    screenshot(page, "03-link");

    page.locator("#origins .claim", new Page.LocatorOptions().setHasText("executes and claims"))
        .locator(".claim-foot a").first().click();
    ready(page, "document");
    assertThat(page.locator("#doc-title")).hasText("Evidence suggests Haqqani Network, ISIS-K co-ordinating terror attacks");
    assertThat(page.locator("#doc-body")).containsText(Corpus.ALIAS_SENTENCE);
    assertThat(page.locator("#doc-body .mark.mention").first()).isVisible();
    assertThat(page.locator("#doc-body .mark.claim").first()).isVisible();
    assertThat(page.locator("#doc-body .mark.event").first()).isVisible();
    assertThat(page.locator("#doc-captions")).containsText(Corpus.CAPTION);
    assertThat(page.locator("#doc-comments")).containsText(Corpus.COMMENT);
    assertThat(page.locator("#doc-body")).not().containsText(Corpus.CAPTION);
    assertThat(page.locator("#doc-body")).not().containsText(Corpus.COMMENT);
    screenshot(page, "04-document");
  }

  @Test
  void aDocumentNotYetResolvedSaysSoOnItsPageAndInTheList() {
    open(page, "", "home");
    Locator pendingRow = page.locator("#documents tr", new Page.LocatorOptions().setHasText("a batch saved and has not resolved"));
    assertThat(pendingRow.locator(".tag.unresolved")).hasText("not yet resolved");
    assertThat(page.locator("#documents .tag.unresolved")).hasCount(1);

    pendingRow.locator("a").first().click();
    ready(page, "document");
    assertThat(page.locator("#doc-unresolved")).isVisible();
    assertThat(page.locator("#doc-unresolved")).containsText("has not yet resolved it across documents");
    screenshot(page, "04b-document-unresolved");

    open(page, "#/document/" + Corpus.UN_REPORT, "document");
    assertThat(page.locator("#doc-title")).hasText("UN monitors report Haqqani contacts with ISIS-K");
    assertThat(page.locator("#doc-unresolved")).hasCount(0);
  }

  @Test
  void evidenceFromAPdfShowsItsPageOnTheLinkPage() {
    open(page, "#/search?q=Sirajuddin", "search");
    page.locator("#search-results a.hit-name", new Page.LocatorOptions().setHasText(Corpus.REVIEW_LEADER)).click();
    ready(page, "entity");
    page.locator("#links a.link-open", new Page.LocatorOptions().setHasText("leads")).first().click();
    ready(page, "link");
    Locator claim = page.locator("#origins .claim", new Page.LocatorOptions().setHasText(Corpus.REVIEW_SENTENCE));
    assertThat(claim.locator(".claim-foot .page")).hasText(" · p. 2");
    screenshot(page, "05b-pdf-page");
  }

  @Test
  void citeThisCopiesTheCitation() {
    open(page, "#/search?q=Haqqani", "search");
    page.locator("#search-results a.hit-name", new Page.LocatorOptions().setHasText("Haqqani Network")).click();
    ready(page, "entity");
    page.locator("#claims .claim", new Page.LocatorOptions().setHasText("executes and claims")).locator("button.cite").click();
    assertThat(page.locator("#toast")).containsText("Citation copied");
    String clipboard = (String) page.evaluate("() => navigator.clipboard.readText()");
    assertThat(clipboard).contains("The Haqqani Network plans, ISIS-K executes and claims");
    screenshot(page, "05-cite");
  }

  @Test
  void notesAreSavedAndShown() {
    open(page, "#/search?q=ISIS-K", "search");
    page.locator("#search-results a.hit-name", new Page.LocatorOptions().setHasText("ISIS-K")).first().click();
    ready(page, "entity");
    page.fill(".note-text", "Compare with the UN report of June.");
    page.fill(".note-author", "amina");
    page.click(".note-form button[type=submit]");
    assertThat(page.locator(".notes-list")).containsText("Compare with the UN report of June.");
    assertThat(page.locator(".notes-list")).containsText("amina");
  }

  @Test
  void graphDrawsEntitiesAndLinksAndFiltersByOrigins() {
    open(page, "#/graph", "graph");
    Locator graph = page.locator("#graph");
    assertThat(graph.locator("canvas").first()).isVisible();
    assertThat(Integer.parseInt(graph.getAttribute("data-edges"))).isGreaterThanOrEqualTo(1);
    assertThat(Integer.parseInt(graph.getAttribute("data-nodes"))).isGreaterThanOrEqualTo(2);
    page.waitForTimeout(500);
    screenshot(page, "06-graph");
    page.fill("#min-origins", "99");
    page.dispatchEvent("#min-origins", "change");
    assertThat(graph).hasAttribute("data-edges", "0");
    assertThat(page.locator("#graph-summary")).hasText("0 entities, 0 links");
  }

  @Test
  void timelineShowsTheEvents() {
    open(page, "#/timeline", "timeline");
    assertThat(page.locator("#timeline .vis-item").first()).isVisible();
    assertThat(page.locator("#timeline")).containsText("bombing");
    page.locator("#timeline .vis-item").first().click();
    assertThat(page.locator("#event-details h3")).containsText("bombing");
    assertThat(page.locator("#event-details")).containsText("Reported in");
    screenshot(page, "07-timeline");
  }

  @Test
  void theTimelineOpensAnEventPageWithItsTypePlaceAndReportingDocuments() {
    open(page, "#/timeline", "timeline");
    page.locator("#timeline .vis-item").first().click();
    page.locator("#event-open").click();
    ready(page, "event");
    assertThat(page).hasURL(Pattern.compile("#/event/evt-[0-9a-f]{12}$"));
    assertThat(page.locator("#event-type")).containsText("Bombing");
    assertThat(page.locator("#event-place")).containsText("Kabul");
    assertThat(page.locator("#event-when")).containsText("2021-02-20");
    Locator documents = page.locator("#event-documents");
    assertThat(documents).containsText("Evidence suggests Haqqani Network, ISIS-K co-ordinating terror attacks");
    assertThat(documents).containsText("UN monitors report Haqqani contacts with ISIS-K");
    // each source's toll, and the claims about it by origin
    assertThat(page.locator("#event-casualties tbody tr", new Page.LocatorOptions().setHasText("ACLED"))).containsText("9");
    assertThat(page.locator("#event-casualties tbody tr", new Page.LocatorOptions().setHasText("Salaam Times"))).containsText("4");
    assertThat(page.locator("#origins .claim").first()).isVisible();
    // the place on the offline map: country shapes, no tiles
    assertThat(page.locator("#event-map")).hasAttribute("data-markers", "1");
    assertThat(page.locator("#event-map .leaflet-tooltip", new Page.LocatorOptions().setHasText("Kabul"))).isVisible();
    assertThat(page.locator("#event-map img.leaflet-tile")).hasCount(0);
    screenshot(page, "07b-event");

    page.locator("#event-documents a", new Page.LocatorOptions().setHasText("UN monitors")).click();
    ready(page, "document");
  }

  @Test
  void eventLinksOnTheDocumentAndConflictsPagesOpenTheEventPage() {
    open(page, "#/document/" + Corpus.UN_REPORT, "document");
    page.locator("#doc-events a").first().click();
    ready(page, "event");
    assertThat(page.locator("#event-type")).containsText("Bombing");

    open(page, "#/conflicts", "conflicts");
    page.locator("#conflicts .conflict a.event-link").first().click();
    ready(page, "event");
    assertThat(page.locator("#event-place")).containsText("Kabul");
  }

  @Test
  void mapDrawsCountriesAndPlaces() {
    open(page, "#/map", "map");
    assertThat(page.locator("#map")).hasAttribute("data-markers", Pattern.compile("[1-9]\\d*"));
    assertThat(page.locator("#places")).containsText("Kabul");
    assertThat(page.locator("#map .leaflet-tooltip", new Page.LocatorOptions().setHasText("Kabul"))).isVisible();
    // country shapes from world-atlas, not tiles
    assertThat(page.locator("#map path").count()).isGreaterThan(50);
    assertThat(page.locator("#map img.leaflet-tile")).hasCount(0);
    screenshot(page, "08-map");
  }

  @Test
  void conflictsShowClaimedBesideAttributed() {
    open(page, "#/conflicts", "conflicts");
    Locator conflict = page.locator("#conflicts .conflict").first();
    assertThat(conflict.locator(".side.claimed .parties")).containsText("ISIS-K");
    assertThat(conflict.locator(".side.attributed .parties")).containsText("Haqqani Network");
    screenshot(page, "09-conflicts");
  }

  @Test
  void aCodedRowDisagreeingWithTheNewsShowsTheCodedPerpetratorAndEachSourcesToll() {
    open(page, "#/conflicts", "conflicts");
    Locator perpetrator = page.locator("#conflicts .conflict[data-kind='perpetrator-differs']");
    assertThat(perpetrator.locator(".side.coded .parties")).containsText("Taliban");
    assertThat(perpetrator.locator(".side.attributed .parties")).containsText("Haqqani Network");
    Locator counts = page.locator("#conflicts .conflict[data-kind='counts-differ'] table.counts");
    assertThat(counts.locator("tbody tr")).hasCount(2);
    assertThat(counts.locator("tbody tr", new Locator.LocatorOptions().setHasText("ACLED")).locator("td.count")).hasText("9");
    assertThat(counts.locator("tbody tr", new Locator.LocatorOptions().setHasText("Salaam Times")).locator("td.count")).hasText("4");
    screenshot(page, "09b-coded-conflicts");
  }
}
