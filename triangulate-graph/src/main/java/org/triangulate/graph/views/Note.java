package org.triangulate.graph.views;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * An analyst's note on an entity, a link or a claim.
 *
 * @param id its number, as a string
 * @param target the id of what it is about
 * @param author who wrote it
 * @param created when, to the microsecond
 * @param text what it says
 */
public record Note(String id, String target, String author, Instant created, String text) {
  /** The longest target id, author name and note text accepted (as the table checks). */
  public static final int MAX_TARGET = 300;
  public static final int MAX_AUTHOR = 200;
  public static final int MAX_TEXT = 20_000;

  public Note {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(text, "text");
  }

  /** The notes on {@code target}, oldest first. */
  public static List<Note> on(Handle h, String target) {
    return h.createQuery("SELECT * FROM notes WHERE target = :target ORDER BY created, id")
        .bind("target", target)
        .map((rs, ctx) -> new Note(Long.toString(rs.getLong("id")), rs.getString("target"),
            rs.getString("author"), rs.getObject("created", OffsetDateTime.class).toInstant(),
            rs.getString("text")))
        .list();
  }

  /**
   * Stores a note written now.
   *
   * @throws IllegalArgumentException when the target or text is blank, or any part too long
   */
  public static Note add(Handle h, String target, String author, String text, Clock clock) {
    if (target.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("a note needs a target and a text");
    }
    if (target.length() > MAX_TARGET || author.length() > MAX_AUTHOR || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("a note's target, author and text must be at most "
          + MAX_TARGET + ", " + MAX_AUTHOR + " and " + MAX_TEXT + " characters: target="
          + target.length() + ", author=" + author.length() + ", text=" + text.length());
    }
    // stored to the microsecond, so that what is returned equals what is read back
    Instant created = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    long id = h.createUpdate("""
            INSERT INTO notes (target, author, created, text)
            VALUES (:target, :author, :created, :text)""")
        .bind("target", target).bind("author", author)
        .bind("created", OffsetDateTime.ofInstant(created, java.time.ZoneOffset.UTC))
        .bind("text", text)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    return new Note(Long.toString(id), target, author, created, text);
  }
}
