package org.triangulate.graph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The STIX objects of one export as they are built: each object's common properties, and the
 * STIX id of each of Triangulate's ids that became an object, so that later objects refer only
 * to objects in the bundle. An object's {@code created} is the earliest ingest time of the
 * documents behind it and {@code modified} the latest, so a new report about it changes its
 * version. Not thread-safe: one per export.
 */
final class StixContext {
  static final ObjectMapper JSON = new ObjectMapper();

  private final List<ObjectNode> objects = new ArrayList<>();
  private final Map<String, String> refs = new HashMap<>();
  private final Map<String, ObjectNode> byKey = new HashMap<>();
  private final Map<String, Instant> ingested;
  private final Instant earliest;
  private final String creator;

  StixContext(Map<String, Instant> ingested) {
    this.ingested = Map.copyOf(ingested);
    this.earliest = ingested.values().stream().min(Instant::compareTo).orElse(Instant.EPOCH);
    this.creator = StixIds.id("identity", "triangulate");
    ObjectNode self = newObject("identity", "triangulate", List.of());
    self.remove("created_by_ref");
    self.put("name", "Triangulate");
    self.put("identity_class", "system");
    self.put("description", "The program that turned the reports into this evidence graph.");
  }

  /**
   * A new object of {@code type} for Triangulate's id or key {@code key}, with the common
   * properties set, added to the bundle and registered under {@code key}.
   *
   * @param documents the documents behind it, for its timestamps
   */
  ObjectNode newObject(String type, String key, Collection<String> documents) {
    ObjectNode o = JSON.createObjectNode();
    String id = StixIds.id(type, key);
    o.put("type", type);
    o.put("spec_version", "2.1");
    o.put("id", id);
    Instant created = null;
    Instant modified = null;
    for (String d : documents) {
      Instant t = ingested.get(d);
      if (t != null) {
        created = created == null || t.isBefore(created) ? t : created;
        modified = modified == null || t.isAfter(modified) ? t : modified;
      }
    }
    o.put("created", StixIds.timestamp(created == null ? earliest : created));
    o.put("modified", StixIds.timestamp(modified == null ? earliest : modified));
    o.put("created_by_ref", creator);
    objects.add(o);
    refs.put(key, id);
    byKey.put(key, o);
    return o;
  }

  /** Registers {@code alias} as another key of the object made for {@code key}. */
  void alias(String alias, String key) {
    refs.put(alias, refs.get(key));
    byKey.put(alias, byKey.get(key));
  }

  /** The object made for {@code key}, if any. */
  @Nullable ObjectNode object(String key) {
    return byKey.get(key);
  }

  /** The STIX id of what Triangulate calls {@code key}, if it became an object. */
  @Nullable String ref(@Nullable String key) {
    return key == null ? null : refs.get(key);
  }

  /** Adds {@code values} as a string array, unless empty (STIX lists are never empty). */
  static void strings(ObjectNode o, String field, Collection<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.forEach(a::add);
    }
  }

  /** Puts {@code value} unless null (STIX properties are never null). */
  static void put(ObjectNode o, String field, @Nullable String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  /** Puts {@code value} unless null. */
  static void put(ObjectNode o, String field, @Nullable Integer value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  List<ObjectNode> objects() {
    return objects;
  }
}
