package org.triangulate.extract.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.events.FoundEvent.Trait;
import org.triangulate.model.Document;
import org.triangulate.model.EventType;
import org.triangulate.model.TimeSpec;

/**
 * Assembles incidents from event mentions: the mentions of one document, in order, are merged when
 * they tell the same incident (compatible types, times that fit, a shared participant or place, a
 * definite back-reference, a headline, or a later sentence that refers back to the operation), or
 * two sides of one fight, or detentions and fire that add to an operation already told.
 * A stage of its own after mention finding; it changes no mention's arguments but by joining them.
 *
 * <p>Stateless; each mention is tested against the incidents near it ({@link NearIncidents}), so
 * a document costs about O(n log n) in its mentions rather than O(n²).
 */
final class Incidents {
  private static final int MERGE_DISTANCE = 6;
  /** How many sentences after an incident a mention that refers back to it may follow. */
  private static final int FOLLOW_DISTANCE = 3;

  private Incidents() {}

  static List<FoundEvent> merge(List<FoundEvent> found, Document doc) {
    List<FoundEvent> out = new ArrayList<>();
    NearIncidents near = new NearIncidents(); // only these can pass sameEvent: see its distance
    for (FoundEvent e : found) {
      // "Monday's assault", told far from the lead: a mention that names its incident's day reaches back to it
      List<FoundEvent> candidates = near.near(e, namesItsDay(e) ? Integer.MAX_VALUE / 2 : MERGE_DISTANCE);
      Optional<FoundEvent> same = e.is(Trait.REFERS_BACK) || e.is(Trait.DEFINITE) ? referent(candidates, e, doc)
          : candidates.reversed().stream().filter(o -> sameEvent(o, e)).findFirst();
      if (same.isPresent()) {
        boolean fight = clash(same.get(), e) && same.get().crosses(e);
        boolean headlineOnly = same.get().headlineOnly();
        // "a coalition force killed several insurgents … the security force engaged with a precision
        // airstrike": the killing told first was done by the strike its doers went on to make; not
        // "they were killed after they fired at the patrol with rocket-propelled grenades"
        boolean struckByKillers = same.get().type() == EventType.KILLING && e.type() == EventType.MISSILE_ATTACK
            && same.get().sameDoersIn(e);
        same.get().absorb(e);
        near.grew(same.get());
        if (compatible(same.get().type(), e.type())) {
          same.get().type(specific(same.get().type(), e.type()));
        } else if (headlineOnly) {
          same.get().type(e.type()); // the body tells what kind of incident the headline's deaths came from
        } else if (fight) {
          same.get().type(EventType.ARMED_ASSAULT); // a fight told by both its sides is the armed clash
        } else if (struckByKillers) {
          same.get().type(e.type());
        }
      } else {
        out.add(e);
        near.add(e);
      }
    }
    // a headline summing the body's incidents that heads none of them is no incident of its own
    boolean bodyTells = out.stream().anyMatch(e -> !e.fromTitle());
    out.removeIf(e -> bodyTells && e.headlineOnly() && e.is(Trait.PLURAL) && !e.is(Trait.DEFINITE) && e.killed() != null);
    // "a wave of bombings has left 70 dead, including a blast in Azizyah …": where the text tells
    // incidents one by one, their gathering is none of them; where it counts them ("three
    // bombings killed 15 … A fourth bombing …"), only as many told on their own make it none
    long oneByOne = out.stream().filter(e -> e.gathers() == 0 && !e.fromTitle()).count();
    out.removeIf(e -> e.gathers() > 0 && oneByOne >= e.gathers());
    // "the captured gunman gave authorities details of the plot": "the plot" of an attack the text
    // told, with no doer, place or day of its own, is that attack's planning, no incident of its own
    boolean happened = out.stream().anyMatch(e -> e.type() != EventType.PLOT);
    out.removeIf(e -> happened && e.type() == EventType.PLOT && e.is(Trait.DEFINITE) && e.participants().isEmpty()
        && e.location() == null && e.time().value() == null);
    return out;
  }

