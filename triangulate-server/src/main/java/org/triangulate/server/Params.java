package org.triangulate.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;

/** Query parameters, checked: a bad value is a 400 naming the parameter and the value. */
final class Params {
  private static final int MAX_TEXT = 200;

  private Params() {}

  /** A text parameter, stripped; null when absent or blank. */
  static @Nullable String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ServerException.badRequest(
          name + " must be at most " + MAX_TEXT + " characters: " + v.length());
    }
    return v.strip();
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
}
