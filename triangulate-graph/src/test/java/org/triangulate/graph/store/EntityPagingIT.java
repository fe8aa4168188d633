package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.views.EntityDetail;
import org.triangulate.graph.views.EvidenceSnapshot;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * The entity page's keyset paging against paging by offset, as the page read before cursors
 * (the reference queries below are its queries, with the ties it left open broken): the first
 * page and a deep page hold the same rows, following the cursors visits every row once in
 * order, and a cursor keeps its place when rows arrive before it (a merge) or after it.
 */
class EntityPagingIT {
  /** Invented reports: each names the group twice per attack, as "Taliban" and "taliban". */
  private static final int REPORTS = 31;
  private static final int ATTACKS = 7;
  /**
   * Event rows of a report: each attack has both members as claimants and as perpetrators,
   * and the first attack the second member as victim too; 29 rows, so that the pages' ends fall
   * inside reports and inside ties (two members in one role of one event).
   */
  private static final int EVENT_ROWS = ATTACKS * 4 + 1;

  @TempDir Path dataDir;

  @Test
  void cursorsPageAsOffsetsDidAndKeepTheirPlaceWhenRowsArrive() {
    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      List<Document> earlier = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Document d = article("Haqqani Network statement " + i,
            "Haqqani Network spokesmen said the Haqqani Network attacked post " + i + ".");
        store.saveDeferringResolution(d, Articles.extraction(d,
            entity(d, "e1", EntityType.ORGANIZATION, "Haqqani Network")));
        earlier.add(d);
      }
      for (int i = 0; i < REPORTS; i++) {
        Document d = report(i);
        store.saveDeferringResolution(d, extraction(d));
      }
      store.resolve();
      String taliban = idOf(store, "Taliban");

      List<List<String>> pages = store.read("pages", h -> {
        EvidenceSnapshot snapshot = EvidenceSnapshot.load(h, SourceTable.bundled());
        List<String> allMentions = Reference.mentions(h, taliban, 0, Integer.MAX_VALUE);
        List<String> allEvents = Reference.events(h, taliban, 0, Integer.MAX_VALUE);
        List<String> allClaims = Reference.claims(h, taliban, 0, Integer.MAX_VALUE);
        assertThat(allMentions).hasSize(REPORTS * ATTACKS * 2);
        assertThat(allEvents).hasSize(REPORTS * EVENT_ROWS);
        assertThat(allClaims).hasSize(REPORTS * ATTACKS * 2);

        EntityDetail first = read(h, taliban, snapshot, EntityDetail.Page.FIRST);
        assertThat(mentions(first)).isEqualTo(Reference.mentions(h, taliban, 0, EntityDetail.MENTIONS));
        assertThat(events(first)).isEqualTo(Reference.events(h, taliban, 0, EntityDetail.EVENTS));
        assertThat(claims(first)).isEqualTo(Reference.claims(h, taliban, 0, EntityDetail.CLAIMS));

        // the third page of each, reached by cursors, is the third page by offset
        EntityDetail third = read(h, taliban, snapshot, following(h, taliban, snapshot, 2));
        assertThat(mentions(third))
            .isEqualTo(Reference.mentions(h, taliban, 2 * EntityDetail.MENTIONS, EntityDetail.MENTIONS));
        assertThat(events(third))
            .isEqualTo(Reference.events(h, taliban, 2 * EntityDetail.EVENTS, EntityDetail.EVENTS));
        assertThat(claims(third))
            .isEqualTo(Reference.claims(h, taliban, 2 * EntityDetail.CLAIMS, EntityDetail.CLAIMS));

        assertThat(walk(h, taliban, snapshot, EntityDetail.Page.FIRST, EntityPagingIT::mentions,
            d -> new EntityDetail.Page(d.next().mentions(), null, null))).isEqualTo(allMentions);
        assertThat(walk(h, taliban, snapshot, EntityDetail.Page.FIRST, EntityPagingIT::events,
            d -> new EntityDetail.Page(null, d.next().events(), null))).isEqualTo(allEvents);
        assertThat(walk(h, taliban, snapshot, EntityDetail.Page.FIRST, EntityPagingIT::claims,
            d -> new EntityDetail.Page(null, null, d.next().claims()))).isEqualTo(allClaims);
        return List.of(mentions(first), List.of(first.next().mentions()));
      });
      List<String> firstMentions = pages.get(0);
      String cursor = pages.get(1).getFirst();

