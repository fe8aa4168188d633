package org.triangulate.extract.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.NamedSpan;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.extract.time.TimeResolver;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;
import org.triangulate.model.TimeSpec.Basis;

/**
 * Reads when an event happened from the dates of its sentence: the date attached to its trigger
 * (or to its light verb), else one no other trigger owns and no reporting verb governs; a date
 * that hangs only from "announced" or "said" dates the report (basis REPORTED). Resolved by
 * {@link TimeResolver} against the document date.
 *
 * <p>Thread-confined like the extraction that makes it.
 */
final class EventTimes {
  /** Nouns of readying a deed: what such a noun governs is dated by its own words, not the readying's. */
  /** A day named by pointing back to one told: "the day", "that day", "the same day". */
  private static final Pattern SAME_DAY = Pattern.compile("(?i)(?:the|that)(?:\\s+same)?\\s+day");
  private static final Set<String> PREPARING = Set.of("planning", "plan", "preparation", "organization", "organisation");
  private static final Set<String> REPORTING = EventArguments.REPORTING;
  /**
   * A press release's number, which the tagger reads as a date: "2010-11-S-260", "2011-02-CA-154",
   * "2010-08-CA-XXX" (never numbered).
   */
  private static final Pattern RELEASE_NUMBER = Pattern.compile("(?:19|20)\\d{2}-\\d{2}-[A-Z]{1,3}[–-](?:\\d{2,4}|X{2,4})");
  /**
   * Three or more bare numbers run together by commas alone, with no "and" closing the run: a list
   * of incident or file numbers ("2393, 2251, 2388, 2330"), whose members the tagger reads as years.
   * A list of years in prose ends with a conjunction ("in 2009, 2010 and 2011").
   */
  private static final Pattern NUMBER_RUN = Pattern.compile("(?<![\\d,])(?<!,\\s)\\d{3,4}(?:,\\s*\\d{3,4}){2,}+(?!\\d)");
  private static final Pattern CLOSING_CONJUNCTION = Pattern.compile("\\A,?\\s*(?:and|or|&)\\s");
  /** Before this year no event a report tells as news happened: "0580" is a number, not a year. */
  private static final int EARLIEST_YEAR = 1900;
  private static final Pattern ISO_START = Pattern.compile("\\A(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

  private final Analysis analysis;
  private final @Nullable LocalDate anchor;
  private final Predicate<Token> isTrigger;
  private final TimeResolver times = new TimeResolver();
  /** The DATE and TIME spans of each sentence, in text order: read per trigger and per scene. */
  private final Map<Integer, List<NamedSpan>> timesBySentence;

  EventTimes(Analysis analysis, @Nullable LocalDate anchor, Predicate<Token> isTrigger) {
    this.analysis = analysis;
    this.anchor = anchor;
    this.isTrigger = isTrigger;
    this.timesBySentence = analysis.names().stream()
        .filter(n -> n.type().equals("DATE") || n.type().equals("TIME"))
        .collect(Collectors.groupingBy(NamedSpan::sentence));
  }

  /** "the planning of the attack", "preparations for the bombing": an incident told by what readied it. */
  private static boolean planOf(Tree tree, Token trigger) {
    return trigger.pos().startsWith("NN") && tree.hasDeterminer(trigger.index(), Set.of("the", "this", "that"))
        && tree.head(trigger.index()).filter(d -> d.governor() >= 0
            && (d.relation().equals("nmod:of") || d.relation().equals("nmod:for"))
            && PREPARING.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT))).isPresent();
  }

  void read(FoundEvent e, Tree tree, Token trigger) {
    if (planOf(tree, trigger)) {
      return; // "the planning of the attack was done … 15 days ago": the planning's time, not the attack's
    }
    boolean future = future(tree, trigger);
    List<NamedSpan> dates = dates(tree).stream().filter(d -> possible(d, future)).toList();
    if (e.fromTitle()) {
      // "Dec. 9: ISAF Strikes Militants": a bulletin's date opening its title is the bulletin's day
      dates = dates.stream().filter(d -> !label(tree.sentence(), d)).toList();
    }
    NamedSpan best = null;
    Basis basis = Basis.EVENT;
    int reporter = reportingGovernor(tree, trigger);
    int light = EventArguments.lightVerb(tree, trigger);
    for (NamedSpan d : dates) {
      int tok = tree.sentence().tokens().stream().filter(t -> d.span().contains(t.span()))
          .map(Token::index).findFirst().orElse(-1);
      if (tok < 0) {
        continue;
      }
      int owner = nearestTrigger(tree, tok);
      boolean onLightVerb = light >= 0 && tree.dominates(light, tok, 2);
      boolean onTrigger = owner == trigger.index() || owner < 0 && (onLightVerb || sameClause(tree, trigger.index(), tok));
      boolean onReport = reporter >= 0 && owner < 0 && !onLightVerb && tree.dominates(reporter, tok, 2);
      if (onTrigger && !onReport) {
        best = d;
        basis = Basis.EVENT;
        break;
      }
      if (onReport && best == null) {
        best = d;
        basis = Basis.REPORTED;
      }
    }
    if (best == null && dates.size() == 1 && reporter < 0 && triggersIn(tree) == 1) {
      best = dates.getFirst();
    }
    if (best == null || basis == Basis.REPORTED) {
      // "confirmed today that a leader was arrested … in Maiwand district, Kandahar province, Sunday":
      // a date no event word owns and no reporting verb governs dates the sentence's events
      Optional<NamedSpan> free = freeDate(tree, dates, trigger);
      if (free.isPresent()) {
        best = free.get();
        basis = Basis.EVENT;
      }
    }
    if (best != null) {
      String text = best.span().of(analysis.text());
      e.absorbTime(times.resolve(text, best.normalized(), anchor, future, basis));
    }
  }

  /** A date that opens its sentence and a colon follows: "Dec. 9: …", a label over what comes after. */
  private boolean label(Sentence s, NamedSpan d) {
    String text = analysis.text();
    int start = s.tokens().getFirst().span().start();
    return text.substring(start, d.span().start()).isBlank()
        && text.substring(d.span().end(), Math.min(text.length(), d.span().end() + 3)).strip().startsWith(":");
  }

  /** The date nearest the trigger that no other trigger owns and no reporting verb governs. */
  private Optional<NamedSpan> freeDate(Tree tree, List<NamedSpan> dates, Token trigger) {
    NamedSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (NamedSpan d : dates) {
      int tok = tree.sentence().tokens().stream().filter(t -> d.span().contains(t.span()))
          .map(Token::index).findFirst().orElse(-1);
      if (tok < 0) {
        continue;
      }
      int owner = nearestTrigger(tree, tok);
      boolean reported = reported(tree, tok);
      int distance = Math.abs(tok - trigger.index());
      if ((owner < 0 || owner == trigger.index()) && !reported && distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The day a sentence sets for the narrative after it: its first date that no reporting verb
   * governs ("conducted an operation in Chora district yesterday"); a sentence without a parse
   * sets none when it holds a reporting verb ("the ministry said on Monday …"). Empty when none.
   */
  Optional<TimeSpec> sceneTime(Sentence s) {
    return sceneDate(s).filter(t -> t.value() != null);
  }

  /**
   * The date a sentence states for the narrative after it, as {@link #sceneTime}, with no value
   * when it cannot be resolved ("yesterday" in a report whose own day is unknown): the sentence
   * still sets the scene's place.
   */
  Optional<TimeSpec> sceneDate(Sentence s) {
    Tree tree = new Tree(s);
    if (!s.parsed() && s.tokens().stream().anyMatch(t -> REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    for (NamedSpan d : dates(tree).stream().filter(d -> possible(d, false)).toList()) {
      int tok = s.tokens().stream().filter(t -> d.span().contains(t.span())).map(Token::index).findFirst().orElse(-1);
      if (tok < 0 || s.parsed() && reported(tree, tok)) {
        continue;
      }
      return Optional.of(times.resolve(d.span().of(analysis.text()), d.normalized(), anchor, false, Basis.EVENT));
    }
    return Optional.empty();
  }

  /** True when a reporting verb governs the token within three steps: "said on Monday". */
  private static boolean reported(Tree tree, int tok) {
    return tree.ancestors(tok, 3).stream()
        .anyMatch(x -> REPORTING.contains(tree.token(x.governor()).lemma().toLowerCase(Locale.ROOT)));
  }

  /** The trigger a date hangs from: the nearest trigger among its heads, or -1. */
  private int nearestTrigger(Tree tree, int tok) {
    return tree.ancestors(tok, 6).stream().map(Dependency::governor)
        .filter(g -> isTrigger.test(tree.token(g))).findFirst().orElse(-1);
  }

  private long triggersIn(Tree tree) {
    return tree.sentence().tokens().stream().filter(isTrigger).count();
  }

  /** Adjacent DATE spans joined: "Sunday (February 21)" is one expression; a release number is none. */
  private List<NamedSpan> dates(Tree tree) {
    List<NamedSpan> out = new ArrayList<>();
    for (NamedSpan n : timesBySentence.getOrDefault(tree.sentence().index(), List.of())) {
      if (RELEASE_NUMBER.matcher(n.span().of(analysis.text())).find() || inNumberList(n)) {
        continue;
      }
      if (TimeResolver.partOfDayOnly(n.span().of(analysis.text())) && !adjoinsDate(n)) {
        // "an overnight operation … yesterday": "overnight" says when in the day, not which day
        continue;
      }
      if (!out.isEmpty()) {
        NamedSpan last = out.getLast();
        String gap = analysis.text().substring(last.span().end(), Math.max(last.span().end(), n.span().start()));
        if (gap.matches("[\\s(,]{0,3}")) {
          String normalized = n.normalized() != null ? n.normalized() : last.normalized();
          out.set(out.size() - 1, new NamedSpan(new Span(last.span().start(), n.span().end()), "DATE", n.sentence(), normalized));
          continue;
        }
      }
      out.add(n);
    }
    return out.stream().filter(d -> !baseline(tree, d)).map(d -> withDayOfMonth(tree, d)).toList();
  }

  /**
   * A date a superlative measures from: "the deadliest attack in the capital since U.S.-led forces
   * ousted the Taleban in 2001", "the worst since 2014". It dates the baseline, never the event; a
   * period's start ("have arrested more than 40 people since January") still dates what it spans.
   */
  private boolean baseline(Tree tree, NamedSpan d) {
    if (!tree.sentence().parsed()) {
      return false;
    }
    return tree.sentence().tokens().stream().filter(t -> d.span().contains(t.span())).findFirst()
        .map(t -> tree.ancestors(t.index(), 4).stream().filter(a -> a.relation().endsWith(":since") && a.governor() >= 0)
            .anyMatch(a -> superlative(tree, a.governor())))
        .orElse(false);
  }

  /** "the deadliest attack", "the first such attack", "the worst": a word ranked against others. */
  private static boolean superlative(Tree tree, int word) {
    List<Token> ranked = new ArrayList<>(List.of(tree.token(word)));
    tree.children(word).forEach(c -> ranked.add(tree.token(c.dependent())));
    return ranked.stream().anyMatch(x -> x.pos().equals("JJS") || x.pos().equals("RBS")
        || x.lemma().equalsIgnoreCase("first"));
  }

  /** Whether a date is one of a {@link #NUMBER_RUN}. */
  private boolean inNumberList(NamedSpan n) {
    String text = analysis.text();
    if (!n.span().of(text).strip().matches("\\d{3,4}(?:,\\s*\\d{3,4})*")) {
      return false;
    }
    int from = Math.max(0, n.span().start() - 200);
    Matcher run = NUMBER_RUN.matcher(text.substring(from, Math.min(text.length(), n.span().end() + 200)));
    while (run.find()) {
      if (from + run.start() <= n.span().start() && n.span().end() <= from + run.end()) {
        String after = text.substring(from + run.end(), Math.min(text.length(), from + run.end() + 6));
        return !CLOSING_CONJUNCTION.matcher(after).find();
      }
    }
    return false;
  }

  /**
   * Whether an event that happened could bear this date: not before {@link #EARLIEST_YEAR}, and
   * not after the report's date unless the tense looks ahead ("will be tried on …").
   */
  private boolean possible(NamedSpan d, boolean future) {
    if (SAME_DAY.matcher(d.span().of(analysis.text())).matches()) {
      return false; // "the second attack of the day", "that day": the day told before, not the report's
    }
    TimeSpec t = times.resolve(d.span().of(analysis.text()), d.normalized(), anchor, future, Basis.EVENT);
    Optional<LocalDate> earliest = earliest(t.value());
    return earliest.isEmpty() || earliest.get().getYear() >= EARLIEST_YEAR
        && (future || anchor == null || !earliest.get().isAfter(anchor));
  }

  /** The first day an ISO value ("2020", "2020-05", "2021-02-11", "2020-05/2020-07") covers. */
  private static Optional<LocalDate> earliest(@Nullable String value) {
    if (value == null || value.startsWith("..")) {
      return Optional.empty();
    }
    Matcher m = ISO_START.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
          m.group(3) == null ? 1 : Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether another date of the sentence touches this one: "Sunday" + "night". */
  private boolean adjoinsDate(NamedSpan n) {
    return timesBySentence.getOrDefault(n.sentence(), List.of()).stream().filter(o -> o != n).anyMatch(o -> {
      int gapStart = Math.min(o.span().end(), n.span().end());
      int gapEnd = Math.max(o.span().start(), n.span().start());
      return gapEnd >= gapStart && analysis.text().substring(gapStart, gapEnd).matches("[\\s(,]{0,3}");
    });
  }

  /** "last May" followed by "6": the tagger may leave the day out of the date; take it in. */
  private NamedSpan withDayOfMonth(Tree tree, NamedSpan d) {
    if (!d.span().of(analysis.text()).matches("(?i).*\\b(january|february|march|april|may|june|july|august"
        + "|september|october|november|december)")) {
      return d;
    }
    return tree.sentence().tokens().stream().filter(t -> t.span().start() > d.span().end())
        .findFirst()
        .filter(t -> analysis.text().substring(d.span().end(), t.span().start()).equals(" ")
            && t.text().matches("\\d{1,2}(st|nd|rd|th)?") && Integer.parseInt(t.text().replaceAll("\\D", "")) <= 31)
        .map(t -> new NamedSpan(new Span(d.span().start(), t.span().end()), d.type(), d.sentence(), d.normalized()))
        .orElse(d);
  }

  private static boolean sameClause(Tree tree, int trigger, int date) {
    Optional<Dependency> head = tree.head(date);
    return head.isPresent() && head.get().governor() >= 0
        && tree.head(trigger).map(Dependency::governor).orElse(-2) == head.get().governor()
        && !REPORTING.contains(tree.token(head.get().governor()).lemma());
  }

  private static int reportingGovernor(Tree tree, Token trigger) {
    return tree.ancestors(trigger.index(), 3).stream().map(Dependency::governor)
        .filter(g -> REPORTING.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT)))
        .findFirst().orElse(-1);
  }

  private static boolean future(Tree tree, Token trigger) {
    return tree.children(trigger.index()).stream().anyMatch(d -> d.base().equals("aux")
        && Set.of("will", "shall", "'ll").contains(tree.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
  }
}