  /**
   * The incident a back-reference ("the attack", "that blast", "the operation") names among those
   * it may join: the first of its paragraph of a kind it fits, the incident the paragraph is about,
   * not the gunfight that ended it or a strike told after it; else the nearest it may join.
   */
  private static Optional<FoundEvent> referent(List<FoundEvent> out, FoundEvent e, Document doc) {
    List<FoundEvent> candidates = out.stream().filter(o -> sameEvent(o, e)).toList();
    OptionalInt paragraph = paragraph(e, doc);
    return candidates.stream()
        .filter(o -> compatible(o.type(), e.type()) && paragraph.isPresent() && paragraph(o, doc).equals(paragraph))
        .findFirst()
        .or(() -> candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.getLast()));
  }

  /** The part (paragraph) of the document an event's first passage lies in. */
  private static OptionalInt paragraph(FoundEvent e, Document doc) {
    int at = e.evidence().getFirst().span().start();
    for (int i = 0; i < doc.parts().size(); i++) {
      if (doc.parts().get(i).span().start() <= at && at < doc.parts().get(i).span().end()) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Two mentions are one event when their types are compatible (the same, or one of them the
   * unspecified ATTACK, or a killing told as an assassination), their times agree, they lie a
   * few sentences apart, and they share a named participant or place or the same time, or the
   * later one refers back ("the attack", "that blast"); a headline's event is the first
   * compatible event of the body. A mention its sentence calls separate joins none.
   */
  static boolean sameEvent(FoundEvent a, FoundEvent b) {
    if (b.is(Trait.SEPARATE)) {
      return false; // "In a separate incident, …"
    }
    int distance = b.sentences().stream().mapToInt(Integer::intValue).min().orElse(0)
        - a.sentences().stream().mapToInt(Integer::intValue).max().orElse(0);
    boolean timeFits = timesFit(a.time().value(), b.time().value());
    boolean sameTime = a.time().value() != null && a.time().value().equals(b.time().value());
    // A headline tells its incident without articles ("4 Afghan Police Killed in Taliban Attack");
    // "terror attacks" in a headline names no one event unless it counts the same dead, and
    // "Bombings Kill Over Two Dozen" (a day's sum) heads only an incident of that toll.
    boolean aggregate = a.is(Trait.PLURAL) && !a.is(Trait.DEFINITE) && (a.type() == EventType.ATTACK || a.killed() != null);
    boolean headline = a.headlineOnly() && !b.fromTitle() && (!aggregate || a.sameToll(b));
    boolean follows = b.is(Trait.REFERS_BACK) && distance >= 0 && distance <= FOLLOW_DISTANCE && a.type() != EventType.PLOT
        && b.type() != EventType.PLOT;
    // a mention that brings a toll of its own, other than the incident's, is another incident unless
    // it refers back to it ("the attack … the toll rose to 12")
    boolean ownToll = ownToll(a, b);
    // a headline's "overnight" or "yesterday" may name either side of midnight
    boolean headlineFits = headline && headlineCompatible(a.type(), b.type())
        && (withinADay(a.time().value(), b.time().value()) || timeFits && !ownToll);
    boolean near = distance <= MERGE_DISTANCE;
    // fire told after a fight is a detail of it: "gunmen assassinated the governor … two gunmen
    // fired at his car"; "ISAF killed several insurgents … received fire from insurgents"; so is
    // fire returned after an attack ("a patrol was engaged by insurgents … returned fire, killing one")
    boolean detail = (b.is(Trait.FIRE) || b.is(Trait.RETURNS_FIRE) && distance >= 0) && FIGHTING.contains(a.type())
        || shotVictim(a, b) && timeFits && a.placeAgrees(b) && distance >= 0 && distance <= FOLLOW_DISTANCE;
    // "Two additional suspected insurgents were detained for further questioning": detentions
    // nobody is said to make, told after an operation of the same day and place, are its own
    boolean moreDetained = b.type() == EventType.ARREST && !b.actorNamed() && distance >= 0
        && distance <= MERGE_DISTANCE && (a.type() == EventType.ARREST || FIGHTING.contains(a.type()))
        && timeFits && a.placeAgrees(b);
    // "A security force detained two insurgents … The security force engaged and killed one
    // insurgent", "Four insurgents were killed during the operation": a fight of the operating
    // force, or one told as part of the operation, after its arrests on the same day and at the
    // same place, is part of the operation
    boolean operationFight = a.type() == EventType.ARREST && FIGHTING.contains(b.type()) && distance >= 0
        && near && timeFits && a.placeAgrees(b) && (a.sameForceIn(b) || b.is(Trait.IN_OPERATION));
    boolean sameDayNamed = namesItsDay(b) && sameTime && compatible(a.type(), b.type()) && a.placeAgrees(b) && !ownToll;
    return follows || headlineFits || moreDetained || operationFight || sameDayNamed
        || (clash(a, b) || detail) && timeFits && near && !ownToll
        || compatible(a.type(), b.type()) && timeFits && !ownToll
            && near && (a.sharesEntityWith(b) || b.is(Trait.DEFINITE) || sameTime && a.placeAgrees(b) || a.namedAgainIn(b));
  }

  /**
   * "Aatif … was gunned down on January 17 … Arshad was with Aatif at the mosque when he was
   * shot": a shooting that names no one who shot, told after a killing, is how the killing was done.
   */
  private static boolean shotVictim(FoundEvent killing, FoundEvent shooting) {
    return (killing.type() == EventType.KILLING || killing.type() == EventType.ASSASSINATION)
        && shooting.type() == EventType.ARMED_ASSAULT && !shooting.actorNamed();
  }

  /** A definite mention dated to the day: "Monday's assault", "the attack on Monday". */
  private static boolean namesItsDay(FoundEvent e) {
    return e.is(Trait.DEFINITE) && e.time().precision() == TimeSpec.Precision.DAY;
  }

  private static final Set<EventType> FIGHTING = Set.of(EventType.ARMED_ASSAULT, EventType.KILLING,
      EventType.ASSASSINATION, EventType.ATTACK);

  /**
   * Two sides of one fight: a shooting and a killing (or two shootings) in which whom one acted on
   * acted in the other, or whom one acted on the other names again: "the patrol was engaged by
   * several insurgents … returned fire killing one insurgent"; "killed an insurgent leader …
   * returned fire killing the insurgent leader".
   */
  static boolean clash(FoundEvent a, FoundEvent b) {
    return FIGHTING.contains(a.type()) && FIGHTING.contains(b.type())
        && (a.type() == EventType.ARMED_ASSAULT || b.type() == EventType.ARMED_ASSAULT)
        && (a.crosses(b) || a.namedAgainIn(b));
  }

  /**
   * Two times can be one event's: either is unknown, one contains the other ("2022-08" and
   * "2022-08-28"), or one is a report's open range and the other lies in the month before it
   * ("../2022-08-29" and "2022-08-28").
   */
  static boolean timesFit(@Nullable String a, @Nullable String b) {
    if (a == null || b == null || a.equals(b)) {
      return a == null || b == null || a.equals(b);
    }
    if (a.startsWith("../") || b.startsWith("../")) {
      String end = a.startsWith("../") ? a.substring(3) : b.substring(3);
      String other = a.startsWith("../") ? b : a;
      if (other.startsWith("../")) {
        return false;
      }
      // A report speaks of recent events: within a month before it.
      LocalDate until = day(end);
      LocalDate at = day(other.split("/")[0]);
      return until != null && at != null && !at.isAfter(until) && !at.isBefore(until.minusDays(31));
    }
    return !a.contains("/") && !b.contains("/") && (a.startsWith(b) || b.startsWith(a));
  }

  /** Two days at most one apart. */
  static boolean withinADay(@Nullable String a, @Nullable String b) {
    LocalDate x = a == null || a.length() != 10 ? null : day(a);
    LocalDate y = b == null || b.length() != 10 ? null : day(b);
    return x != null && y != null && Math.abs(x.toEpochDay() - y.toEpochDay()) <= 1;
  }

  private static @Nullable LocalDate day(String iso) {
    try {
      return switch (iso.length()) {
        case 10 -> LocalDate.parse(iso);
        case 7 -> YearMonth.parse(iso).atEndOfMonth();
        default -> null;
      };
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A headline's deaths are the incident's, whatever it was: "Gunmen Kill Police Officer" heads
   * "gunmen shot and killed a policeman", "Seven Dead in Attack" a bombing.
   */
  static boolean headlineCompatible(EventType headline, EventType body) {
    return compatible(headline, body)
        || headline == EventType.KILLING && body != EventType.ARREST && body != EventType.PLOT;
  }

  /** {@code b} brings a toll of its own, other than {@code a}'s, and does not refer back to it. */
  private static boolean ownToll(FoundEvent a, FoundEvent b) {
    return !b.is(Trait.DEFINITE) && !b.is(Trait.REFERS_BACK) && a.tollDiffers(b);
  }

  static boolean compatible(EventType a, EventType b) {
    if (a == b) {
      return true;
    }
    Set<EventType> apart = Set.of(EventType.ARREST, EventType.PLOT);
    if (apart.contains(a) || apart.contains(b)) {
      return false;
    }
    Set<EventType> deaths = Set.of(EventType.KILLING, EventType.ASSASSINATION);
    return a == EventType.ATTACK || b == EventType.ATTACK || deaths.contains(a) && deaths.contains(b);
  }

  /** Of two compatible types, the more specific: any over ATTACK, ASSASSINATION over KILLING. */
  static EventType specific(EventType a, EventType b) {
    if (a == EventType.ATTACK) {
      return b;
    }
    return a == EventType.KILLING && b == EventType.ASSASSINATION ? b : a;
  }
}
