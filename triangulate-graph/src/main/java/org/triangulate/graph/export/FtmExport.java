package org.triangulate.graph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.export.GraphSnapshot.EventGroup;
import org.triangulate.graph.export.GraphSnapshot.EventParticipant;
import org.triangulate.graph.export.GraphSnapshot.SnapshotDocument;
import org.triangulate.graph.internal.EntityGroup;
import org.triangulate.graph.internal.Json;
import org.triangulate.graph.links.Link;
import org.triangulate.model.EntityType;

/**
 * Writes the store as FollowTheMoney entities (the data model of Aleph and OpenSanctions), one
 * JSON object a line: {@code {"id", "schema", "properties": {name: [values]}}}.
 *
 * <ul>
 *   <li>persons as {@code Person}, organisations as {@code Organization} (name, aliases,
 *       descriptions as notes), places and facilities as {@code Address} (full name, country
 *       code, province as region, coordinates);
 *   <li>each document as an {@code Article} (title, outlet as publisher, date, URL), and a
 *       {@code Documentation} from it to every entity and event it mentions;
 *   <li>for every person and organisation a document names, a {@code Mention}: the names the
 *       document gives it (not pronouns), the document, the entity as {@code resolved}, its
 *       schema as {@code detectedSchema}, and as {@code contextCountry} the countries of the
 *       located places the document names. Places get none: {@code resolved} ranges over legal
 *       entities, which an {@code Address} is not (their {@code Documentation} links them);
 *   <li>each event group as an {@code Event} (name, date or start and end, place, named
 *       participants as involved, evidence as summary);
 *   <li>each link as a {@code Membership} (MEMBER_OF), a {@code Directorship} (LEADS to an
 *       organisation) or else an {@code UnknownLink} whose role is the predicate; its grade,
 *       origins and period are in its summary and description, FollowTheMoney having no
 *       property for them.
 * </ul>
 *
 * Ids are Triangulate's ({@code ent-…}, {@code evt-…}, {@code doc-…}), and for links and
 * documentations a hash of what they join. Stateless, so thread-safe.
 */
final class FtmExport {
  private FtmExport() {}

  /** One entity as it is written. */
  private record Entity(String id, String schema, Map<String, List<String>> properties) {}

  static void write(GraphSnapshot g, List<GraphSnapshot.MentionNames> names, OutputStream out) {
    Map<String, EntityGroup> entities = g.entityIndex();
    List<Entity> all = new ArrayList<>();
    g.entities().forEach(e -> all.add(entity(e)));
    g.documents().forEach(d -> all.add(article(d)));
    for (EventGroup v : g.events()) {
      all.add(event(v, entities));
    }
    g.entitiesByDocument().forEach((doc, ids) -> ids.forEach(id -> all.add(documentation(doc, id))));
    g.events().forEach(v -> v.documents().forEach(doc -> all.add(documentation(doc, v.id()))));
    all.addAll(mentions(names, entities));
    g.links().forEach(l -> all.add(link(l, entities)));
    try (JsonGenerator gen = StixContext.JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      for (Entity e : all) {
        gen.writeStartObject();
        gen.writeStringField("id", e.id());
        gen.writeStringField("schema", e.schema());
        gen.writeObjectFieldStart("properties");
        for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
          JsonExport.strings(gen, p.getKey(), p.getValue());
        }
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new StoreException("export: cannot write FollowTheMoney: " + e.getMessage(), e);
    }
  }

