package org.triangulate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.graph.store.Shown;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.timeline.EventFilter;
import org.triangulate.graph.views.Citation;
import org.triangulate.graph.views.ConflictRow;
import org.triangulate.graph.views.DocumentDetail;
import org.triangulate.graph.views.DocumentRow;
import org.triangulate.graph.views.EntityDetail;
import org.triangulate.graph.views.EntityGraph;
import org.triangulate.graph.views.EntityListing;
import org.triangulate.graph.views.EventDetail;
import org.triangulate.graph.views.EventRow;
import org.triangulate.graph.views.LinkDetail;
import org.triangulate.graph.views.LinkFilter;
import org.triangulate.graph.views.LinkRow;
import org.triangulate.graph.views.Note;
import org.triangulate.graph.views.Place;
import org.triangulate.graph.views.SearchHit;

/**
 * The JSON API's routes and handlers: each reads its parameters, calls one view on one
 * connection and answers JSON; see {@code openapi.json} beside this class for the contract.
 * Thread-safe (the state it holds is).
 */
final class Api {
  static final String INGEST = "/api/ingest";
  static final String OPENAPI = "/openapi.json";
  private static final Pattern DOCUMENT_ID = Pattern.compile("doc-[0-9a-f]{16}");
  private static final Pattern EVENT_ID = Pattern.compile("evt-[0-9a-f]{12}");

  private final Store store;
  private final Snapshots snapshots;
  private final Uploads uploads;
  private final ObjectMapper json;
  private final Clock clock;

  Api(Store store, Snapshots snapshots, Uploads uploads, ObjectMapper json, Clock clock) {
    this.store = store;
    this.snapshots = snapshots;
    this.uploads = uploads;
    this.json = json;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/documents", ctx -> ctx.json(store.read("documents", DocumentRow::all)));
    routes.get("/api/documents/{id}", this::document);
    routes.get("/api/entities", this::entities);
    routes.get("/api/entities/{id}", this::entity);
    routes.get("/api/events", this::events);
    routes.get("/api/events/{id}", this::event);
    routes.get("/api/links", this::links);
    routes.get("/api/links/{id}", this::link);
    routes.get("/api/graph", ctx -> ctx.json(EntityGraph.of(snapshots.get(), linkFilter(ctx))));
    routes.get("/api/conflicts",
        ctx -> ctx.json(store.read("conflicts", h -> ConflictRow.all(h, snapshots.get()))));
    routes.get("/api/search", this::search);
    routes.get("/api/places", ctx -> ctx.json(store.read("places", Place::all)));
    routes.post(INGEST, this::ingest);
    routes.get("/api/notes", this::notes);
    routes.post("/api/notes", this::addNote);
    routes.get("/api/cite/{claimId}", this::cite);
    routes.get("/api/export", this::export);
    routes.get(OPENAPI, this::openApi);
  }

  private void document(Context ctx) {
    String id = Params.path(ctx, "id");
    if (!DOCUMENT_ID.matcher(id).matches()) {
      throw ServerException.notFound("no document " + id);
    }
    ctx.json(store.read(id, h -> DocumentDetail.read(h, id, snapshots.get()))
        .orElseThrow(() -> ServerException.notFound("no document " + id)));
  }

  private void entities(Context ctx) {
    var type = Params.type(ctx);
    String q = Params.text(ctx, "q");
    int limit = Params.integer(ctx, "limit", 50, 1, 1000);
    ctx.json(store.read("entities", h -> EntityListing.top(h, type, q, limit)));
  }

  private void entity(Context ctx) {
    String id = Params.path(ctx, "id");
    for (String gone : List.of("mentionsFrom", "eventsFrom", "claimsFrom")) {
      if (ctx.queryParam(gone) != null) { // an offset, which the API no longer pages by
        throw ServerException.badRequest(gone + " is no longer read: page with "
            + gone.replace("From", "After") + ", the cursor an entity's next gives");
      }
    }
    EntityDetail.Page page;
    try {
      page = new EntityDetail.Page(Params.text(ctx, "mentionsAfter"),
          Params.text(ctx, "eventsAfter"), Params.text(ctx, "claimsAfter"));
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest(e.getMessage());
    }
    ctx.json(store.read(id, h -> EntityDetail.read(h, id, snapshots.get(), page))
        .orElseThrow(() -> ServerException.notFound("no entity " + id)));
  }

