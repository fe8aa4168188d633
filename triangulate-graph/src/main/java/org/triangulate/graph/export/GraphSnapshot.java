package org.triangulate.graph.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.EntityGroup;
import org.triangulate.graph.internal.EntityGroupRows;
import org.triangulate.graph.links.ClaimFact;
import org.triangulate.graph.links.ClaimFacts;
import org.triangulate.graph.links.Conflict;
import org.triangulate.graph.links.EvidenceGraph;
import org.triangulate.graph.links.GradeHistory;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.SourceTable;

/**
 * The store as the graph exports (STIX, GEXF, GraphML, CSV, FollowTheMoney) read it: documents
 * without their text, entities ({@link EntityGroup}, as the JSON export reads them), one event
 * per event group (merged as the JSON export merges them), the claims as the link analysis reads
 * them ({@link ClaimFacts}), and the links and conflicts of {@link EvidenceGraph}.
 *
 * <p>Unlike the JSON export this is held in memory: one small record per document, entity,
 * event report and claim, and one line of evidence per event report. Mentions and document
 * texts are not read.
 *
 * <p><b>Stable event ids.</b> The JSON export names an event group after its earliest report,
 * which depends on the order the documents were ingested. Here an event group is named after
 * the smallest export id among its reports, so that the same documents ingested in any order
 * give the same ids; claims and links are rewritten to point at those ids. Reports inside a
 * group are merged in the order of their documents' dates, then ids, for the same reason.
 *
 * @param documents every stored document, in ingest order
 * @param entities every store entity, by id
 * @param entitiesByDocument the store entities each document mentions
 * @param events one per event group, by id
 * @param claims every claim, in document order, subjects and objects pointing at stable ids
 * @param links every link, targets pointing at stable ids
 * @param conflicts every conflict, events pointing at stable ids
 * @param sources the source table the grades were computed with
 * @param claimPages the page of each claim's first evidence passage, for claims in documents
 *     with pages (PDF); other claims are absent
 * @param gradeHistory each dated link's grade as its evidence accrued ({@link GradeHistory}),
 *     by {@code source|type|target} with the target's stable id
 */
