package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.Shown;
import org.triangulate.model.Evidence;
import org.triangulate.model.Geo;
import org.triangulate.model.TimeSpec;

/** Prints {@code show evt-…} and {@code show clm-…}: every field labelled, ids to follow. */
final class EventClaimPrinter {
  private EventClaimPrinter() {}

  static void event(PrintWriter out, Shown.EventView e) {
    int documents = (int) e.accounts().stream().map(Shown.Account::document).distinct().count();
    out.printf("%s  %s  (reported in %d document%s)%n", e.id(), e.type(), documents,
        documents == 1 ? "" : "s");
    corrections(out, e.corrections());
    for (Shown.Account a : e.accounts()) {
      out.println();
      out.println(a.document() + "  " + (a.title() == null ? "(untitled)" : a.title())
          + (a.event().equals(e.id()) ? "" : "  [" + a.event() + "]"));
      if (a.type() != e.type()) {
        field(out, "type", a.type().toString());
      }
      field(out, "time", time(a.time()));
      field(out, "place", a.place() == null ? "not stated"
          : a.place() + (a.placeEntity() == null ? "" : "  (" + a.placeEntity() + ")")
              + located(a.placeGeo()));
      field(out, "casualties", casualties(a.killed(), a.injured()));
      if (a.participants().isEmpty()) {
        field(out, "participants", "none named");
      } else {
        out.println("  participants:");
        a.participants().forEach(p -> out.printf("    %-12s %s%s%n", p.role(), p.text(),
            p.entity() == null ? "" : "  (" + p.entity() + ")"));
      }
      if (a.evidence() != null) {
        field(out, "evidence", a.evidence());
      }
    }
    out.println();
    if (e.claims().isEmpty()) {
      out.println("claims: none");
    } else {
      out.println("claims:");
      e.claims().forEach(c -> out.println("  " + line(c)));
    }
  }

  /**
   * @param pages the page an offset of the claim's document is on, for documents with pages
   *     (PDF); empty otherwise
   */
  static void claim(PrintWriter out, Shown.ClaimView c, IntFunction<OptionalInt> pages) {
    Shown.ClaimLine l = c.line();
    out.println(l.claim() + "  " + l.modality() + "  " + l.predicate());
    corrections(out, c.corrections());
    field(out, "speaker", l.speaker() + (c.speakerEntity() == null ? "" : "  (" + c.speakerEntity() + ")"));
    field(out, "modality", l.modality().toString());
    field(out, "subject", named(l.subject(), c.subjectId()));
    field(out, "predicate", l.predicate().toString());
    if (l.object() != null) {
      field(out, "object", named(l.object(), c.objectId()));
    }
    if (!c.via().isEmpty()) {
      field(out, "via", String.join(" ← ", c.via()));
    }
    field(out, "document", c.document() + "  " + (c.title() == null ? "(untitled)" : c.title()));
    field(out, "section", c.section().label());
    out.println("  evidence:");
    for (Evidence x : c.evidence()) {
      out.println("    " + evidence(x, pages.apply(x.span().start())));
    }
  }

  /** {@code [120,158) text}, or {@code [120,158) p. 3: text} in a document with pages. */
  static String evidence(Evidence x, OptionalInt page) {
    String where = "[" + x.span().start() + "," + x.span().end() + ")";
    return page.isPresent() ? where + " p. " + page.getAsInt() + ": " + x.text() : where + " " + x.text();
  }

  /** {@code 2021-02-11 (day; the event's time) from "on Thursday"}. */
  static String time(TimeSpec t) {
    if (t.value() == null) {
      return "unknown" + (t.text() == null ? "" : " (\"" + t.text() + "\" not resolved)");
    }
    String basis = t.basis() == TimeSpec.Basis.EVENT ? "the event's time" : "reported by then";
    return t.value() + " (" + t.precision().name().toLowerCase(Locale.ROOT) + "; " + basis + ")"
        + (t.text() == null ? "" : " from \"" + t.text() + "\"")
        + (t.anchor() == null ? "" : ", read against " + t.anchor());
  }

  /** {@code "  in Ghazni, AF at 33.3000, 68.4000"}, or nothing when the place was not located. */
  static String located(@Nullable Geo g) {
    return g == null ? "" : String.format(Locale.ROOT, "  in %s%s at %.4f, %.4f",
        g.province() == null ? "" : g.province() + ", ", g.country(), g.lat(), g.lon());
  }

  static String casualties(@Nullable Integer killed, @Nullable Integer injured) {
    List<String> parts = new ArrayList<>();
    if (killed != null) {
      parts.add(killed + " killed");
    }
    if (injured != null) {
      parts.add(injured + " injured");
    }
    return parts.isEmpty() ? "not stated" : String.join(", ", parts);
  }

  private static String line(Shown.ClaimLine c) {
    return c.claim() + "  " + c.speaker() + " " + c.modality() + ": " + c.subject() + " "
        + c.predicate() + (c.object() == null ? "" : " " + c.object());
  }

  private static String named(String name, @Nullable String id) {
    return id == null || id.equals(name) ? name : name + "  (" + id + ")";
  }

  /** The analyst's corrections, under the heading: they change what the rest means. */
  static void corrections(PrintWriter out, List<String> corrections) {
    corrections.forEach(c -> out.println("  CORRECTED: " + c));
  }

  private static void field(PrintWriter out, String label, String value) {
    out.printf("  %-13s %s%n", label + ":", value);
  }
}