  private void events(Context ctx) {
    var type = Params.eventType(ctx);
    String place = Params.text(ctx, "place");
    String actor = Params.text(ctx, "actor");
    String entity = Params.text(ctx, "entity");
    var from = Params.date(ctx, "from");
    var to = Params.date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ServerException.badRequest("from must not be after to: from=" + from + ", to=" + to);
    }
    var filter = new EventFilter(type, place, actor, entity, from, to, false);
    ctx.json(store.read("events", h -> EventRow.list(h, filter)));
  }

  private void event(Context ctx) {
    String id = Params.path(ctx, "id");
    if (!EVENT_ID.matcher(id).matches()) {
      throw ServerException.notFound("no event " + id);
    }
    Shown.EventView view = store.show(id)
        .filter(Shown.EventView.class::isInstance).map(Shown.EventView.class::cast)
        .orElseThrow(() -> ServerException.notFound("no event " + id));
    ctx.json(store.read(id, h -> EventDetail.of(h, view, snapshots.get())));
  }

  private void links(Context ctx) {
    ctx.json(LinkRow.list(snapshots.get(), Params.text(ctx, "entity"), linkFilter(ctx)));
  }

  private void link(Context ctx) {
    String id = Params.path(ctx, "id");
    ctx.json(store.read(id, h -> LinkDetail.read(h, id, snapshots.get()))
        .orElseThrow(() -> ServerException.notFound("no link " + id)));
  }

  private static LinkFilter linkFilter(Context ctx) {
    int minOrigins = Params.integer(ctx, "minOrigins", 0, 0, 1_000_000);
    try {
      return new LinkFilter(minOrigins, Params.text(ctx, "grade"));
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest(e.getMessage());
    }
  }

  private void search(Context ctx) {
    String q = Params.requiredText(ctx, "q");
    var type = Params.type(ctx);
    int limit = Params.integer(ctx, "limit", 20, 1, 100);
    ctx.json(store.read("search", h -> SearchHit.find(h, q, type, limit, snapshots.get())));
  }

  private void ingest(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ServerException(415, "uploads must be multipart/form-data with files in the field "
          + "'files': " + (type == null ? "no Content-Type" : type));
    }
    List<UploadedFile> files = ctx.uploadedFiles("files");
    if (files.isEmpty()) {
      throw ServerException.badRequest("an upload needs at least one file in the field 'files'");
    }
    List<Uploads.Result> results;
    try {
      results = uploads.ingest(files);
    } finally {
      snapshots.invalidate();
    }
    ctx.json(Map.of("results", results));
  }

  private void notes(Context ctx) {
    String target = Params.requiredText(ctx, "target");
    ctx.json(store.read("notes", h -> Note.on(h, target)));
  }

  private void addNote(Context ctx) {
    if (!String.valueOf(ctx.contentType()).toLowerCase(java.util.Locale.ROOT)
        .startsWith("application/json")) {
      throw new ServerException(415, "a note must be sent as application/json: "
          + ctx.contentType());
    }
    JsonNode body;
    try {
      body = json.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw ServerException.badRequest("a note must be a JSON object {target, text, author}");
    }
    if (body == null || !body.isObject()) {
      throw ServerException.badRequest("a note must be a JSON object {target, text, author}");
    }
    String target = field(body, "target");
    String text = field(body, "text");
    String author = field(body, "author");
    if (target == null || text == null) {
      throw ServerException.badRequest("a note needs a target and a text");
    }
    String by = author == null ? "anonymous" : author;
    Note[] saved = new Note[1];
    try {
      store.write("note on " + target, h -> saved[0] = Note.add(h, target, by, text, clock));
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest(e.getMessage());
    }
    ctx.status(201).json(saved[0]);
  }

  private static @Nullable String field(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ServerException.badRequest(name + " must be a string");
    }
    if (v.asText().indexOf('\0') >= 0) {
      throw ServerException.badRequest(name + " must not contain NUL (\\u0000)");
    }
    return v.asText().isBlank() ? null : v.asText().strip();
  }

  private void cite(Context ctx) {
    String id = Params.path(ctx, "claimId");
    ctx.json(store.read(id, h -> Citation.of(h, id, snapshots.get()))
        .orElseThrow(() -> ServerException.notFound("no claim " + id)));
  }

  /**
   * The whole store in one format as a download, streamed as the exporter writes it: the bytes
   * {@code triangulate export --format} writes. An error after the first bytes went out can only
   * cut the download short (the status is sent by then); the server log names it.
   */
  private void export(Context ctx) {
    String label = Params.text(ctx, "format");
    ExportFormat format = (label == null ? java.util.Optional.<ExportFormat>empty()
        : ExportFormat.find(label)).orElseThrow(() -> ServerException.badRequest(
            "format must be one of " + ExportFormat.labels() + ": "
                + (label == null ? "none given" : label)));
    ctx.contentType(format.mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
    store.export(format, ctx.outputStream());
  }

  private void openApi(Context ctx) {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the classpath");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
