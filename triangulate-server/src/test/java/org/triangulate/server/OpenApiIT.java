package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.server.Http.get;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;

/**
 * The OpenAPI document against the server: every registered route is documented, every
 * documented route is registered, every reference resolves, and what each GET route answers
 * over the test corpus has exactly the keys and types its schema names.
 */
class OpenApiIT {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  @TempDir static Path dataDir;
  static Store store;

  @BeforeAll
  static void open() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
    Corpus.save(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static io.javalin.Javalin app() {
    return TriangulateServer.create(ServerSettings.local(0), store, () -> {
      throw new AssertionError("these tests extract nothing");
    }, ApiIT.CLOCK);
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteRegistered() {
    var app = app();
    JavalinTest.test(app, (server, client) -> {
      JsonNode spec = get(client, "/openapi.json").json();
      assertThat(spec.get("openapi").asText()).isEqualTo("3.1.0");
      Set<String> documented = new TreeSet<>();
      spec.get("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
        if (METHODS.contains(m.getKey())) {
          documented.add(m.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey());
        }
      }));
      Set<String> registered = new TreeSet<>();
      for (ParsedEndpoint e : server.unsafe.internalRouter.allHttpHandlers()) {
        HandlerType t = e.endpoint.method;
        if (METHODS.contains(t.name().toLowerCase(Locale.ROOT))) {
          registered.add(t.name() + " " + e.endpoint.path);
        }
      }
      assertThat(registered).isNotEmpty();
      assertThat(documented).isEqualTo(registered);
      assertThat(danglingRefs(spec, spec)).isEmpty();
    });
  }

  @Test
  void answersHaveExactlyTheDocumentedShape() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode spec = get(client, "/openapi.json").json();
      String entity = ApiIT.entityId(client, "Karim Zadran");
      String link = get(client, "/api/links").json().get(0).get("id").asText();
      String event = get(client, "/api/events?type=bombing").json().get(0).get("group").asText();
      String claim = get(client, "/api/documents/" + Corpus.CLAIMED.id().value()).json()
          .get("claims").get(2).get("id").asText();
      Http.postJson(client, "/api/notes",
          "{\"target\":\"" + entity + "\",\"text\":\"note\",\"author\":\"a\"}");
      List<String[]> calls = List.of(
          new String[] {"/api/documents", "/api/documents"},
          new String[] {"/api/documents/{id}", "/api/documents/" + Corpus.ARREST.id().value()},
          new String[] {"/api/documents/{id}", "/api/documents/" + Corpus.CLAIMED.id().value()},
          new String[] {"/api/entities", "/api/entities"},
          new String[] {"/api/entities/{id}", "/api/entities/" + entity},
          new String[] {"/api/entities/{id}", "/api/entities/" + ApiIT.entityId(client, "Kandahar")},
          new String[] {"/api/events", "/api/events"},
          new String[] {"/api/events/{id}", "/api/events/" + event},
          new String[] {"/api/events/{id}", "/api/events/evt-000000000000"},
          new String[] {"/api/links", "/api/links"},
          new String[] {"/api/links/{id}", "/api/links/" + link},
          new String[] {"/api/graph", "/api/graph"},
          new String[] {"/api/conflicts", "/api/conflicts"},
          new String[] {"/api/search", "/api/search?q=haqqani"},
          new String[] {"/api/places", "/api/places"},
          new String[] {"/api/notes", "/api/notes?target=" + entity},
          new String[] {"/api/cite/{claimId}", "/api/cite/" + claim},
          new String[] {"/api/documents/{id}", "/api/documents/doc-0000000000000000"});
      for (String[] call : calls) {
        Http.Answer a = get(client, call[1]);
        JsonNode response = spec.get("paths").get(call[0]).get("get").get("responses")
            .get(Integer.toString(a.status()));
        assertThat(response).as(call[1] + " answered " + a.status()).isNotNull();
        JsonNode schema = response.get("content").get("application/json").get("schema");
        List<String> problems = new ArrayList<>();
        check(spec, a.json(), schema, call[1], problems);
        assertThat(problems).as(call[1]).isEmpty();
      }
    });
  }

  /** Compares a JSON value with a schema of the kinds the document uses. */
  private static void check(JsonNode spec, JsonNode value, JsonNode given, String at,
      List<String> problems) {
    JsonNode schema = resolve(spec, given);
    if (schema.has("oneOf")) {
      JsonNode chosen = null;
      for (JsonNode option : schema.get("oneOf")) {
        JsonNode o = resolve(spec, option);
        if (value.isNull() == "null".equals(o.path("type").asText())) {
          chosen = o;
        }
      }
      if (chosen == null) {
        problems.add(at + ": matches no option");
      } else if (!value.isNull()) {
        check(spec, value, chosen, at, problems);
      }
      return;
    }
    Set<String> types = new HashSet<>();
    if (schema.get("type").isArray()) {
      schema.get("type").forEach(t -> types.add(t.asText()));
    } else {
      types.add(schema.get("type").asText());
    }
    String actual = value.isNull() ? "null" : value.isObject() ? "object" : value.isArray()
        ? "array" : value.isTextual() ? "string" : value.isBoolean() ? "boolean"
        : value.isIntegralNumber() ? "integer" : "number";
    if (!types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
      problems.add(at + ": " + actual + " where the schema says " + types);
      return;
    }
    if (actual.equals("object")) {
      Set<String> keys = new TreeSet<>();
      value.fieldNames().forEachRemaining(keys::add);
      Set<String> documented = new TreeSet<>();
      schema.get("properties").fieldNames().forEachRemaining(documented::add);
      if (!keys.equals(documented)) {
        problems.add(at + ": keys " + keys + " but documented " + documented);
        return;
      }
      keys.forEach(k -> check(spec, value.get(k), schema.get("properties").get(k), at + "." + k,
          problems));
    } else if (actual.equals("array")) {
      for (int i = 0; i < Math.min(3, value.size()); i++) {
        check(spec, value.get(i), schema.get("items"), at + "[" + i + "]", problems);
      }
    }
  }

  private static JsonNode resolve(JsonNode spec, JsonNode schema) {
    while (schema.has("$ref")) {
      schema = spec.at(schema.get("$ref").asText().substring(1));
    }
    return schema;
  }

  private static List<String> danglingRefs(JsonNode spec, JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.has("$ref") && spec.at(node.get("$ref").asText().substring(1)).isMissingNode()) {
      out.add(node.get("$ref").asText());
    }
    node.forEach(child -> out.addAll(danglingRefs(spec, child)));
    return out;
  }
}
