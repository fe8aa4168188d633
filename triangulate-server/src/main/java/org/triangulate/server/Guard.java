package org.triangulate.server;

import io.javalin.http.Context;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks every request before it is handled, and sets the security headers on every response.
 *
 * <ul>
 *   <li>DNS rebinding: the Host header must name this server — localhost, 127.0.0.1, [::1], the
 *       bound address (every local address when bound to a wildcard) — with the port the request
 *       came in on; else 403.
 *   <li>CSRF: a write request (POST, PUT, PATCH, DELETE) whose Origin, or else Referer, is not
 *       one of this server's own origins (any of the names above, with its port) gets 403. A
 *       write with neither gets 403 too when it comes from a browser, which every current
 *       browser says with its Sec-Fetch-Site or Sec-Fetch-Mode header; a client that sends none
 *       of the four (curl, scripts) passes this check, and off loopback still needs the token.
 *   <li>Token: bound to a non-loopback address, write requests need {@code Authorization:
 *       Bearer TOKEN}; else 403. Compared in constant time.
 *   <li>Size: a request whose Content-Length exceeds the limit (uploads, other bodies) gets 413
 *       before its body is read.
 * </ul>
 *
 * Immutable after construction, so thread-safe.
 */
final class Guard {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final ServerSettings settings;
  private final Set<String> hostNames;
  private final byte @Nullable [] token;

  Guard(ServerSettings settings) {
    this.settings = settings;
    this.hostNames = hostNames(settings.bind());
    this.token = settings.token() == null ? null
        : settings.token().getBytes(StandardCharsets.UTF_8);
  }

  void check(Context ctx) {
    headers(ctx);
    String host = ctx.header("Host");
    int port = ctx.req().getLocalPort();
    if (host == null || !allowedHost(host, port)) {
      throw ServerException.forbidden("the Host header must name this server (localhost:" + port
          + " or the address it is bound to): " + (host == null ? "none" : shorten(host)));
    }
    if (isWrite(ctx.method().name())) {
      checkOrigin(ctx);
      checkToken(ctx);
      checkSize(ctx);
    }
  }

  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  static boolean isWrite(String method) {
    return switch (method) {
      case "POST", "PUT", "PATCH", "DELETE" -> true;
      default -> false;
    };
  }

  boolean allowedHost(String hostHeader, int port) {
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    String name;
    int given;
    int close = h.lastIndexOf(']');
    int colon = h.lastIndexOf(':');
    if (colon > close) {
      name = h.substring(0, colon);
      try {
        given = Integer.parseInt(h.substring(colon + 1));
      } catch (NumberFormatException e) {
        return false;
      }
    } else {
      name = h;
      given = 80;
    }
    return given == port && hostNames.contains(name);
  }

  private void checkOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    String source = origin != null ? origin : ctx.header("Referer");
    if (source == null) {
      if (ctx.header("Sec-Fetch-Site") != null || ctx.header("Sec-Fetch-Mode") != null) {
        throw ServerException.forbidden("write requests from a browser must carry an Origin or "
            + "Referer header naming this server: neither was sent");
      }
      return; // not a browser: curl, scripts
    }
    String authority = null;
    try {
      URI uri = new URI(source.strip());
      if ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) {
        authority = uri.getRawAuthority();
      }
    } catch (URISyntaxException e) {
      authority = null;
    }
    if (authority == null || !allowedHost(authority, ctx.req().getLocalPort())) {
      throw ServerException.forbidden("write requests must come from this server's own pages: "
          + (origin != null ? "Origin " : "Referer ") + shorten(source));
    }
  }

  private void checkToken(Context ctx) {
    if (!settings.tokenRequired() || token == null) {
      return;
    }
    String auth = ctx.header("Authorization");
    byte[] given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
        ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, token)) {
      throw ServerException.forbidden(
          "write requests to a server bound to " + settings.bind()
              + " need the header Authorization: Bearer TOKEN with the server's token");
    }
  }

  private void checkSize(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    boolean upload = ctx.path().equals(Api.INGEST);
    long limit = upload ? settings.maxUploadBytes() : settings.maxBodyBytes();
    if (length > limit) {
      throw new ServerException(413, (upload ? "uploads" : "request bodies")
          + " must be at most " + limit + " bytes: Content-Length " + length);
    }
  }

  /** The names the Host header may give: loopback names and the bound address(es). */
  private static Set<String> hostNames(String bind) {
    Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
    names.add(bind.toLowerCase(Locale.ROOT));
    try {
      InetAddress bound = InetAddress.getByName(bind);
      if (bound.isAnyLocalAddress()) {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          Collections.list(nif.getInetAddresses()).forEach(a -> names.add(literal(a)));
        }
        names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
      } else {
        names.add(literal(bound));
      }
    } catch (UnknownHostException | SocketException e) {
      // the bound name itself is still allowed
    }
    return Set.copyOf(names);
  }

  private static String literal(InetAddress a) {
    String s = a.getHostAddress();
    int zone = s.indexOf('%');
    if (zone >= 0) {
      s = s.substring(0, zone);
    }
    return (a instanceof Inet6Address ? "[" + s + "]" : s).toLowerCase(Locale.ROOT);
  }

  private static String shorten(String s) {
    return s.length() > 100 ? s.substring(0, 100) + "…" : s;
  }
}
