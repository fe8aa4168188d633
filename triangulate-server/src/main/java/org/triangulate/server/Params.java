package org.triangulate.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;
import org.triangulate.model.EventType;

/** Query parameters, checked: a bad value is a 400 naming the parameter and the value. */
final class Params {
  private static final int MAX_TEXT = 200;

  private Params() {}

  /**
   * A text parameter, stripped; null when absent or blank. NUL and bytes that are not UTF-8 are
   * refused with a 400 naming the parameter (PostgreSQL stores neither in text).
   */
  static @Nullable String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    checkText(ctx, name, v, "query parameter");
    if (v.length() > MAX_TEXT) {
      throw ServerException.badRequest(
          name + " must be at most " + MAX_TEXT + " characters: " + v.length());
    }
    return v.strip();
  }

  /** A path parameter, with NUL and bytes that are not UTF-8 refused as for {@link #text}. */
  static String path(Context ctx, String name) {
    String v = ctx.pathParam(name);
    checkText(ctx, name, v, "path parameter");
    return v;
  }

  /** Refuses NUL, and U+FFFD where the request's bytes there were not UTF-8. */
  static void checkText(Context ctx, String name, String value, String kind) {
    if (value.indexOf('\0') >= 0) {
      throw ServerException.badRequest("the " + kind + " " + name + " must not contain NUL (%00)");
    }
    // the server decodes malformed UTF-8 to U+FFFD; a U+FFFD sent as UTF-8 is left alone
    if (value.indexOf('\uFFFD') >= 0
        && !(validUtf8(ctx.queryString()) && validUtf8(ctx.path()))) {
      throw ServerException.badRequest("the " + kind + " " + name + " must be UTF-8");
    }
  }

  /** Whether the percent-encoded bytes of {@code raw} are UTF-8 (null and plain text are). */
  static boolean validUtf8(@Nullable String raw) {
    if (raw == null || raw.indexOf('%') < 0) {
      return true;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()
          && Character.digit(raw.charAt(i + 1), 16) >= 0
          && Character.digit(raw.charAt(i + 2), 16) >= 0) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    try {
      java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  static String requiredText(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      throw ServerException.badRequest("the query parameter " + name + " is required");
    }
    return v;
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ServerException.badRequest(
        name + " must be a whole number from " + min + " to " + max + ": " + v);
  }

  static @Nullable LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ServerException.badRequest(name + " must be a date YYYY-MM-DD: " + v);
    }
  }

  static @Nullable EntityType type(Context ctx) {
    String v = text(ctx, "type");
    try {
      return v == null ? null : EntityType.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest("type must be one of PERSON, ORGANIZATION, LOCATION, "
          + "FACILITY: " + v);
    }
  }

  /** The {@code type} of an event, in any case; a 400 naming the types otherwise. */
  static @Nullable EventType eventType(Context ctx) {
    String v = text(ctx, "type");
    try {
      return v == null ? null : EventType.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest("type must be one of " + java.util.Arrays.stream(
          EventType.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", "))
          + ": " + v);
    }
  }
}
