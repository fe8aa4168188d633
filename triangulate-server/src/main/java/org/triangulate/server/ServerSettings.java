package org.triangulate.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.SourceTable;

/**
 * How the server runs.
 *
 * @param bind the address to listen on ({@code 127.0.0.1} by default)
 * @param port the port; 0 for any free one
 * @param token the bearer token write requests must carry when not bound to a loopback address,
 *     or null; required then
 * @param maxUploadBytes the largest file an upload may carry, and the largest upload request
 *     ({@value #MAX_UPLOAD_BYTES} by default)
 * @param maxBodyBytes the largest JSON request body ({@value #MAX_BODY_BYTES} by default)
 * @param sources how far the origins behind links are trusted
 */
public record ServerSettings(String bind, int port, @Nullable String token, long maxUploadBytes,
    long maxBodyBytes, SourceTable sources) {
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  /** 20 MB per upload request. */
  public static final long MAX_UPLOAD_BYTES = 20L << 20;
  /** 64 KB per JSON body (a note). */
  public static final long MAX_BODY_BYTES = 64L << 10;

  public ServerSettings {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(sources, "sources");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535: " + port);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (token == null && !isLoopback(bind)) {
      throw new IllegalArgumentException("bound to " + bind + ", which is not a loopback address,"
          + " the server needs a token for write requests: give --token or set TRIANGULATE_TOKEN");
    }
    if (maxUploadBytes <= 0 || maxBodyBytes <= 0) {
      throw new IllegalArgumentException("size limits must be positive: upload=" + maxUploadBytes
          + ", body=" + maxBodyBytes);
    }
  }

  /** Loopback on the default port with the default limits and the bundled source table. */
  public static ServerSettings local(int port) {
    return new ServerSettings(DEFAULT_BIND, port, null, MAX_UPLOAD_BYTES, MAX_BODY_BYTES,
        SourceTable.bundled());
  }

  public ServerSettings withToken(@Nullable String newToken) {
    return new ServerSettings(bind, port, newToken, maxUploadBytes, maxBodyBytes, sources);
  }

  public ServerSettings withLimits(long upload, long body) {
    return new ServerSettings(bind, port, token, upload, body, sources);
  }

  /** Whether write requests need the token: whenever the server is reachable from elsewhere. */
  public boolean tokenRequired() {
    return !isLoopback(bind);
  }

  /** {@code localhost}, 127.0.0.0/8 and ::1 are loopback; names are looked up. */
  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