      // rows arrive before the cursor (the earlier Haqqani reports) and after it (a new report)
      store.merge(taliban, idOf(store, "Haqqani Network"), "one network", "analyst");
      Document later = report(REPORTS);
      store.save(later, extraction(later));
      String merged = idOf(store, "Taliban");
      store.read("after", h -> {
        EvidenceSnapshot snapshot = EvidenceSnapshot.load(h, SourceTable.bundled());
        List<String> all = Reference.mentions(h, merged, 0, Integer.MAX_VALUE);
        // each earlier report names the network in its title and twice in its text
        assertThat(all).hasSize((REPORTS + 1) * ATTACKS * 2 + 3 * 3);
        assertThat(all.getFirst()).startsWith(earlier.getFirst().id().value());
        List<String> rest = all.subList(all.indexOf(firstMentions.getLast()) + 1, all.size());
        EntityDetail second = read(h, merged, snapshot, new EntityDetail.Page(cursor, null, null));
        assertThat(mentions(second)).isEqualTo(rest.subList(0, EntityDetail.MENTIONS))
            .doesNotContainAnyElementsOf(firstMentions);
        // an offset would have shown the first page's last rows again
        assertThat(Reference.mentions(h, merged, EntityDetail.MENTIONS, EntityDetail.MENTIONS))
            .containsAnyElementsOf(firstMentions);
        assertThat(walk(h, merged, snapshot, new EntityDetail.Page(cursor, null, null),
            EntityPagingIT::mentions, d -> new EntityDetail.Page(d.next().mentions(), null, null)))
            .isEqualTo(rest)
            .anySatisfy(m -> assertThat(m).startsWith(later.id().value()));
        return null;
      });
    }
  }

  @Test
  void aCursorOfAnotherListOrForgedIsRefused() {
    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      for (int i = 0; i < 9; i++) {
        Document d = report(i);
        store.save(d, extraction(d));
      }
      String taliban = idOf(store, "Taliban");
      String mentionsCursor = store.read("page", h -> read(h, taliban,
          EvidenceSnapshot.load(h, SourceTable.bundled()), EntityDetail.Page.FIRST))
          .next().mentions();
      assertThat(mentionsCursor).isNotNull();
      assertThatThrownBy(() -> new EntityDetail.Page(null, mentionsCursor, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("eventsAfter ");
      assertThatThrownBy(() -> new EntityDetail.Page("120", null, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("mentionsAfter ");
      // base64url of "m.1.2.3.x; DROP TABLE mentions"
      String forged = java.util.Base64.getUrlEncoder()
          .encodeToString("m.1.2.3.x; DROP TABLE mentions".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThatThrownBy(() -> new EntityDetail.Page(forged, null, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static EntityDetail read(Handle h, String id, EvidenceSnapshot snapshot,
      EntityDetail.Page page) {
    return EntityDetail.read(h, id, snapshot, page).orElseThrow();
  }

  /** The cursors of page {@code n + 1} (0 is the first), each list followed on its own. */
  private static EntityDetail.Page following(Handle h, String id, EvidenceSnapshot snapshot,
      int n) {
    EntityDetail.Page page = EntityDetail.Page.FIRST;
    for (int i = 0; i < n; i++) {
      page = read(h, id, snapshot, page).next();
    }
    return page;
  }

  /** Every row of one list, page after page until its next is null. */
  private static List<String> walk(Handle h, String id, EvidenceSnapshot snapshot,
      EntityDetail.Page from, Function<EntityDetail, List<String>> rows,
      Function<EntityDetail, EntityDetail.Page> next) {
    List<String> out = new ArrayList<>();
    EntityDetail.@Nullable Page page = from;
    for (int guard = 0; page != null; guard++) {
      assertThat(guard).as("pages").isLessThan(100);
      EntityDetail d = read(h, id, snapshot, page);
      out.addAll(rows.apply(d));
      EntityDetail.Page n = next.apply(d);
      page = n.mentions() == null && n.events() == null && n.claims() == null ? null : n;
    }
    return out;
  }

  private static List<String> mentions(EntityDetail d) {
    return d.mentions().stream().map(m -> m.document() + " " + m.start() + "-" + m.end() + " "
        + m.text()).toList();
  }

  private static List<String> events(EntityDetail d) {
    return d.events().stream().map(e -> e.id() + " " + e.role()).toList();
  }

  private static List<String> claims(EntityDetail d) {
    // one speaker ("the report"), so grouping by speaker keeps the order
    assertThat(d.claimsBySpeaker()).hasSizeLessThanOrEqualTo(1);
    return d.claimsBySpeaker().stream().flatMap(s -> s.claims().stream())
        .map(EntityDetail.ClaimAbout::id).toList();
  }

  /** Report {@code i}: {@value #ATTACKS} attacks, each with the group's two spellings. */
  private static Document report(int i) {
    StringBuilder body = new StringBuilder();
    for (int a = 0; a < ATTACKS; a++) {
      body.append("Taliban fighters attacked post ").append(i).append('-').append(a)
          .append(" and taliban men fled. ");
    }
    return article("Report " + i + " on the posts", body.toString().strip());
  }

  /**
   * Two members of the group (by each spelling) in each report, in {@link #EVENT_ROWS} event
   * rows, and two claims an attack: one about the first member, one of it with the second.
   */
  private static Extraction extraction(Document d) {
    LocalEntity upper = entity(d, "e1", EntityType.ORGANIZATION, "Taliban");
    LocalEntity lower = entity(d, "e2", EntityType.ORGANIZATION, "taliban");
    List<Event> events = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    String text = d.text();
    for (int a = 0; a < ATTACKS; a++) {
      String post = text.substring(text.indexOf("attacked post ") + 14).split(" ")[0];
      String trigger = "attacked post " + post.substring(0, post.indexOf('-') + 1) + a;
      events.add(new Event("v" + a, EventType.ATTACK, new TimeSpec(null,
          TimeSpec.Precision.UNKNOWN, TimeSpec.Basis.EVENT, null, null), null, null, null,
          participants(a),
          List.of(evidence(d, trigger))));
      claims.add(new Claim("c" + a, null, "the report", List.of(), Modality.ASSERTED,
          Section.BODY, "e1", Predicate.PERPETRATOR_OF, "v" + a, List.of(evidence(d, trigger))));
      claims.add(new Claim("d" + a, null, "the report", List.of(), Modality.ASSERTED,
          Section.BODY, "e1", Predicate.COOPERATES_WITH, "e2", List.of(evidence(d, trigger))));
    }
    return new Extraction(d.id(), Articles.PIPELINE, List.of(upper, lower), events, claims,
        List.of());
  }

  private static List<Participant> participants(int attack) {
    List<Participant> out = new ArrayList<>();
    for (Role role : List.of(Role.CLAIMANT, Role.PERPETRATOR)) {
      out.add(new Participant("e1", role, "Taliban"));
      out.add(new Participant("e2", role, "taliban"));
    }
    if (attack == 0) {
      out.add(new Participant("e2", Role.VICTIM, "taliban"));
    }
    return out;
  }

  private static String idOf(Store store, String name) {
    return store.entities(EntityType.ORGANIZATION, null).stream()
        .filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
  }

  /**
   * The page's queries as they paged by offset before cursors (its order, with the ties it
   * left open broken by participant): what a cursor's pages must equal.
   */
  private static final class Reference {
    static List<String> mentions(Handle h, String id, int offset, int limit) {
      return h.createQuery("""
              SELECT m.document || ' ' || m.start || '-' || m."end" || ' ' || m.text
              FROM entities e JOIN mentions m ON m.entity = e.id
              WHERE e.entity = :id ORDER BY e.ordinal, m.start, m."end", m.id
              LIMIT :limit OFFSET :offset""")
          .bind("id", id).bind("limit", limit).bind("offset", offset)
          .mapTo(String.class).list();
    }

    static List<String> events(Handle h, String id, int offset, int limit) {
      return h.createQuery("""
              SELECT x.export_id || ' ' || x.role
              FROM entities e CROSS JOIN LATERAL (
                SELECT v.export_id, p.role, v.id, p.id AS part
                FROM event_participants p JOIN events v ON v.id = p.event
                WHERE p.entity = e.id
                UNION ALL
                SELECT v.export_id, 'LOCATION', v.id, 0 FROM events v WHERE v.location = e.id) x
              WHERE e.entity = :id
              ORDER BY e.ordinal, x.id, x.role, x.part LIMIT :limit OFFSET :offset""")
          .bind("id", id).bind("limit", limit).bind("offset", offset)
          .mapTo(String.class).list();
    }

    static List<String> claims(Handle h, String id, int offset, int limit) {
      return h.createQuery("""
              SELECT c.export_id
              FROM entities x CROSS JOIN LATERAL (
                SELECT c2.id AS claim FROM claims c2 WHERE c2.subject_entity = x.id
                UNION ALL
                SELECT c3.id FROM claims c3 WHERE c3.object_entity = x.id
                  AND (SELECT s.entity FROM entities s WHERE s.id = c3.subject_entity)
                      IS DISTINCT FROM :id) y
              JOIN claims c ON c.id = y.claim
              WHERE x.entity = :id ORDER BY x.ordinal, y.claim LIMIT :limit OFFSET :offset""")
          .bind("id", id).bind("limit", limit).bind("offset", offset)
          .mapTo(String.class).list();
    }
  }
}
