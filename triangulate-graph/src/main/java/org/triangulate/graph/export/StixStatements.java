package org.triangulate.graph.export;

import static org.triangulate.graph.export.StixContext.put;
import static org.triangulate.graph.export.StixContext.strings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.ClaimFact;
import org.triangulate.graph.links.Conflict;
import org.triangulate.graph.links.Link;

/**
 * The STIX objects for what was said: a {@code relationship} per link and a {@code note} per
 * claim and per conflict.
 *
 * <p>A link's relationship goes from its source to its target with the predicate as its
 * {@code relationship_type} in STIX's spelling ({@code member-of}, {@code cooperates-with}),
 * except PERPETRATOR_OF, which is STIX's {@code attributed-to} from the incident to the actor.
 * Its {@code confidence} is the link's Admiralty credibility mapped as the STIX 2.1 confidence
 * appendix maps the Admiralty credibility scale (1 → 90, 2 → 70, 3 → 50, 4 → 30, 5 → 10; 6,
 * truth cannot be judged, has no value and is left out); the whole grade, the reliability,
 * independent and contradicting origins, documents, speakers, the period the documents cover
 * and the reasons for the grade are {@code x_triangulate_} properties; its claims' notes are
 * {@code x_triangulate_claim_refs}.
 *
 * <p>A claim's note names the speaker as its author, quotes the evidence as its content, refers
 * to the claim's subject, object, speaker and document, and has the modality, predicate and
 * channels ({@code x_triangulate_via_refs}) as properties, and in a PDF the evidence's page
 * ({@code x_triangulate_page}). Stateless.
 */
final class StixStatements {
  private StixStatements() {}

  static void write(StixContext ctx, GraphSnapshot g, Map<String, String> names) {
    Map<String, ClaimFact> claims = new HashMap<>();
    g.claims().forEach(c -> claims.put(c.id(), c));
    for (ClaimFact c : g.claims()) {
      note(ctx, c, names, g.claimPages().get(c.id()));
    }
    for (Link l : g.links()) {
      relationship(ctx, l, claims);
    }
    for (Conflict c : g.conflicts()) {
      conflict(ctx, c, claims);
    }
  }

  /** STIX's confidence for Admiralty credibility {@code digit}, or null for 6. */
  static @Nullable Integer confidence(char digit) {
    return switch (digit) {
      case '1' -> 90;
      case '2' -> 70;
      case '3' -> 50;
      case '4' -> 30;
      case '5' -> 10;
      default -> null;
    };
  }

  /** Triangulate's key of a link's relationship. */
  static String key(Link l) {
    return "link:" + l.source() + "|" + l.type() + "|" + l.target();
  }