record GraphSnapshot(
    List<SnapshotDocument> documents,
    List<EntityGroup> entities,
    Map<String, List<String>> entitiesByDocument,
    List<EventGroup> events,
    List<ClaimFact> claims,
    List<Link> links,
    List<Conflict> conflicts,
    SourceTable sources,
    Map<String, Integer> claimPages,
    Map<String, List<GradeHistory.Step>> gradeHistory) {
  GraphSnapshot {
    gradeHistory = Map.copyOf(gradeHistory);
    documents = List.copyOf(documents);
    entities = List.copyOf(entities);
    entitiesByDocument = Map.copyOf(entitiesByDocument);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    claimPages = Map.copyOf(claimPages);
    links = List.copyOf(links);
    conflicts = List.copyOf(conflicts);
  }

  /** A document's metadata. */
  record SnapshotDocument(String id, @Nullable String title, @Nullable String url,
      @Nullable String source, @Nullable LocalDate published, boolean publishedInferred,
      Instant ingested, @Nullable String copyOf, boolean extracted) {}

  /** Someone or something taking part in an event; entity null for the unnamed ("gunmen"). */
  record EventParticipant(@Nullable String entity, String role, String text) {}

  /**
   * One event: the merged fields of its reports, its participants each once, the documents
   * that report it, and the first evidence passage of each report.
   */
  record EventGroup(ExportedEvent fields, List<EventParticipant> participants,
      List<String> documents, List<String> evidence) {
    EventGroup {
      participants = List.copyOf(participants);
      documents = List.copyOf(documents);
      evidence = List.copyOf(evidence);
    }

    String id() {
      return fields.id();
    }
  }

  /** The entities by id. */
  Map<String, EntityGroup> entityIndex() {
    Map<String, EntityGroup> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    return byId;
  }

  /** Reads the snapshot through {@code h}, grading links with {@code sources}. */
  static GraphSnapshot read(Handle h, SourceTable sources) {
    List<SnapshotDocument> documents = h.createQuery("""
            SELECT id, title, url, source, published, published_inferred, ingested_at, copy_of,
                   extracted
            FROM documents ORDER BY ordinal""")
        .map((rs, ctx) -> new SnapshotDocument(rs.getString("id"), rs.getString("title"),
            rs.getString("url"), rs.getString("source"),
            rs.getObject("published", LocalDate.class), rs.getBoolean("published_inferred"),
            rs.getObject("ingested_at", OffsetDateTime.class).toInstant(),
            rs.getString("copy_of"), rs.getBoolean("extracted")))
        .list();
    List<EntityGroup> entities = EntityGroupRows.select(h, null).list();
    Map<String, List<String>> mentioned = new HashMap<>();
    h.createQuery("SELECT DISTINCT document, entity FROM entities ORDER BY document, entity")
        .map((rs, ctx) -> Map.entry(rs.getString("document"), rs.getString("entity")))
        .forEach(e -> mentioned.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(e.getValue()));
    Map<String, String> stable = new HashMap<>();
    List<EventGroup> events = events(h, stable);
    List<ClaimFact> stored = ClaimFacts.load(h);
    List<ClaimFact> claims = stored.stream().map(c -> restamp(c, stable)).toList();
    EvidenceGraph graph = EvidenceGraph.of(h, sources);
    Map<String, List<GradeHistory.Step>> history = new HashMap<>();
    GradeHistory.of(h, sources, stored, graph.links()).forEach((key, steps) -> {
      String[] k = key.split("\\|", 3);
      history.put(k[0] + "|" + k[1] + "|" + stable.getOrDefault(k[2], k[2]), steps);
    });
    List<Link> links = graph.links().stream().map(l -> new Link(l.source(),
        stable.getOrDefault(l.target(), l.target()), l.type(), l.claims(), l.documents(),
        l.speakers(), l.independentOrigins(), l.contradictingOrigins(), l.grade(), l.from(),
        l.to(), l.origins(), l.explanation())).toList();
    List<Conflict> conflicts = graph.conflicts().stream().map(c -> c.withEvent(
        c.event() == null ? null : stable.getOrDefault(c.event(), c.event()))).toList();
    return new GraphSnapshot(documents, entities, mentioned, events, claims, links, conflicts, sources,
        claimPages(h), history);
  }

  /**
   * The names under which a document mentions a store entity: its mentions' distinct texts
   * other than pronouns, in the order they first occur, or the document's own name for the
   * entity when it is mentioned by pronoun only.
   */
  record MentionNames(String document, String entity, List<String> names) {
    MentionNames {
      names = List.copyOf(names);
    }
  }

  /**
   * Every document's names for every entity it mentions, in ingest order and then by entity
   * id. Read apart from the snapshot, for the one export that carries them (FollowTheMoney):
   * one row per distinct name, not per mention.
   */
  static List<MentionNames> mentionNames(Handle h) {
    record Row(String document, String entity, String own, String text, boolean pronoun) {}
    Map<Map.Entry<String, String>, LinkedHashSet<String>> names = new LinkedHashMap<>();
    Map<Map.Entry<String, String>, String> ownName = new HashMap<>();
    h.createQuery("""
            SELECT m.document, e.entity, min(e.name) AS own, m.text, m.kind = 'PRONOUN' AS pronoun
            FROM mentions m JOIN entities e ON e.id = m.entity
            JOIN documents d ON d.id = m.document
            GROUP BY d.ordinal, m.document, e.entity, m.text, pronoun
            ORDER BY d.ordinal, e.entity, min(m.start), m.text""")
        .map((rs, ctx) -> new Row(rs.getString("document"), rs.getString("entity"),
            rs.getString("own"), rs.getString("text"), rs.getBoolean("pronoun")))
        .forEach(r -> {
          var key = Map.entry(r.document(), r.entity());
          ownName.putIfAbsent(key, r.own());
          LinkedHashSet<String> given = names.computeIfAbsent(key, k -> new LinkedHashSet<>());
          if (!r.pronoun()) {
            given.add(r.text());
          }
        });
    List<MentionNames> out = new ArrayList<>();
    names.forEach((key, given) -> out.add(new MentionNames(key.getKey(), key.getValue(),
        given.isEmpty() ? List.of(ownName.get(key)) : List.copyOf(given))));
    return out;
  }

  /** The page of each claim's first evidence passage, for claims in documents with pages. */
  private static Map<String, Integer> claimPages(Handle h) {
    Map<String, Integer> pages = new HashMap<>();
    h.createQuery("""
            SELECT DISTINCT ON (c.export_id) c.export_id, (p ->> 'page')::int AS page
            FROM claims c JOIN claim_evidence x ON x.claim = c.id
            JOIN documents d ON d.id = c.document CROSS JOIN jsonb_array_elements(d.parts) p
            WHERE p ->> 'page' IS NOT NULL AND (p ->> 'start')::int <= x.start
            ORDER BY c.export_id, x.start, x.id, (p ->> 'start')::int DESC""")
        .map((rs, ctx) -> Map.entry(rs.getString("export_id"), rs.getInt("page")))
        .forEach(e -> pages.put(e.getKey(), e.getValue()));
    return pages;
  }

  /** One report of an event as stored. */
  private record Report(long row, String group, String document, @Nullable LocalDate published,
      ExportedEvent fields) {}

  private static List<EventGroup> events(Handle h, Map<String, String> stable) {
    List<Report> reports = h.createQuery("""
            SELECT v.id AS row, coalesce(v.event_group, v.export_id) AS grp, v.export_id,
                   v.document, d.published, ce.type, v.time_value, v.time_precision, v.time_basis,
                   v.time_text, v.killed, v.injured, l.entity AS location
            FROM events v JOIN documents d ON d.id = v.document
            JOIN corrected_events ce ON ce.id = v.id
            LEFT JOIN entities l ON l.id = v.location
            WHERE NOT ce.rejected""")
        .map((rs, ctx) -> new Report(rs.getLong("row"), rs.getString("grp"),
            rs.getString("document"), rs.getObject("published", LocalDate.class),
            new ExportedEvent(rs.getString("export_id"), rs.getString("type"),
                rs.getString("time_value"), rs.getString("time_precision"),
                rs.getString("time_basis"), rs.getString("time_text"),
                rs.getObject("killed", Integer.class), rs.getObject("injured", Integer.class),
                rs.getString("location"))))
        .list();
    Map<Long, List<EventParticipant>> participants = new HashMap<>();
    h.createQuery("""
            SELECT p.event, e.entity, p.role, p.text FROM event_participants p
            LEFT JOIN entities e ON e.id = p.entity ORDER BY p.event, p.id""")
        .map((rs, ctx) -> Map.entry(rs.getLong("event"), new EventParticipant(
            rs.getString("entity"), rs.getString("role"), rs.getString("text"))))
        .forEach(e -> participants.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(e.getValue()));
    Map<Long, String> evidence = new HashMap<>();
    h.createQuery("SELECT DISTINCT ON (event) event, text FROM event_evidence ORDER BY event, id")
        .map((rs, ctx) -> Map.entry(rs.getLong("event"), rs.getString("text")))
        .forEach(e -> evidence.put(e.getKey(), e.getValue()));

    Map<String, List<Report>> byGroup = new TreeMap<>();
    reports.forEach(r -> byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
    List<EventGroup> out = new ArrayList<>();
    Comparator<Report> order = Comparator.comparing(Report::published,
        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(r -> r.fields().id());
    for (Map.Entry<String, List<Report>> group : byGroup.entrySet()) {
      List<Report> members = group.getValue().stream().sorted(order).toList();
      String id = members.stream().map(r -> r.fields().id()).min(Comparator.naturalOrder())
          .orElseThrow();
      stable.put(group.getKey(), id);
      ExportedEvent merged = ExportedEvent.merged(members.stream().map(Report::fields).toList());
      Map<EventParticipant, Boolean> seen = new LinkedHashMap<>();
      LinkedHashSet<String> documents = new LinkedHashSet<>();
      List<String> passages = new ArrayList<>();
      for (Report r : members) {
        participants.getOrDefault(r.row(), List.of()).forEach(p -> seen.putIfAbsent(p, true));
        documents.add(r.document());
        String passage = evidence.get(r.row());
        if (passage != null && !passages.contains(passage)) {
          passages.add(passage);
        }
      }
      out.add(new EventGroup(new ExportedEvent(id, merged.type(), merged.timeValue(),
          merged.precision(), merged.basis(), merged.timeText(), merged.killed(),
          merged.injured(), merged.location()), List.copyOf(seen.keySet()),
          List.copyOf(documents), passages));
    }
    out.sort(Comparator.comparing(EventGroup::id));
    return out;
  }

  private static ClaimFact restamp(ClaimFact c, Map<String, String> stable) {
    return new ClaimFact(c.id(), c.document(), c.outlet(), c.published(), c.speaker(),
        c.speakerType(), c.speakerName(), c.speakerKb(), c.speakerText(), c.via(), c.modality(),
        stable.getOrDefault(c.subject(), c.subject()),
        c.predicate(), c.object() == null ? null : stable.getOrDefault(c.object(), c.object()),
        c.objectIsEvent(), c.evidence());
  }

  /** The documents by id. */
  Map<String, SnapshotDocument> documentIndex() {
    Map<String, SnapshotDocument> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    return byId;
  }

  /** The events by id. */
  Map<String, EventGroup> eventIndex() {
    Map<String, EventGroup> byId = new HashMap<>();
    events.forEach(v -> byId.put(v.id(), Objects.requireNonNull(v)));
    return byId;
  }
}
