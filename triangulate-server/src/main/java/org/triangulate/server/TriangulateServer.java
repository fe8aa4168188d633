package org.triangulate.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.store.Store;

/**
 * Builds the HTTP server over a store: the JSON API under {@code /api}, {@code /openapi.json},
 * and the web UI from the classpath folder {@value #UI} when it is there (with {@code
 * index.html} for client-side routes). Every request passes the {@link Guard}; every error is
 * JSON {@code {status, error, message}}. Handlers run on virtual threads.
 *
 * <p>The caller owns the store: stopping the server does not close it.
 */
public final class TriangulateServer {
  /** Where the UI's built files are on the classpath (the triangulate-ui jar). */
  public static final String UI = "/org/triangulate/ui/static";
  /** How long a snapshot of links and names may serve before it is read again. */
  static final Duration SNAPSHOT_MAX_AGE = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(TriangulateServer.class);
  private static final String ERROR_WRITTEN = "triangulate.error-written";

  private TriangulateServer() {}

  /** The server with the CLI's extractor for uploads (loaded on the first upload). */
  public static Javalin create(ServerSettings settings, Store store) {
    return create(settings, store, Uploads::bundledExtractor, Clock.systemUTC());
  }

  /**
   * The server, not started.
   *
   * @param extractor makes the extractor uploads use; called once, on the first upload
   * @param clock stamps notes and dates uploads
   */
  public static Javalin create(ServerSettings settings, Store store,
      Supplier<Extractor> extractor, Clock clock) {
    ObjectMapper json = JsonMapping.mapper();
    Snapshots snapshots = new Snapshots(store, settings.sources(), SNAPSHOT_MAX_AGE, System::nanoTime);
    Uploads uploads = new Uploads(store, extractor, clock, settings.maxUploadBytes());
    Api api = new Api(store, snapshots, uploads, json, clock);
    Guard guard = new Guard(settings);
    return Javalin.create(config -> {
      config.jetty.host = settings.bind();
      config.jetty.port = settings.port();
      config.concurrency.useVirtualThreads = true;
      config.jsonMapper(new JavalinJackson(json, true));
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
      config.startup.showJavalinBanner = false;
      ui(config);
      config.routes.before(guard::check);
      api.register(config.routes);
      errors(config);
    });
  }

  private static void ui(JavalinConfig config) {
    byte[] index;
    try (var in = TriangulateServer.class.getResourceAsStream(UI + "/index.html")) {
      if (in == null) {
        return;
      }
      index = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the UI's index.html", e);
    }
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = UI;
      files.location = Location.CLASSPATH;
    });
    // client-side routes get index.html; unknown API paths stay JSON 404s
    config.spaRoot.addHandler("/", ctx -> {
      if (ctx.path().startsWith("/api/") || ctx.path().equals(Api.OPENAPI)) {
        error(ctx, 404, "no such path: " + ctx.path());
      } else {
        ctx.contentType("text/html; charset=utf-8").result(index);
      }
    });
  }

  private static void errors(JavalinConfig config) {
    config.routes.exception(ServerException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getMessage() == null || e.getMessage().isBlank() ? reason(e.getStatus()) : e.getMessage()));
    config.routes.exception(StoreException.class, (e, ctx) -> {
      LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
      error(ctx, 500, e.getMessage());
    });
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {}: internal error", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: " + e.getClass().getSimpleName() + " (see the server log)");
    });
    for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
      config.routes.error(status, ctx -> {
        if (ctx.attribute(ERROR_WRITTEN) == null) {
          error(ctx, status, status == 404 ? "no such path: " + ctx.path() : reason(status));
        }
      });
    }
  }

  static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", reason(status));
    body.put("message", message);
    Guard.headers(ctx);
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    ctx.status(status).json(body);
  }

  private static String reason(int status) {
    HttpStatus s = HttpStatus.forStatus(status);
    return s == HttpStatus.UNKNOWN ? "Error" : s.getMessage();
  }
}
