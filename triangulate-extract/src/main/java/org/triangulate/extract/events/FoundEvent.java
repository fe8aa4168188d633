package org.triangulate.extract.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Participant;
import org.triangulate.model.Role;
import org.triangulate.model.TimeSpec;

/**
 * An event being assembled from its mentions: the sentences that report it and the trigger
 * tokens, kept so that claims can find the events of a sentence. Mutable; one per event.
 */
public final class FoundEvent {
  private final String key;
  private EventType type;
  private TimeSpec time;
  private @Nullable Integer killed;
  private @Nullable Integer injured;
  private @Nullable String location;
  private int locationRank;
  private final List<Participant> participants = new ArrayList<>();
  private final java.util.Map<Integer, List<Participant>> bySentence = new java.util.HashMap<>();
  private final List<Evidence> evidence = new ArrayList<>();
  private final Set<Integer> sentences = new LinkedHashSet<>();
  private final Set<Integer> triggers = new LinkedHashSet<>();
  private final java.util.EnumSet<Trait> traits = java.util.EnumSet.noneOf(Trait.class);
  private int gathers;

  /** What a mention's words and sentence say of it, which decide how it joins others. */
  enum Trait {
    /** It refers back to an event already reported ("the attack"). */
    DEFINITE,
    /** Its word is a plural noun: "attacks", "Attacks". */
    PLURAL,
    /** With no time or place of its own, in a sentence that refers back to an operation told. */
    REFERS_BACK,
    /** Its sentence says it is another incident ("In a separate incident, …"). */
    SEPARATE,
    /**
     * Its sentence names an operation told before, or its force, again ("… were killed during
     * the operation", "the security force member defended himself").
     */
    IN_OPERATION,
    /**
     * Its sentence tells fire returned ("coalition forces returned fire, killing one insurgent"):
     * the answer to an attack told before, one fight with it.
     */
    RETURNS_FIRE,
    /** Fire aimed at someone ("two gunmen fired at his car"): a detail of the fight it is told in. */
    FIRE
  }

  FoundEvent(String key, EventType type, TimeSpec time, int sentence, int trigger, Evidence evidence) {
    this.key = key;
    this.type = type;
    this.time = time;
    this.sentences.add(sentence);
    this.triggers.add(trigger);
    this.evidence.add(evidence);
  }

  public String key() {
    return key;
  }

  public EventType type() {
    return type;
  }

  public TimeSpec time() {
    return time;
  }

