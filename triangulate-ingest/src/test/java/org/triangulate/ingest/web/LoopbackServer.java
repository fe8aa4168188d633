package org.triangulate.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK's HTTP server on loopback and a random port, counting hits and user agents. */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<String> agents = new CopyOnWriteArrayList<>();

  public LoopbackServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  /** Answers {@code path} exactly (nothing below it) with {@code handler}. */
  public LoopbackServer route(String path, HttpHandler handler) {
    server.createContext(path, ex -> {
      if (!ex.getRequestURI().getPath().equals(path)) {
        respond(ex, 404, "text/plain", new byte[0]);
        return;
      }
      hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
      try {
        handler.handle(ex);
      } catch (IOException e) {
        // the client went away (a timeout or a refused oversize page): nothing to answer
      }
    });
    return this;
  }

  /** Answers {@code path} with {@code body} as {@code type}. */
  public LoopbackServer page(String path, String type, byte[] body) {
    return route(path, ex -> respond(ex, 200, type, body));
  }

  public static void respond(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** How many times {@code path} was asked for. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  public List<String> agents() {
    return List.copyOf(agents);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
