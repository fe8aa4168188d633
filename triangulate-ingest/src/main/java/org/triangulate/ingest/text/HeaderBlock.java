package org.triangulate.ingest.text;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.dates.IsoDates;

/**
 * The {@code Key: value} lines that head a plain-text corpus file ({@code Source}, {@code
 * Publisher}, {@code Published}, {@code Title}, {@code License}, …) up to the first blank line.
 * A first block counts as a header only when every line is {@code Key: value} and at least one
 * key is known, so "KABUL: …" opening an article is not mistaken for one.
 *
 * @param fields the values by lower-case key, in file order
 */
public record HeaderBlock(Map<String, String> fields) {
  private static final Pattern LINE = Pattern.compile("([A-Za-z][A-Za-z -]{0,30}):\\s*(.*)");
  private static final Set<String> KNOWN =
      Set.of(
          "source", "url", "publisher", "published", "date", "title", "license", "author",
          "byline", "language");

  public HeaderBlock {
    fields = Map.copyOf(fields);
  }

  /** The header in {@code block} (its lines), if it is one. */
  public static Optional<HeaderBlock> parse(List<String> block) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : block) {
      Matcher m = LINE.matcher(line.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      fields.put(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2).strip());
    }
    boolean known = fields.keySet().stream().anyMatch(KNOWN::contains);
    return known ? Optional.of(new HeaderBlock(fields)) : Optional.empty();
  }

  public @Nullable String title() {
    return value("title");
  }

  public @Nullable String url() {
    String source = value("source");
    return source != null && source.contains("://") ? source : value("url");
  }

  public @Nullable String source() {
    return value("publisher");
  }

  public @Nullable String byline() {
    String author = value("author");
    return author != null ? author : value("byline");
  }

  /** The {@code Published} (or {@code Date}) value as an ISO date; "unknown" gives null. */
  public @Nullable LocalDate published() {
    String published = value("published");
    String raw = published != null ? published : value("date");
    return raw == null ? null : IsoDates.parse(raw).orElse(null);
  }

  private @Nullable String value(String key) {
    String v = fields.get(key);
    return v == null || v.isBlank() ? null : v;
  }
}
