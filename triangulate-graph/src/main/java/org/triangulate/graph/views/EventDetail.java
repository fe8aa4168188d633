package org.triangulate.graph.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.Origin;
import org.triangulate.graph.store.Shown;
import org.triangulate.model.Geo;
import org.triangulate.model.TimeSpec;

/**
 * One event in full, for the event page: what {@code show evt-…} prints. Each reporting
 * document's account (type, time with its expression and basis, place with its province, country
 * and coordinates, participants, casualties, first passage), the casualties each source gives,
 * the claims about it grouped by the origin each was traced to (as a link's are), and every
 * reporting document.
 *
 * @param id the id asked for: the event group's, or one account's
 * @param type the event's type (the analyst's when retyped)
 * @param corrections the analyst's corrections in force, one line each
 * @param reports each reporting document's account, earliest stored first
 * @param casualties the tolls the reports state, one per report that states one
 * @param claimsByOrigin the claims whose subject or object it is, by origin
 * @param documents every reporting document, once each
 */
public record EventDetail(String id, String type, List<String> corrections, List<Report> reports,
    List<Casualties> casualties, List<LinkDetail.OriginClaims> claimsByOrigin,
    List<Reporter> documents) {

  /** One document's account of the event. */
  public record Report(String event, String type, Time time, @Nullable PlaceAt place,
      List<Party> participants, @Nullable Integer killed, @Nullable Integer injured,
      String document, @Nullable String documentTitle, @Nullable String evidence) {}

  /**
   * When: the ISO value (null when unknown), its precision (day, month, year, range, unknown), its
   * basis ({@code EVENT}, or {@code REPORTED}: known only to have happened by the report), the
   * expression it was read from and the date it was read against.
   */
  public record Time(@Nullable String value, String precision, String basis,
      @Nullable String text, @Nullable LocalDate anchor) {}

  /**
   * Where: the place's name as the report gives it, its store entity, and what the gazetteer
   * gives (province, country, coordinates; null when it was not located); {@code chain} is the
   * name, province and country, most specific first, without repeats.
   */
  public record PlaceAt(String name, @Nullable String entity, @Nullable String province,
      @Nullable String country, @Nullable Double lat, @Nullable Double lon, List<String> chain) {}

  /** A participant: its role, how the report names it, and its store entity and name if any. */
  public record Party(String role, String text, @Nullable String entity, @Nullable String name) {}

  /** A toll as one report gives it, with the document's publisher. */
  public record Casualties(@Nullable String source, String document, @Nullable Integer killed,
      @Nullable Integer injured) {}

  /** A reporting document. */
  public record Reporter(String id, @Nullable String title, @Nullable String source,
      @Nullable LocalDate published) {}

  /** {@code view} made whole: names from {@code snapshot}, claims read through {@code h}. */
  public static EventDetail of(Handle h, Shown.EventView view, EvidenceSnapshot snapshot) {
    List<Report> reports = view.accounts().stream().map(a -> report(a, snapshot)).toList();
    List<Casualties> casualties = view.accounts().stream()
        .filter(a -> a.killed() != null || a.injured() != null)
        .map(a -> new Casualties(a.source(), a.document(), a.killed(), a.injured()))
        .toList();
    Map<String, Reporter> documents = new LinkedHashMap<>();
    view.accounts().forEach(a -> documents.putIfAbsent(a.document(),
        new Reporter(a.document(), a.title(), a.source(), a.published())));
    return new EventDetail(view.id(), view.type().name(), view.corrections(), reports,
        casualties, byOrigin(h, view, snapshot), List.copyOf(documents.values()));
  }

  private static Report report(Shown.Account a, EvidenceSnapshot snapshot) {
    TimeSpec t = a.time();
    Time time = new Time(t.value(), t.precision().name().toLowerCase(Locale.ROOT),
        t.basis().name(), t.text(), t.anchor());
    return new Report(a.event(), a.type().name(), time, place(a),
        a.participants().stream().map(p -> new Party(p.role().name(), p.text(), p.entity(),
            snapshot.name(p.entity()))).toList(),
        a.killed(), a.injured(), a.document(), a.title(), a.evidence());
  }

  private static @Nullable PlaceAt place(Shown.Account a) {
    if (a.place() == null) {
      return null;
    }
    Geo g = a.placeGeo();
    List<String> chain = new ArrayList<>(List.of(a.place()));
    if (g != null) {
      for (String part : new String[] {g.province(), g.country()}) {
        if (part != null && chain.stream().noneMatch(part::equalsIgnoreCase)) {
          chain.add(part);
        }
      }
    }
    return new PlaceAt(a.place(), a.placeEntity(), g == null ? null : g.province(),
        g == null ? null : g.country(), g == null ? null : g.lat(), g == null ? null : g.lon(),
        chain);
  }

  /** Grouped as {@link LinkDetail} groups a link's: by the origin each claim was traced to. */
  private static List<LinkDetail.OriginClaims> byOrigin(Handle h, Shown.EventView view,
      EvidenceSnapshot snapshot) {
    Map<String, Origin> origins = new LinkedHashMap<>();
    Map<String, List<LinkDetail.SourcedClaim>> claims = new LinkedHashMap<>();
    List<String> ids = view.claims().stream().map(Shown.ClaimLine::claim).toList();
    for (ClaimRows.Row c : ClaimRows.byIds(h, ids)) {
      Origin o = snapshot.origin(c.id());
      String key = o == null ? "unknown" : o.key();
      if (o != null) {
        origins.putIfAbsent(key, o);
      }
      claims.computeIfAbsent(key, k -> new ArrayList<>()).add(new LinkDetail.SourcedClaim(c.id(),
          snapshot.name(c.speaker()), c.speakerText(), c.modality(), c.document(),
          c.documentTitle(), c.published(), c.url(), c.text(), c.page()));
    }
    List<LinkDetail.OriginClaims> out = new ArrayList<>();
    claims.forEach((key, cs) -> {
      Origin o = origins.get(key);
      out.add(new LinkDetail.OriginClaims(o == null ? "unknown origin" : o.name(),
          o == null ? "stored after the analysis was made" : o.why(), cs));
    });
    return out;
  }
}
