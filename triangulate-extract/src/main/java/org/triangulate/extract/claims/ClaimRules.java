package org.triangulate.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.events.FoundEvent;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Modality;
import org.triangulate.model.Part;
import org.triangulate.model.Predicate;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/**
 * Finds the claims of a document: for each sentence its attribution ({@link AttributionFinder};
 * the last speaker carries over "he added" and open quotations; otherwise the article speaks, and
 * in reader comments the commenter), then what the sentence claims ({@link ClaimContent}), and
 * the relations the article states through the roles it gives people ("NDS spokesman").
 *
 * <p>Thread-safety: immutable; safe to share. Cost: linear in the sentences.
 */
public final class ClaimRules {
  private final ReportingLexicon lexicon = ReportingLexicon.load();

  /** True when the sentence holds a reporting verb, so the parser must run on it. */
  public boolean hasReportingVerb(Sentence s) {
    return s.tokens().stream().anyMatch(lexicon::isReporting);
  }

  /**
   * True when the sentence holds a word that may state a relation between groups, so it must be
   * parsed; {@code groupNames} are spans known to name groups besides those the tagger marks, in
   * text order and not overlapping ({@link org.triangulate.extract.kb.KnowledgeBase#scan}).
   */
  public boolean hasRelationWord(Sentence s, List<Span> groupNames) {
    return RelationStatements.hasCue(s.tokens(), groupNames);
  }

  /** The claims of {@code doc}, given its entities and events; may add CLAIMANT participants to events. */
  public List<Claim> claims(Document doc, Analysis analysis, List<LocalEntity> entities, List<FoundEvent> events) {
    EntityIndex index = new EntityIndex(entities);
    AttributionFinder finder = new AttributionFinder(lexicon, index, doc.text(), author(doc, index));
    ClaimContent content = new ClaimContent(doc, index, events);
    List<Attribution> attributions = attributions(doc, analysis, finder);
    List<Claim> claims = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      Attribution a = attributions.get(s.index());
      Section section = doc.sectionAt(s.span().start());
      content.of(s, a, section).stream().distinct()
          .forEach(d -> claims.add(d.toClaim("c" + (claims.size() + 1))));
    }
    new RoleClaims(doc, index).claims(entities)
        .forEach(d -> claims.add(d.toClaim("c" + (claims.size() + 1))));
    return claims;
  }

  /** A title such as "Statement by Ambassador Karim Wardak on the Attack in Kabul". */
  private static final Pattern STATEMENT_BY =
      Pattern.compile("(?i)\\bstatement\\s+(?:by|from)\\s");

  /**
   * The person a title of the form "Statement by …" names after "by": the author of the body,
   * whose "I" and "we" the body's first person is. Null when the title is of another form or
   * names no person.
   */
  private static @Nullable String author(Document doc, EntityIndex index) {
    for (Part part : doc.parts()) {
      if (part.section() != Section.TITLE) {
        continue;
      }
      Matcher m = STATEMENT_BY.matcher(part.span().of(doc.text()));
      if (m.find()) {
        Span after = new Span(part.span().start() + m.end(), part.span().end());
        return index.within(after).stream().filter(r -> r.type() == EntityType.PERSON)
            .map(EntityIndex.Ref::key).findFirst().orElse(null);
      }
    }
    return null;
  }

  private List<Attribution> attributions(Document doc, Analysis analysis, AttributionFinder finder) {
    List<Attribution> out = new ArrayList<>();
    List<Boolean> explicit = new ArrayList<>();
    QuoteState quotes = new QuoteState();
    Attribution last = Attribution.ARTICLE;
    for (Sentence s : analysis.sentences()) {
      Section section = doc.sectionAt(s.span().start());
      boolean inside = quotes.insideAt(s, analysis.text());
      Optional<Attribution> found = s.parsed() ? finder.find(new Tree(s), last) : Optional.empty();
      Attribution a;
      if (section == Section.COMMENT) {
        a = Attribution.COMMENT;
      } else if (section != Section.BODY) {
        a = Attribution.ARTICLE;
      } else if (found.isPresent()) {
        a = found.get();
        last = a;
      } else if (inside) {
        a = last.continued();
      } else {
        a = Attribution.ARTICLE;
      }
      out.add(a);
      explicit.add(found.isPresent() && section == Section.BODY);
    }
    return quotesTakeTheirClosingSpeaker(analysis, out, explicit);
  }

  /** '"A. B," he said.': sentence A belongs to whoever is named where the quote closes. */
  private static List<Attribution> quotesTakeTheirClosingSpeaker(Analysis analysis, List<Attribution> out, List<Boolean> explicit) {
    QuoteState quotes = new QuoteState();
    List<Attribution> result = new ArrayList<>(out);
    List<Integer> open = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      boolean before = quotes.insideAt(s, analysis.text());
      boolean after = quotes.after(s, analysis.text());
      if (after && !explicit.get(s.index())) {
        open.add(s.index());
      } else if (before && !after && explicit.get(s.index())) {
        for (int i : open) {
          result.set(i, out.get(s.index()).continued());
        }
        open.clear();
      } else if (!after) {
        open.clear();
      }
    }
    return result;
  }

  /** Tracks whether the text is inside a quotation at each sentence. Not thread-safe. */
  private static final class QuoteState {
    private boolean inside;
    private int at = -1;

    boolean insideAt(Sentence s, String text) {
      advanceTo(s.span().start(), text);
      return inside;
    }

    boolean after(Sentence s, String text) {
      advanceTo(s.span().end(), text);
      return inside;
    }

    private void advanceTo(int offset, String text) {
      for (int i = Math.max(at, 0); i < offset; i++) {
        char c = text.charAt(i);
        if (c == '“') {
          inside = true;
        } else if (c == '”') {
          inside = false;
        } else if (c == '"') {
          inside = !inside;
        } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          inside = false; // a new paragraph; an unclosed quote reopens with its own mark
        }
      }
      at = Math.max(at, offset);
    }
  }

  /** A claim before it has a key. */
  record Draft(@Nullable String speaker, @Nullable String speakerText, List<String> via, Modality modality,
      Section section, String subject, Predicate predicate, @Nullable String object, Evidence evidence) {
    Claim toClaim(String key) {
      return new Claim(key, speaker, speakerText, via, modality, section, subject, predicate, object, List.of(evidence));
    }

    static Draft of(Attribution a, Modality m, Section section, String subject, Predicate p,
        @Nullable String object, Evidence evidence) {
      return new Draft(a.speaker(), a.speakerText(), a.via(), m, section, subject, p, object, evidence);
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static final Set<String> NEGATIONS = Set.of("no", "not", "n't", "never", "without");

  /** True when a negation ({@link #NEGATIONS}) hangs from the token as neg, det or advmod. */
  static boolean negated(Tree tree, int index) {
    return tree.children(index).stream().anyMatch(d -> (d.base().equals("neg") || d.base().equals("det")
        || d.base().equals("advmod")) && NEGATIONS.contains(lower(tree.token(d.dependent()).text())));
  }
}