  /** "SPOKESPERSON_FOR" → "spokesperson-for". */
  static String kebab(String predicate) {
    return predicate.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void relationship(StixContext ctx, Link l, Map<String, ClaimFact> claims) {
    String source = ctx.ref(l.source());
    String target = ctx.ref(l.target());
    if (source == null || target == null) {
      return; // a place the gazetteer did not locate has no STIX object
    }
    List<String> documents = documents(l.claims(), claims);
    ObjectNode o = ctx.newObject("relationship", key(l), documents);
    boolean attributed = l.type().equals("PERPETRATOR_OF");
    o.put("relationship_type", attributed ? "attributed-to" : kebab(l.type()));
    o.put("source_ref", attributed ? target : source);
    o.put("target_ref", attributed ? source : target);
    o.put("description", String.join(" ", l.explanation()));
    put(o, "confidence", confidence(l.grade().charAt(1)));
    o.put("x_triangulate_predicate", l.type());
    o.put("x_triangulate_grade", l.grade());
    o.put("x_triangulate_reliability", l.grade().substring(0, 1));
    o.put("x_triangulate_credibility", Character.getNumericValue(l.grade().charAt(1)));
    o.put("x_triangulate_independent_origins", l.independentOrigins());
    o.put("x_triangulate_contradicting_origins", l.contradictingOrigins());
    o.put("x_triangulate_documents", l.documents());
    o.put("x_triangulate_speakers", l.speakers());
    strings(o, "x_triangulate_origins", l.origins());
    put(o, "x_triangulate_first_reported", l.from() == null ? null : l.from().toString());
    put(o, "x_triangulate_last_reported", l.to() == null ? null : l.to().toString());
    strings(o, "x_triangulate_claim_refs", refs(ctx, l.claims()));
    strings(o, "x_triangulate_explanation", l.explanation());
  }

  private static void note(StixContext ctx, ClaimFact c, Map<String, String> names,
      @Nullable Integer page) {
    ObjectNode o = ctx.newObject("note", c.id(), List.of(c.document()));
    String speaker = c.speakerName() != null ? c.speakerName()
        : Objects.requireNonNullElse(c.speakerText(), "the document");
    String object = c.object() == null ? "" : " " + name(c.object(), names);
    o.put("abstract", speaker + " (" + c.modality().toLowerCase(Locale.ROOT) + "): "
        + name(c.subject(), names) + " " + kebab(c.predicate()) + object);
    o.put("content", c.evidence().isBlank() ? o.get("abstract").asText() : c.evidence());
    strings(o, "authors", List.of(speaker));
    Set<String> refs = new LinkedHashSet<>();
    for (String key : new String[] {c.subject(), c.object(), c.speaker()}) {
      String ref = ctx.ref(key);
      if (ref != null) {
        refs.add(ref);
      }
    }
    refs.add(StixIds.id("report", c.document())); // every document has a report, written last
    strings(o, "object_refs", new ArrayList<>(refs));
    o.put("x_triangulate_id", c.id());
    o.put("x_triangulate_modality", c.modality());
    o.put("x_triangulate_predicate", c.predicate());
    put(o, "x_triangulate_speaker_ref", ctx.ref(c.speaker()));
    put(o, "x_triangulate_speaker_text", c.speakerText());
    put(o, "x_triangulate_subject_ref", ctx.ref(c.subject()));
    put(o, "x_triangulate_object_ref", ctx.ref(c.object()));
    strings(o, "x_triangulate_via_refs", refs(ctx, c.via()));
    o.put("x_triangulate_document", c.document());
    o.put("x_triangulate_outlet", c.outlet());
    if (page != null) {
      o.put("x_triangulate_page", page); // the evidence's page in a paged original (PDF)
    }
  }

  private static void conflict(StixContext ctx, Conflict c, Map<String, ClaimFact> claims) {
    List<String> notes = refs(ctx, c.claims());
    Set<String> documents = new LinkedHashSet<>(documents(c.claims(), claims));
    c.counts().forEach(n -> documents.add(n.document()));
    if (notes.isEmpty() && c.counts().isEmpty()) {
      return;
    }
    ObjectNode o = ctx.newObject("note",
        "conflict:" + c.kind() + "|" + c.event() + "|" + String.join(",", c.claims())
            + (c.counts().isEmpty() ? "" : "|" + c.counts().getFirst().field()),
        documents);
    o.put("abstract", "Conflict (" + c.kind() + ")");
    o.put("content", switch (c.kind()) {
      case Conflict.CLAIMED_VS_ATTRIBUTED -> "Responsibility claimed by some differs from the "
          + "responsibility others attribute.";
      case Conflict.PERPETRATOR_DIFFERS -> "A coded row names a perpetrator that the news, or another dataset's row, does not.";
      case Conflict.COUNTS_DIFFER -> "Sources count the " + c.counts().getFirst().field()
          + " differently: " + String.join(", ", c.counts().stream()
              .map(n -> n.source() + " " + n.value()).toList()) + ".";
      default -> "A statement asserted by some is denied by others.";
    });
    strings(o, "authors", List.of("Triangulate"));
    Set<String> refs = new LinkedHashSet<>();
    String event = ctx.ref(c.event());
    if (event != null) {
      refs.add(event);
    }
    refs.addAll(notes);
    c.counts().forEach(n -> refs.add(StixIds.id("report", n.document())));
    strings(o, "object_refs", new ArrayList<>(refs));
    o.put("x_triangulate_conflict", c.kind());
    strings(o, "x_triangulate_claimed_refs", refs(ctx, c.claimed()));
    strings(o, "x_triangulate_attributed_refs", refs(ctx, c.attributed()));
    if (!c.coded().isEmpty()) {
      strings(o, "x_triangulate_coded_refs", refs(ctx, c.coded()));
    }
    if (!c.counts().isEmpty()) {
      var counts = o.putArray("x_triangulate_counts");
      for (Conflict.Count n : c.counts()) {
        counts.addObject().put("field", n.field()).put("value", n.value())
            .put("report", n.report()).put("document", n.document()).put("source", n.source())
            .put("report_ref", StixIds.id("report", n.document()));
      }
    }
  }

  private static String name(String id, Map<String, String> names) {
    return names.getOrDefault(id, id);
  }

  private static List<String> refs(StixContext ctx, List<String> keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      String ref = ctx.ref(k);
      if (ref != null && !out.contains(ref)) {
        out.add(ref);
      }
    }
    return out;
  }

  private static List<String> documents(List<String> claimIds, Map<String, ClaimFact> claims) {
    Set<String> out = new LinkedHashSet<>();
    claimIds.forEach(id -> {
      ClaimFact c = claims.get(id);
      if (c != null) {
        out.add(c.document());
      }
    });
    return List.copyOf(out);
  }
}
