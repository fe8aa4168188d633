package org.triangulate.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.store.Store;
import org.triangulate.server.ServerSettings;
import org.triangulate.server.TriangulateServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate serve [--port 8080] [--bind 127.0.0.1] [--token TOKEN]}: the JSON API and
 * the web UI over the store, until interrupted (Ctrl-C); the store is closed on the way out.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the JSON API (/api, /openapi.json) and the web UI over the store until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default 8080).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_BIND,
      description = "Address to listen on (default 127.0.0.1). Any other than loopback needs a token.")
  String bind;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Bearer token write requests need when not bound to loopback (default: $TRIANGULATE_TOKEN).")
  @Nullable String token;

  @Option(names = "--sources", paramLabel = "FILE", description = "A source table of your own (sources.tsv format) over the bundled one.")
  List<Path> sources = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    String secret = token != null ? token : System.getenv("TRIANGULATE_TOKEN");
    ServerSettings settings = new ServerSettings(bind, port, secret,
        ServerSettings.MAX_UPLOAD_BYTES, ServerSettings.MAX_BODY_BYTES, SourceTable.load(sources));
    Store store = main.store.open();
    Javalin app;
    try {
      app = TriangulateServer.create(settings, store).start();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        app.stop();
      } finally {
        store.close();
        stopped.countDown();
      }
    }, "triangulate-serve-shutdown"));
    out.printf("triangulate: serving %s on http://%s:%d/ (Ctrl-C to stop)%n", store,
        bind.contains(":") ? "[" + bind + "]" : bind, app.port());
    out.flush();
    stopped.await();
    return Main.OK;
  }
}
