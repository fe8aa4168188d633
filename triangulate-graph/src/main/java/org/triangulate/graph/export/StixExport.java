package org.triangulate.graph.export;

import static org.triangulate.graph.export.StixContext.put;
import static org.triangulate.graph.export.StixContext.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.triangulate.graph.internal.EntityGroups;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.model.EntityType;
import org.triangulate.model.Geo;

/**
 * Writes the store as one STIX 2.1 bundle (OASIS STIX Version 2.1, 2021), the format of
 * OpenCTI and MISP:
 *
 * <ul>
 *   <li>entities: armed groups and the persons who act for them as {@code threat-actor} (see
 *       {@link StixActors}; those the source table rates as armed groups have {@code
 *       threat_actor_types} terrorist, others unknown), other organisations as {@code identity} of class organization, other
 *       persons as identity of class individual, places with coordinates as {@code location}
 *       (latitude, longitude, country, administrative_area). Places the gazetteer did not
 *       locate are left out: a STIX location needs coordinates, a country or a region;
 *   <li>each outlet that published a document as an identity with its source reliability
 *       ({@code x_triangulate_reliability}) from the source table; the entity of the same name,
 *       when there is one, is that identity;
 *   <li>each event group as an {@code incident} with its type, time, casualties and
 *       participants under {@code x_triangulate_} properties, and a {@code located-at}
 *       relationship to its place;
 *   <li>each link and each claim as {@link StixStatements} writes them;
 *   <li>each document as a {@code report} (title, published date, or the ingest time when it
 *       has none, outlet, URL) whose {@code object_refs} are what was extracted from it.
 * </ul>
 *
 * <p>Ids are version-5 UUIDs of Triangulate's ids ({@link StixIds}). Every property that has no
 * value is left out, as STIX requires. Stateless, so thread-safe.
 */
final class StixExport {
  private StixExport() {}

  static void write(GraphSnapshot g, OutputStream out) {
    Map<String, Instant> ingested = new HashMap<>();
    g.documents().forEach(d -> ingested.put(d.id(), d.ingested()));
    StixContext ctx = new StixContext(ingested);
    Map<String, List<String>> documentsOf = new HashMap<>();
    g.entitiesByDocument().forEach((doc, ids) -> ids.forEach(
        id -> documentsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(doc)));
    StixActors actors = StixActors.of(g);
    for (EntityGroup e : g.entities()) {
      entity(ctx, e, actors.isThreatActor(e), documentsOf.getOrDefault(e.id(), List.of()),
          g.sources());
    }
    outlets(ctx, g);
    Map<String, String> names = new HashMap<>();
    g.entities().forEach(e -> names.put(e.id(), e.name()));
    for (EventGroup v : g.events()) {
      incident(ctx, v, names);
    }
    StixStatements.write(ctx, g, names);
    reports(ctx, g);
    try (JsonGenerator gen = StixContext.JSON.getFactory().createGenerator(out)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.useDefaultPrettyPrinter();
      ObjectNode bundle = StixContext.JSON.createObjectNode();
      bundle.put("type", "bundle");
      List<String> ids = ctx.objects().stream().map(o -> o.get("id").asText()).sorted().toList();
      bundle.put("id", StixIds.id("bundle", "bundle:" + String.join(",", ids)));
      ArrayNode objects = bundle.putArray("objects");
      ctx.objects().forEach(objects::add);
      StixContext.JSON.writeTree(gen, bundle);
    } catch (IOException e) {
      throw new StoreException("export: cannot write the STIX bundle: " + e.getMessage(), e);
    }
  }

  private static void entity(StixContext ctx, EntityGroup e, boolean threatActor,
      List<String> documents, SourceTable sources) {
    ObjectNode o;
    if (e.type() == EntityType.LOCATION || e.type() == EntityType.FACILITY) {
      if (e.geo() == null) {
        return;
      }
      o = ctx.newObject("location", e.id(), documents);
      Geo geo = e.geo();
      o.put("latitude", geo.lat());
      o.put("longitude", geo.lon());
      o.put("country", geo.country());
      put(o, "administrative_area", geo.province());
      put(o, "x_triangulate_gazetteer_id", geo.gazetteerId());
    } else if (threatActor) {
      o = ctx.newObject("threat-actor", e.id(), documents);
      strings(o, "threat_actor_types",
          List.of(StixActors.armedGroup(e, sources) ? "terrorist" : "unknown"));
      strings(o, "aliases", e.aliases());
    } else {
      o = ctx.newObject("identity", e.id(), documents);
      o.put("identity_class", e.type() == EntityType.PERSON ? "individual" : "organization");
      strings(o, "x_triangulate_aliases", e.aliases());
      strings(o, "roles", e.descriptions());
    }
    o.put("name", e.name());
    if (!e.descriptions().isEmpty()) {
      o.put("description", String.join("; ", e.descriptions()));
    }
    o.put("x_triangulate_id", e.id());
    o.put("x_triangulate_type", e.type().name());
    put(o, "x_triangulate_kb", e.kb());
    o.put("x_triangulate_documents", e.documents());
    if (e.type() == EntityType.ORGANIZATION) {
      rating(o, sources.rate(e.name(), e.kb(), "org"));
    }
  }

  private static void rating(ObjectNode o, SourceTable.Rating r) {
    o.put("x_triangulate_reliability", String.valueOf(r.reliability()));
    o.put("x_triangulate_source_category", r.category());
    o.put("x_triangulate_interested_party", r.interested());
  }