  /** The sentences that tell it, in the order they were taken in (a copy: the order is part of the answer). */
  public Set<Integer> sentences() {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(sentences));
  }

  /** The passages that tell this event, in the order they were taken in. */
  public List<Evidence> evidence() {
    return List.copyOf(evidence);
  }

  /**
   * The trigger tokens, the first mention's first. Never {@code Set.copyOf}: its iteration order
   * changes from one JVM to the next, and "the first trigger" decided dates differently per run.
   */
  public Set<Integer> triggers() {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(triggers));
  }

  public List<Participant> participants() {
    return List.copyOf(participants);
  }

  public @Nullable String location() {
    return location;
  }

  void type(EventType t) {
    type = t;
  }

  /** Marks the mention as having the trait, or not. */
  /**
   * Marks it told as many gathered into one ("a wave of bombings", "two attacks"): {@code count}
   * incidents, or 1 where the text does not count them; see {@link NonEvents#gathering}.
   */
  void gathers(int count) {
    gathers = count;
  }

  /** How many incidents it gathers; 0 when it is one incident. */
  int gathers() {
    return gathers;
  }

  void mark(Trait trait, boolean on) {
    if (on) {
      traits.add(trait);
    } else {
      traits.remove(trait);
    }
  }

  boolean is(Trait trait) {
    return traits.contains(trait);
  }

  /** True when only the title tells it: one sentence, the title's. */
  boolean headlineOnly() {
    return fromTitle() && sentences.size() == 1;
  }

  /** True when the event was first found in the document's title. */
  boolean fromTitle() {
    return evidence.getFirst().section() == org.triangulate.model.Section.TITLE;
  }

  void absorbTime(TimeSpec t) {
    if (time.value() == null) {
      time = t;
    }
  }

  void location(@Nullable String entity) {
    location(entity, 0);
  }

  /**
   * Places the event; a place more specific than the one it has ({@code rank}: see {@code
   * EventArguments.rank}) replaces it ("in northern Afghanistan" told
   * first, "in Pul-e-Khumri" after).
   */
  void location(@Nullable String entity, int rank) {
    if (entity != null && (location == null || rank > locationRank)) {
      location = entity;
      locationRank = rank;
    }
  }

  void casualties(@Nullable Integer k, @Nullable Integer i) {
    killed = killed != null ? killed : k;
    injured = injured != null ? injured : i;
  }

  /**
   * Both tell how many died, and not the same number: "killed a sub-commander" and "an attack
   * that killed two American soldiers" are two incidents, whatever place they share.
   */
  boolean tollDiffers(FoundEvent other) {
    return killed != null && other.killed != null && !killed.equals(other.killed);
  }

  /** Both tell how many died, and the same number. */
  boolean sameToll(FoundEvent other) {
    return killed != null && killed.equals(other.killed);
  }

  @Nullable Integer killed() {
    return killed;
  }

  /** True when a count of killed or injured is known. */
  boolean counted() {
    return killed != null || injured != null;
  }

  /** Records who claimed responsibility for this event, as sentence {@code sentence} says. */
  public void addClaimant(String entity, String text, int sentence) {
    add(new Participant(entity, org.triangulate.model.Role.CLAIMANT, text), sentence);
  }

  /** The participants sentence {@code sentence} names. */
  public List<Participant> participantsIn(int sentence) {
    return List.copyOf(bySentence.getOrDefault(sentence, List.of()));
  }

  void add(Participant p) {
    add(p, sentences.iterator().next());
  }

  private void add(Participant p, int sentence) {
    List<Participant> here = bySentence.computeIfAbsent(sentence, k -> new ArrayList<>());
    if (!contains(here, p)) {
      here.add(p);
    }
    if (!contains(participants, p)) {
      participants.add(p);
    }
  }

  private static boolean contains(List<Participant> list, Participant p) {
    return list.stream().anyMatch(q -> q.role() == p.role()
        && (p.entity() != null ? Objects.equals(p.entity(), q.entity()) : q.text().equals(p.text())));
  }

  /** True when the two share a named participant or place. */
  /**
   * The two sides of one clash: someone this event acted on acts in the other, or the other way
   * round ("coalition forces received fire from insurgents" and "the force killed several
   * insurgents"). Participants are compared by their head word.
   */
  boolean crosses(FoundEvent o) {
    return !Collections.disjoint(heads(ACTED_ON), o.heads(ACTING)) || !Collections.disjoint(heads(ACTING), o.heads(ACTED_ON));
  }

  /** Someone is said to have made the arrest or done the deed: an agent or perpetrator is named. */
  boolean actorNamed() {
    return participants.stream().anyMatch(p -> ACTING.contains(p.role()));
  }

  /** Neither names a place, or both name the same one. */
  boolean placeAgrees(FoundEvent o) {
    return location == null || o.location == null || location.equals(o.location);
  }

  /**
   * The other's attackers are this one's agents named again: "a security force detained two
   * insurgents …" … "the security force engaged and killed one insurgent".
   */
  boolean sameForceIn(FoundEvent o) {
    return actsIn(o, Role.AGENT);
  }

  /**
   * Who did this one did the other, by the head of their name: "a coalition force killed several
   * insurgents" … "the security force engaged with a precision airstrike".
   */
  boolean sameDoersIn(FoundEvent o) {
    return actsIn(o, Role.PERPETRATOR);
  }

  /** True when the other's perpetrators name again, by head word, this one's participants of {@code role}. */
  private boolean actsIn(FoundEvent o, Role role) {
    Set<String> ours = heads(Set.of(role));
    return o.participants.stream().filter(p -> p.role() == Role.PERPETRATOR).map(p -> head(p.text()))
        .anyMatch(h -> h != null && ours.contains(h));
  }

  /** The other names again, with "the", whom this one acted on: "an insurgent leader" … "the insurgent leader". */
  boolean namedAgainIn(FoundEvent o) {
    Set<String> mine = heads(ACTED_ON);
    return o.participants.stream().filter(p -> ACTED_ON.contains(p.role()))
        .filter(p -> p.text().regionMatches(true, 0, "the ", 0, 4)).map(p -> head(p.text()))
        .anyMatch(h -> h != null && mine.contains(h));
  }

  private static final Set<Role> ACTING = Set.of(Role.PERPETRATOR, Role.AGENT);
  private static final Set<Role> ACTED_ON = Set.of(Role.VICTIM, Role.TARGET, Role.DETAINEE);
  /** Words that name no one in particular: they tie no two events together. */
  private static final Set<String> VAGUE = Set.of("people", "person", "other", "one", "them", "him", "he", "they", "it",
      "civilian", "man", "men", "woman", "women", "child", "children", "member", "all", "some", "several", "many");
  private static final java.util.regex.Pattern TAIL = java.util.regex.Pattern.compile(
      "\\s+(?:in|during|at|on|near|with|from|who|which|that|of|across|throughout)\\s.*$", java.util.regex.Pattern.CASE_INSENSITIVE);

  private Set<String> heads(Set<Role> roles) {
    Set<String> out = new java.util.HashSet<>();
    participants.stream().filter(p -> roles.contains(p.role())).map(p -> head(p.text())).filter(Objects::nonNull).forEach(out::add);
    return out;
  }

  /** The head word of a participant's words: "from insurgents in multiple locations" → "insurgent". */
  static @Nullable String head(String text) {
    String t = text.strip().replaceFirst("(?i)^(?:from|by|of|against|on)\\s+", "");
    t = TAIL.matcher(t).replaceFirst("").replaceAll("[,.;:]+$", "");
    String[] words = t.split("\\s+");
    String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    if (last.endsWith("s") && last.length() > 3 && !last.endsWith("ss")) {
      last = last.substring(0, last.length() - 1);
    }
    return last.isEmpty() || VAGUE.contains(last) || !Character.isLetter(last.charAt(0)) ? null : last;
  }

  boolean sharesEntityWith(FoundEvent o) {
    Set<String> mine = entities();
    return o.entities().stream().anyMatch(mine::contains);
  }

  private Set<String> entities() {
    Set<String> out = new LinkedHashSet<>();
    participants.stream().map(Participant::entity).filter(Objects::nonNull).forEach(out::add);
    if (location != null) {
      out.add(location);
    }
    return out;
  }

  /** Takes in another mention of the same event. */
  /**
   * True when {@code t} tells the same time more exactly than {@code than}: the day within the
   * year or month told ("the 2012 killing" … "gunned down on January 17, 2012"), or the event's
   * own day within the range its report covers.
   */
  private static boolean sharper(TimeSpec t, TimeSpec than) {
    if (t.value() == null || than.value() == null || t.basis() != TimeSpec.Basis.EVENT
        || !Incidents.timesFit(t.value(), than.value())) {
      return false;
    }
    return than.basis() == TimeSpec.Basis.REPORTED && t.precision() != TimeSpec.Precision.RANGE
        || exactness(t.precision()) > exactness(than.precision());
  }

  private static int exactness(TimeSpec.Precision p) {
    return switch (p) {
      case DAY -> 3;
      case MONTH -> 2;
      case YEAR -> 1;
      case RANGE, UNKNOWN -> 0;
    };
  }

  void absorb(FoundEvent o) {
    // a gathering that takes in one incident told on its own is that incident; a plural headline
    // ("Suicide Bombings Kill 16") that takes in the lead's count ("in two attacks") is that count
    boolean pluralHeadline = headlineOnly() && is(Trait.PLURAL);
    gathers = gathers > 0 && o.gathers > 0 || pluralHeadline ? Math.max(gathers, o.gathers) : 0;
    if (time.value() == null && o.time.value() != null || sharper(o.time, time)) {
      time = o.time;
    }
    location(o.location, o.locationRank);
    casualties(o.killed, o.injured);
    o.bySentence.forEach((sentence, list) -> list.forEach(p -> add(p, sentence)));
    for (Evidence e : o.evidence) {
      if (!evidence.contains(e)) {
        evidence.add(e);
      }
    }
    sentences.addAll(o.sentences);
    triggers.addAll(o.triggers);
  }

  public Event toEvent() {
    return new Event(key, type, time, killed, injured, location, participants, evidence);
  }
}
