package org.triangulate.graph.views;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A keyset cursor: the sort key of the last row a page showed, so that the next page starts
 * right after it through an index range instead of reading and skipping every row before it
 * (OFFSET reads them all, so a deep page cost what a page of everything would). Clients see an
 * opaque token (base64url of the list's letter and the key's fields) and send it back as they
 * got it.
 *
 * <p>Why a key and not a count: rows that appear before the cursor after it was given (a merge
 * that brings earlier reports into the entity) shift an offset, so the next page would repeat
 * rows; after a key, every later row comes once, in order, and rows added after it (new
 * reports) come on later pages. Immutable.
 *
 * @param list the list it pages: {@code m} mentions, {@code e} event rows, {@code c} claims
 * @param fields the sort key of the last row shown, in sort order
 */
record Keyset(char list, List<String> fields) {
  private static final Pattern FIELD = Pattern.compile("-?[0-9]{1,19}|[A-Z_]{1,32}");

  Keyset {
    fields = List.copyOf(fields);
    for (String f : fields) {
      if (!FIELD.matcher(f).matches()) {
        throw new IllegalArgumentException("a key field must be a number or a role: " + f);
      }
    }
  }

  /** The key of a row of list {@code list}: numbers and role names. */
  static Keyset of(char list, Object... fields) {
    return new Keyset(list, java.util.Arrays.stream(fields).map(String::valueOf).toList());
  }

  /**
   * Reads a token a page gave for list {@code list}, whose key has {@code arity} fields.
   *
   * @param name the parameter it came in, for the message
   * @throws IllegalArgumentException when it is not such a token
   */
  static Keyset parse(String name, String token, char list, int arity) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notACursor(name, token);
    }
    List<String> parts = List.of(text.split("\\.", -1));
    if (parts.size() != arity + 1 || !parts.getFirst().equals(String.valueOf(list))) {
      throw notACursor(name, token);
    }
    try {
      Keyset k = new Keyset(list, parts.subList(1, parts.size()));
      k.fields.stream().filter(f -> !f.isEmpty() && !Character.isLetter(f.charAt(0)))
          .forEach(Long::parseLong); // within a long
      return k;
    } catch (IllegalArgumentException e) {
      throw notACursor(name, token);
    }
  }

  private static IllegalArgumentException notACursor(String name, String token) {
    String shown = token.length() > 40 ? token.substring(0, 40) + "…" : token;
    return new IllegalArgumentException(
        name + " must be a cursor a page of this list gave (its next): " + shown);
  }

  /** The token for clients. */
  String token() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(
        (list + "." + String.join(".", fields)).getBytes(StandardCharsets.UTF_8));
  }

  long number(int i) {
    return Long.parseLong(fields.get(i));
  }

  String text(int i) {
    return fields.get(i);
  }
}