  /** An identity for each outlet, or the entity of the same name when there is one. */
  private static void outlets(StixContext ctx, GraphSnapshot g) {
    Map<String, String> organisations = new HashMap<>();
    g.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .forEach(e -> organisations.putIfAbsent(EntityGroups.fold(e.name()), e.id()));
    Map<String, List<String>> byOutlet = new HashMap<>();
    g.documents().stream().filter(d -> d.source() != null).forEach(d -> byOutlet
        .computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d.id()));
    byOutlet.keySet().stream().sorted().forEach(name -> {
      String key = outletKey(name);
      SourceTable.Rating r = g.sources().rate(name, null, "outlet");
      String entity = organisations.get(EntityGroups.fold(name));
      ObjectNode o = entity == null ? null : ctx.object(entity);
      if (o == null) {
        o = ctx.newObject("identity", key, byOutlet.get(name));
        o.put("name", name);
        o.put("identity_class", "organization");
      } else {
        ctx.alias(key, entity);
      }
      rating(o, r);
      o.put("x_triangulate_outlet", true);
    });
  }

  static String outletKey(String name) {
    return "outlet:" + EntityGroups.fold(name);
  }

  private static void incident(StixContext ctx, EventGroup v, Map<String, String> names) {
    ObjectNode o = ctx.newObject("incident", v.id(), v.documents());
    ExportedEvent f = v.fields();
    String place = f.location() == null ? null : names.get(f.location());
    o.put("name", title(f.type()) + (place == null ? "" : " in " + place)
        + (f.timeValue() == null ? "" : ", " + f.timeValue()));
    if (!v.evidence().isEmpty()) {
      o.put("description", String.join(" … ", v.evidence()));
    }
    o.put("x_triangulate_id", v.id());
    o.put("x_triangulate_event_type", f.type());
    put(o, "x_triangulate_time", f.timeValue());
    o.put("x_triangulate_time_precision", f.precision());
    o.put("x_triangulate_time_basis", f.basis());
    put(o, "x_triangulate_time_text", f.timeText());
    put(o, "x_triangulate_killed", f.killed());
    put(o, "x_triangulate_injured", f.injured());
    put(o, "x_triangulate_location_name", place);
    o.put("x_triangulate_documents", v.documents().size());
    ArrayNode participants = StixContext.JSON.createArrayNode();
    for (EventParticipant p : v.participants()) {
      ObjectNode n = participants.addObject();
      n.put("role", p.role());
      n.put("text", p.text());
      put(n, "entity_ref", ctx.ref(p.entity()));
    }
    if (!participants.isEmpty()) {
      o.set("x_triangulate_participants", participants);
    }
    String location = ctx.ref(f.location());
    if (location != null) {
      ObjectNode r = ctx.newObject("relationship", "located-at:" + v.id(), v.documents());
      r.put("relationship_type", "located-at");
      r.put("source_ref", o.get("id").asText());
      r.put("target_ref", location);
    }
  }

  /** "MISSILE_ATTACK" → "Missile attack". */
  static String title(String type) {
    String words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static void reports(StixContext ctx, GraphSnapshot g) {
    Map<String, Set<String>> refs = new HashMap<>();
    g.entitiesByDocument().forEach((doc, ids) -> ids.forEach(id -> add(refs, doc, ctx.ref(id))));
    g.events().forEach(v -> v.documents().forEach(doc -> add(refs, doc, ctx.ref(v.id()))));
    g.events().forEach(v -> v.documents().forEach(
        doc -> add(refs, doc, ctx.ref("located-at:" + v.id()))));
    Map<String, String> claimDocuments = new HashMap<>();
    g.claims().forEach(c -> {
      add(refs, c.document(), ctx.ref(c.id()));
      claimDocuments.put(c.id(), c.document());
    });
    g.links().forEach(l -> l.claims().forEach(c -> {
      String doc = claimDocuments.get(c);
      if (doc != null) {
        add(refs, doc, ctx.ref(StixStatements.key(l)));
      }
    }));
    for (SnapshotDocument d : g.documents()) {
      String outlet = d.source() == null ? null : ctx.ref(outletKey(d.source()));
      ObjectNode o = ctx.newObject("report", d.id(), List.of(d.id()));
      o.put("name", d.title() != null && !d.title().isBlank() ? d.title() : d.id());
      o.put("published", d.published() != null
          ? StixIds.timestamp(d.published().atStartOfDay().toInstant(ZoneOffset.UTC))
          : StixIds.timestamp(d.ingested()));
      Set<String> objects = new LinkedHashSet<>(refs.getOrDefault(d.id(), Set.of()));
      if (outlet != null) {
        objects.add(outlet);
      }
      if (objects.isEmpty()) { // object_refs must not be empty: name the program that read it
        objects.add(StixIds.id("identity", "triangulate"));
      }
      strings(o, "object_refs", new ArrayList<>(objects));
      o.put("x_triangulate_id", d.id());
      o.put("x_triangulate_published_known", d.published() != null);
      o.put("x_triangulate_published_inferred", d.publishedInferred());
      o.put("x_triangulate_extracted", d.extracted());
      put(o, "x_triangulate_outlet_ref", outlet);
      put(o, "x_triangulate_copy_of_ref", d.copyOf() == null ? null : ctx.ref(d.copyOf()));
      ArrayNode external = o.putArray("external_references");
      ObjectNode ref = external.addObject();
      ref.put("source_name", d.source() != null ? d.source() : "triangulate");
      ref.put("external_id", d.id());
      put(ref, "url", d.url());
    }
  }

  private static void add(Map<String, Set<String>> refs, String document, @Nullable String ref) {
    if (ref != null) {
      refs.computeIfAbsent(document, k -> new LinkedHashSet<>()).add(ref);
    }
  }
}
