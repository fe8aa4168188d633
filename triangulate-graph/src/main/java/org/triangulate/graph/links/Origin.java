package org.triangulate.graph.links;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The organisation (or outlet, or reader) a claim ultimately comes from. Claims with one origin
 * are one piece of evidence however many documents repeat them.
 *
 * @param key identity: {@code org:ENTITY}, {@code outlet:NAME}, {@code basis:PHRASE}, {@code comment:…}
 * @param name a readable name
 * @param kind "org", "outlet", "basis" or "comment"
 * @param kb the organisation's knowledge-base id, or null
 * @param why how the claim was traced to it
 */
public record Origin(String key, String name, String kind, @Nullable String kb, String why) {
  public Origin {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
  }
}
