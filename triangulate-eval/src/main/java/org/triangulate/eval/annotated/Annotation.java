package org.triangulate.eval.annotated;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.eval.coded.Split;
import org.triangulate.model.EventType;
import org.triangulate.model.Modality;
import org.triangulate.model.Span;

/**
 * One real report's blind annotation ({@code gold/real/README.md}) with the text it was made on.
 *
 * @param id the record id, or the path of a file under the corpus folder
 * @param text the annotated text, its checksum verified
 * @param split the side of the fixed dev/test split
 */
public record Annotation(String id, String text, Split split, List<Incident> events, List<Statement> claims,
    List<Relation> relations) {
  public Annotation {
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    relations = List.copyOf(relations);
  }

  /** The text of a span of this annotation's text, whitespace collapsed. */
  public String of(Span s) {
    return text.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
  }

  /** An incident as annotated: its type, the words reporting it, and the values the text states. */
  public record Incident(EventType type, Span anchor, @Nullable String date, List<Span> place,
      @Nullable String province, List<Span> perpetrators, List<Span> agents, List<Span> targets,
      @Nullable Integer killed, @Nullable Integer injured) {
    public Incident {
      place = List.copyOf(place);
      perpetrators = List.copyOf(perpetrators);
      agents = List.copyOf(agents);
      targets = List.copyOf(targets);
    }
  }

  /** A claim as annotated: a speaker (null: the text itself), its modality, and what it is about. */
  public record Statement(Span anchor, @Nullable Span speaker, Modality modality, String predicate,
      @Nullable Span subject, @Nullable Integer event) {}

  /** A relation the text states between two named parties; OPPOSES marks enemies. */
  public record Relation(Span subject, Span object, String relation, boolean negated) {}
}