  private static Entity entity(EntityGroup e) {
    Props p = new Props();
    if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
      p.add("name", e.name());
      e.aliases().forEach(a -> p.add("alias", a));
      e.descriptions().forEach(d -> p.add("notes", d));
      return new Entity(e.id(), e.type() == EntityType.PERSON ? "Person" : "Organization",
          p.values);
    }
    p.add("name", e.name());
    p.add("full", e.name());
    e.aliases().forEach(a -> p.add("alias", a));
    if (e.geo() != null) {
      p.add("country", e.geo().country().toLowerCase(Locale.ROOT));
      p.add("region", e.geo().province());
      p.add("latitude", String.valueOf(e.geo().lat()));
      p.add("longitude", String.valueOf(e.geo().lon()));
    }
    return new Entity(e.id(), "Address", p.values);
  }

  private static Entity article(SnapshotDocument d) {
    Props p = new Props();
    p.add("title", d.title());
    p.add("name", d.title() != null ? d.title() : d.id());
    p.add("publisher", d.source());
    p.add("publishedAt", d.published() == null ? null : d.published().toString());
    p.add("sourceUrl", d.url());
    return new Entity(d.id(), "Article", p.values);
  }

  private static Entity event(EventGroup v, Map<String, EntityGroup> entities) {
    ExportedEvent f = v.fields();
    Props p = new Props();
    EntityGroup place = f.location() == null ? null : entities.get(f.location());
    p.add("name", StixExport.title(f.type()) + (place == null ? "" : " in " + place.name())
        + (f.timeValue() == null ? "" : ", " + f.timeValue()));
    String time = f.timeValue();
    if (time != null && time.contains("/")) {
      String[] ends = time.split("/", 2);
      p.add("startDate", ends[0].equals("..") ? null : ends[0]);
      p.add("endDate", ends[1].equals("..") ? null : ends[1]);
    } else {
      p.add("date", time);
    }
    if (place != null) {
      p.add("location", place.name());
      p.add("addressEntity", place.id());
      if (place.geo() != null) {
        p.add("country", place.geo().country().toLowerCase(Locale.ROOT));
      }
    }
    for (EventParticipant x : v.participants()) {
      EntityGroup e = x.entity() == null ? null : entities.get(x.entity());
      if (e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
        p.add("involved", e.id());
      }
    }
    v.evidence().forEach(s -> p.add("summary", s));
    p.add("description", f.type() + (f.killed() == null ? "" : "; killed " + f.killed())
        + (f.injured() == null ? "" : "; injured " + f.injured()));
    return new Entity(v.id(), "Event", p.values);
  }

  private static Entity documentation(String document, String about) {
    Props p = new Props();
    p.add("document", document);
    p.add("entity", about);
    p.add("role", "mentions");
    return new Entity("ftm-" + Json.sha256Hex("documentation:" + document + ":" + about)
        .substring(0, 16), "Documentation", p.values);
  }

  private static List<Entity> mentions(List<GraphSnapshot.MentionNames> names,
      Map<String, EntityGroup> entities) {
    Map<String, Set<String>> countries = new LinkedHashMap<>();
    for (GraphSnapshot.MentionNames n : names) {
      EntityGroup e = entities.get(n.entity());
      if (e != null && e.geo() != null) {
        countries.computeIfAbsent(n.document(), k -> new java.util.TreeSet<>())
            .add(e.geo().country().toLowerCase(Locale.ROOT));
      }
    }
    List<Entity> out = new ArrayList<>();
    for (GraphSnapshot.MentionNames n : names) {
      EntityGroup e = entities.get(n.entity());
      if (e == null || (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION)) {
        continue;
      }
      Props p = new Props();
      n.names().forEach(name -> p.add("name", name));
      p.add("document", n.document());
      p.add("resolved", e.id());
      p.add("detectedSchema", e.type() == EntityType.PERSON ? "Person" : "Organization");
      countries.getOrDefault(n.document(), Set.of()).forEach(c -> p.add("contextCountry", c));
      out.add(new Entity("ftm-" + Json.sha256Hex("mention:" + n.document() + ":" + e.id())
          .substring(0, 16), "Mention", p.values));
    }
    return out;
  }

  private static Entity link(Link l, Map<String, EntityGroup> entities) {
    EntityGroup target = entities.get(l.target());
    boolean toOrganisation = target != null && target.type() == EntityType.ORGANIZATION;
    EntityGroup source = entities.get(l.source());
    boolean fromLegal = source != null
        && (source.type() == EntityType.PERSON || source.type() == EntityType.ORGANIZATION);
    Props p = new Props();
    String schema;
    if (l.type().equals("MEMBER_OF") && toOrganisation && fromLegal) {
      schema = "Membership";
      p.add("member", l.source());
      p.add("organization", l.target());
    } else if (l.type().equals("LEADS") && toOrganisation && fromLegal) {
      schema = "Directorship";
      p.add("director", l.source());
      p.add("organization", l.target());
    } else {
      schema = "UnknownLink";
      p.add("subject", l.source());
      p.add("object", l.target());
    }
    p.add("role", l.type().toLowerCase(Locale.ROOT).replace('_', ' '));
    p.add("summary", "Admiralty grade " + l.grade() + ": " + l.independentOrigins()
        + " independent origin(s), " + l.contradictingOrigins() + " contradicting, "
        + l.documents() + " document(s)");
    p.add("description", String.join(" ", l.explanation()));
    p.add("publisher", l.origins().isEmpty() ? null : String.join("; ", l.origins()));
    p.add("date", l.to() == null ? null : l.to().toString());
    return new Entity("ftm-" + Json.sha256Hex("link:" + l.source() + "|" + l.type() + "|"
        + l.target()).substring(0, 16), schema, p.values);
  }

  /** Property values in order, each once, none null or blank. */
  private static final class Props {
    final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, Set<String>> seen = new LinkedHashMap<>();

    void add(String property, @Nullable String value) {
      if (value != null && !value.isBlank()
          && seen.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(value)) {
        values.computeIfAbsent(property, k -> new ArrayList<>()).add(value);
      }
    }
  }
}
