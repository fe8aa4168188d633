package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.graph.store.Articles.article;
import static org.triangulate.graph.store.Articles.entity;
import static org.triangulate.graph.store.Articles.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.internal.EntityGroups;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * The per-entity summary tables (entity_summaries, entity_names) equal a recomputation from the
 * raw rows, in Java with the listing's own rules, after every way resolution rewrites groups:
 * saving (resolved on save and by a batch), merging, splitting, and re-extracting a document.
 */
class EntitySummariesIT {
  @TempDir Path dataDir;

  @Test
  void summariesFollowSavesCorrectionsAndReextraction() {
    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      Document a = article("Taliban claim Kabul attack",
          "The Taliban (TTA), an insurgent movement, said it attacked Kabul. taliban fighters "
              + "fled Kabul.");
      Document b = article("Blast in Kabul",
          "Officials blamed the Taliban for the blast in Kabul. TTA denied it.");
      store.save(a, withClaim(a, report(a, List.of("TTA", "taliban"), "attacked")));
      store.save(b, report(b, List.of("TTA"), "blast"));
      assertSummariesAreRecomputable(store);

      Document c = article("Kabul police chief speaks",
          "The Kabul police chief said Haqqani Network fighters were held.");
      Document d = article("Haqqani Network statement",
          "Haqqani Network spokesmen spoke in Herat.");
      store.saveDeferringResolution(c, Articles.extraction(c,
          entity(c, "e1", EntityType.LOCATION, "Kabul").withGeo(KABUL),
          entity(c, "e2", EntityType.ORGANIZATION, "Haqqani Network")));
      store.saveDeferringResolution(d, Articles.extraction(d,
          entity(d, "e1", EntityType.ORGANIZATION, "Haqqani Network"),
          entity(d, "e2", EntityType.LOCATION, "Herat")));
      store.resolve();
      assertSummariesAreRecomputable(store);

      String taliban = idOf(store, "Taliban");
      String movement = idOf(store, "Haqqani Network");
      String merged = store.merge(taliban, movement, "one network", "analyst");
      assertSummariesAreRecomputable(store);
      int names = store.read("names", h -> h.createQuery(
              "SELECT count(*) FROM entity_names WHERE entity = :e")
          .bind("e", merged).mapTo(Integer.class).one());
      assertThat(names).isGreaterThanOrEqualTo(3);

      store.split(merged, List.of(d.id().value()), "another network", "analyst");
      assertSummariesAreRecomputable(store);

      store.replaceExtraction(b, Articles.extraction(b,
          entity(b, "e2", EntityType.LOCATION, "Kabul").withGeo(KABUL)));
      store.resolve();
      assertSummariesAreRecomputable(store);

      Document e = article("Taliban again",
          "The Taliban, An insurgent movement, attacked Kabul again, and TTA said so.");
      store.save(e, report(e, List.of("TTA"), "attacked"));
      assertSummariesAreRecomputable(store);
    }
  }

  static final Geo KABUL = new Geo(34.5281, 69.1723, "AF", "Kabul", "1138958");

  /** The Taliban (with aliases) attacking Kabul, told by {@code trigger}. */
  private static Extraction report(Document doc, List<String> aliases, String trigger) {
    List<String> descriptions = List.of("an insurgent movement", "An insurgent movement").stream()
        .filter(doc.text()::contains).toList();
    LocalEntity group = entity(doc, "e1", EntityType.ORGANIZATION, "Taliban", null, aliases,
        descriptions);
    LocalEntity place = entity(doc, "e2", EntityType.LOCATION, "Kabul").withGeo(KABUL);
    Event event = new Event("v1", EventType.ATTACK, new TimeSpec("2021-02-11",
        TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT, null, null), null, null, "e2",
        List.of(new Participant("e1", Role.PERPETRATOR, "Taliban")),
        List.of(evidence(doc, trigger)));
    return new Extraction(doc.id(), Articles.PIPELINE, List.of(group, place), List.of(event),
        List.of(), List.of());
  }

  private static Extraction withClaim(Document doc, Extraction x) {
    Claim claim = new Claim("c1", null, "the article", List.of(), Modality.ASSERTED,
        Section.BODY, "e1", Predicate.COOPERATES_WITH, "e2", List.of(evidence(doc, "attacked")));
    return new Extraction(doc.id(), Articles.PIPELINE, x.entities(), x.events(), List.of(claim),
        List.of());
  }

  private static String idOf(Store store, String name) {
    return store.entities(EntityType.ORGANIZATION, null).stream()
        .filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
  }

  private static void assertSummariesAreRecomputable(Store store) {
    store.read("summaries", h -> {
      Raw raw = Raw.read(h);
      assertThat(stored(h, "SELECT * FROM entity_summaries", SUMMARY_ROW))
          .isEqualTo(raw.summaries());
      assertThat(stored(h, "SELECT * FROM entity_names", NAME_ROW))
          .isEqualTo(raw.names());
      assertThat(stored(h, "SELECT * FROM entity_descriptions", DESCRIPTION_ROW))
          .isEqualTo(raw.descriptions(h));
      return null;
    });
  }

  private static Map<String, String> stored(Handle h, String sql, RowKey key) {
    Map<String, String> out = new TreeMap<>();
    h.createQuery(sql).map((rs, ctx) -> {
      Map<String, @Nullable Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
      }
      return row;
    }).forEach(row -> out.put(key.key(row), key.value(row)));
    return out;
  }

  /** How a row of a summary table is compared. */
  private interface RowKey {
    String key(Map<String, @Nullable Object> row);

    String value(Map<String, @Nullable Object> row);
  }

  private static final RowKey SUMMARY_ROW = new RowKey() {
    @Override
    public String key(Map<String, @Nullable Object> row) {
      return (String) Objects.requireNonNull(row.get("entity"));
    }

    @Override
    public String value(Map<String, @Nullable Object> row) {
      return List.of("type", "name", "kb", "members", "documents", "mentions", "events", "claims",
              "first_published", "last_published", "lat", "lon", "country", "province").stream()
          .map(c -> String.valueOf(row.get(c))).toList().toString();
    }
  };

  private static final RowKey NAME_ROW = new RowKey() {
    @Override
    public String key(Map<String, @Nullable Object> row) {
      return row.get("entity") + " " + row.get("name");
    }

    @Override
    public String value(Map<String, @Nullable Object> row) {
      // the spelling shown is the least in the database's collation: compared case-folded
      return List.of(String.valueOf(row.get("spelling")).toLowerCase(Locale.ROOT),
              row.get("locals"), row.get("aliases"), row.get("mentions"), row.get("documents"),
              String.valueOf(row.get("first_published")),
              String.valueOf(row.get("last_published")), String.valueOf(row.get("first_alias")))
          .toString();
    }
  };

  private static final RowKey DESCRIPTION_ROW = new RowKey() {
    @Override
    public String key(Map<String, @Nullable Object> row) {
      return row.get("entity") + " " + row.get("text");
    }

    @Override
    public String value(Map<String, @Nullable Object> row) {
      return List.of(row.get("passages"), row.get("first_description")).toString();
    }
  };

  /** The raw rows, read plainly, and the summaries computed from them in Java. */
  private record Raw(List<Map<String, @Nullable Object>> members,
      Map<Long, List<Map<String, @Nullable Object>>> aliases,
      Map<Long, List<String>> mentions, Map<Long, Integer> events, Map<Long, Set<Long>> claims,
      Map<String, @Nullable Object> published) {

    static Raw read(Handle h) {
      List<Map<String, @Nullable Object>> members = h.createQuery("""
              SELECT e.*, d.ordinal AS doc_ordinal FROM entities e
              JOIN documents d ON d.id = e.document ORDER BY d.ordinal, e.id""")
          .mapToMap().list().stream().map(m -> (Map<String, @Nullable Object>) m).toList();
      Map<Long, List<Map<String, @Nullable Object>>> aliases = new HashMap<>();
      h.createQuery("SELECT * FROM aliases ORDER BY id").mapToMap().forEach(
          a -> aliases.computeIfAbsent((Long) a.get("entity"), k -> new ArrayList<>()).add(a));
      Map<Long, List<String>> mentions = new HashMap<>();
      h.createQuery("SELECT entity, text FROM mentions").mapToMap().forEach(m -> mentions
          .computeIfAbsent((Long) m.get("entity"), k -> new ArrayList<>())
          .add((String) m.get("text")));
      Map<Long, Integer> events = new HashMap<>();
      h.createQuery("""
              SELECT entity FROM event_participants WHERE entity IS NOT NULL
              UNION ALL SELECT location FROM events WHERE location IS NOT NULL""")
          .mapTo(Long.class).forEach(id -> events.merge(id, 1, Integer::sum));
      Map<Long, Set<Long>> claims = new HashMap<>();
      h.createQuery("""
              SELECT id, subject_entity AS e FROM claims WHERE subject_entity IS NOT NULL
              UNION ALL SELECT id, object_entity FROM claims WHERE object_entity IS NOT NULL""")
          .mapToMap().forEach(c -> claims.computeIfAbsent((Long) c.get("e"), k -> new TreeSet<>())
              .add((Long) c.get("id")));
      Map<String, @Nullable Object> published = new HashMap<>();
      h.createQuery("SELECT id, published FROM documents").mapToMap()
          .forEach(d -> published.put((String) d.get("id"), d.get("published")));
      return new Raw(members, aliases, mentions, events, claims, published);
    }

    Map<String, List<Map<String, @Nullable Object>>> groups() {
      Map<String, List<Map<String, @Nullable Object>>> out = new TreeMap<>();
      for (Map<String, @Nullable Object> m : members) {
        out.computeIfAbsent((String) m.get("entity"), k -> new ArrayList<>()).add(m);
      }
      return out;
    }

    Map<String, String> summaries() {
      Map<String, String> out = new TreeMap<>();
      groups().forEach((id, group) -> {
        List<String> names = group.stream().map(m -> (String) m.get("name")).toList();
        List<EntityType> types = group.stream()
            .map(m -> EntityType.valueOf((String) m.get("type"))).toList();
        List<Geo> geos = group.stream().filter(m -> m.get("country") != null)
            .map(m -> new Geo((Double) m.get("lat"), (Double) m.get("lon"),
                (String) m.get("country"), (String) m.get("province"), null))
            .toList();
        Geo geo = EntityGroups.geo(geos);
        Set<String> documents = new TreeSet<>();
        Set<Long> claimed = new TreeSet<>();
        int mentioned = 0;
        int parts = 0;
        String kb = null;
        for (Map<String, @Nullable Object> m : group) {
          long local = (Long) m.get("id");
          documents.add((String) m.get("document"));
          mentioned += mentions.getOrDefault(local, List.of()).size();
          parts += events.getOrDefault(local, 0);
          claimed.addAll(claims.getOrDefault(local, Set.of()));
          String k = (String) m.get("kb");
          kb = k == null || kb != null && kb.compareTo(k) >= 0 ? kb : k;
        }
        List<Object> dates = dates(documents);
        out.put(id, List.of(EntityGroups.type(types).name(), EntityGroups.name(names),
            String.valueOf(kb), group.size(), documents.size(), mentioned, parts,
            claimed.size(), dates.get(0), dates.get(1),
            String.valueOf(geo == null ? null : geo.lat()),
            String.valueOf(geo == null ? null : geo.lon()),
            String.valueOf(geo == null ? null : geo.country()),
            String.valueOf(geo == null ? null : geo.province())).stream()
            .map(String::valueOf).toList().toString());
      });
      return out;
    }

    Map<String, String> names() {
      Map<String, String> out = new TreeMap<>();
      groups().forEach((id, group) -> {
        Map<String, int[]> counts = new TreeMap<>(); // locals, aliases, mentions
        Map<String, Set<String>> documents = new HashMap<>();
        Map<String, Long> firstAlias = new HashMap<>();
        Map<String, Integer> said = new HashMap<>();
        for (Map<String, @Nullable Object> m : group) {
          long local = (Long) m.get("id");
          String name = lower((String) m.get("name"));
          counts.computeIfAbsent(name, k -> new int[3])[0]++;
          documents.computeIfAbsent(name, k -> new TreeSet<>()).add((String) m.get("document"));
          for (Map<String, @Nullable Object> a : aliases.getOrDefault(local, List.of())) {
            String alias = lower((String) a.get("name"));
            counts.computeIfAbsent(alias, k -> new int[3])[1]++;
            documents.computeIfAbsent(alias, k -> new TreeSet<>()).add((String) a.get("document"));
            firstAlias.putIfAbsent(alias, (Long) a.get("id")); // members and aliases in order
          }
          for (String text : mentions.getOrDefault(local, List.of())) {
            said.merge(lower(text), 1, Integer::sum);
          }
        }
        counts.forEach((name, c) -> {
          List<Object> dates = dates(documents.get(name));
          out.put(id + " " + name, List.of(name, c[0], c[1], said.getOrDefault(name, 0),
              documents.get(name).size(), dates.get(0), dates.get(1),
              String.valueOf(firstAlias.get(name))).toString());
        });
      });
      return out;
    }

    Map<String, String> descriptions(Handle h) {
      Map<String, List<Long>> passages = new TreeMap<>();
      // members in document order, each one's passages in id order: the first is the earliest
      for (Map<String, @Nullable Object> m : members) {
        h.createQuery("SELECT id, text FROM descriptions WHERE entity = :e ORDER BY id")
            .bind("e", (Long) m.get("id")).mapToMap().forEach(d -> passages.computeIfAbsent(
                m.get("entity") + " " + lower((String) d.get("text")), k -> new ArrayList<>())
                .add((Long) d.get("id")));
      }
      Map<String, String> out = new TreeMap<>();
      passages.forEach((k, ids) -> out.put(k, List.of(ids.size(), ids.get(0)).toString()));
      return out;
    }

    private List<Object> dates(Set<String> documents) {
      TreeSet<String> days = new TreeSet<>();
      for (String d : documents) {
        Object p = published.get(d);
        if (p != null) {
          days.add(p.toString());
        }
      }
      return List.of(days.isEmpty() ? "null" : days.first(),
          days.isEmpty() ? "null" : days.last());
    }

    private static String lower(String s) {
      return s.toLowerCase(Locale.ROOT);
    }
  }
}
