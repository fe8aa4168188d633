package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.graph.internal.Json;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.views.EvidenceSnapshot;
import org.triangulate.graph.views.LinkDetail;
import org.triangulate.model.Claim;
import org.triangulate.model.Component;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Part;
import org.triangulate.model.Participant;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;

/**
 * Evidence spans of a paged original (an invented PDF report, built by hand) carry their page in
 * the JSON export, in the STIX claim notes and on the link page; spans of a document without pages carry none.
 */
class PagedEvidenceIT {
  @TempDir Path data;

  @Test
  void evidenceFromAPdfSaysItsPageAndEvidenceFromAnArticleDoesNot() throws IOException {
    String title = "Invented quarterly review";
    String p1 = "The review covers the first quarter.";
    String p2 = "A bomb killed two guards in Andar on 5 March, the ministry said, blaming the Taliban.";
    String text = title + "\n\n" + p1 + "\n\n" + p2;
    int s1 = title.length() + 2;
    int s2 = s1 + p1.length() + 2;
    List<Part> parts = List.of(new Part(Section.TITLE, new Span(0, title.length()), 1),
        new Part(Section.BODY, new Span(s1, s1 + p1.length()), 1),
        new Part(Section.BODY, new Span(s2, text.length()), 2));
    Document pdf = new Document(new DocumentId("doc-" + Json.sha256Hex(text).substring(0, 16)), text,
        parts, new Metadata(title, null, null, null, "Example Review", LocalDate.of(2024, 4, 1), false),
        "eng", Articles.fingerprint(text), new Custody("review.pdf", text.getBytes(StandardCharsets.UTF_8),
            "application/pdf", "UTF-8", Articles.INGESTED));
    Evidence sentence = Evidence.of(pdf, new Span(s2, text.length()));
    LocalEntity ministry = Articles.entity(pdf, "e1", EntityType.ORGANIZATION, "ministry");
    LocalEntity taliban = Articles.entity(pdf, "e2", EntityType.ORGANIZATION, "Taliban");
    Event bomb = new Event("v1", EventType.BOMBING, new TimeSpec("2024-03-05", TimeSpec.Precision.DAY,
        TimeSpec.Basis.EVENT, "5 March", LocalDate.of(2024, 4, 1)), 2, null, null,
        List.of(new Participant(null, Role.PERPETRATOR, "unknown")), List.of(sentence));
    Claim occurred = new Claim("c1", "e1", null, List.of(), Modality.ASSERTED, Section.BODY, "v1",
        Predicate.OCCURRED, null, List.of(sentence));
    Claim blamed = new Claim("c2", "e1", null, List.of(), Modality.ACCUSED, Section.BODY, "e2",
        Predicate.PERPETRATOR_OF, "v1", List.of(sentence));
    Extraction x = new Extraction(pdf.id(), new Pipeline("test", List.of(new Component("hand-built", "1", Map.of()))),
        List.of(ministry, taliban), List.of(bomb), List.of(occurred, blamed), List.of());
    Document article = Articles.article("Invented: guards killed", "A bomb killed two guards, the ministry said.");
    Event other = new Event("v1", EventType.BOMBING, new TimeSpec(null, TimeSpec.Precision.UNKNOWN,
        TimeSpec.Basis.EVENT, null, null), 2, null, null, List.of(),
        List.of(Articles.evidence(article, "A bomb killed two guards")));
    Claim reported = new Claim("c1", null, "the article", List.of(), Modality.ASSERTED, Section.BODY, "v1",
        Predicate.OCCURRED, null, List.of(Articles.evidence(article, "A bomb killed two guards")));
    Extraction y = new Extraction(article.id(), Articles.PIPELINE, List.of(), List.of(other), List.of(reported),
        List.of());

    JsonNode root;
    JsonNode stix;
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      store.save(pdf, x);
      store.save(article, y);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.export(out);
      root = new ObjectMapper().readTree(out.toByteArray());
      ByteArrayOutputStream stixOut = new ByteArrayOutputStream();
      store.export(ExportFormat.STIX, stixOut);
      stix = new ObjectMapper().readTree(stixOut.toByteArray());
      List<Integer> pages = store.read("link", h -> {
        EvidenceSnapshot snapshot = EvidenceSnapshot.load(h, SourceTable.bundled());
        String link = snapshot.links().stream().map(EvidenceSnapshot::linkId).findFirst().orElseThrow();
        return LinkDetail.read(h, link, snapshot).orElseThrow().byOrigin().stream()
            .flatMap(o -> o.claims().stream()).map(LinkDetail.SourcedClaim::page).toList();
      });
      assertThat(pages).as("the link page's evidence, by origin").containsExactly(2);
    }

    assertThat(root.get("claims").valueStream()
        .filter(c -> c.get("evidence").get(0).get("document").asText().equals(pdf.id().value())))
        .hasSize(2).allSatisfy(c -> assertThat(c.get("evidence").get(0).get("page").asInt()).isEqualTo(2));
    List<JsonNode> claimNotes = stix.get("objects").valueStream()
        .filter(o -> o.get("type").asText().equals("note") && o.has("x_triangulate_predicate")).toList();
    assertThat(claimNotes).hasSize(3).allSatisfy(n -> assertThat(n.path("x_triangulate_page").asInt(0))
        .isEqualTo(n.get("x_triangulate_document").asText().equals(pdf.id().value()) ? 2 : 0));
    List<JsonNode> evidence = root.get("events").valueStream()
        .flatMap(e -> e.get("evidence").valueStream()).toList();
    assertThat(evidence).filteredOn(e -> e.get("document").asText().equals(pdf.id().value()))
        .singleElement().satisfies(e -> assertThat(e.get("page").asInt()).isEqualTo(2));
    assertThat(evidence).filteredOn(e -> e.get("document").asText().equals(article.id().value()))
        .singleElement().satisfies(e -> assertThat(e.has("page")).isFalse());
  }
}
