package org.triangulate.graph.correct;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An analyst's correction of an event, a claim or a link, as stored in {@code fact_corrections}.
 *
 * @param id its id; later corrections have larger ids
 * @param target what it corrects: {@code evt-…}, {@code clm-…} or a link {@code source~target~TYPE}
 * @param group for an event, the id of the event group the target belongs to now (the target
 *     itself when it is alone); otherwise the target
 * @param action what it does
 * @param value the new type or predicate (RETYPE) or entity id (REATTRIBUTE); null for REJECT
 * @param why the analyst's reason
 * @param by who made it
 * @param at when
 */
public record FactCorrection(long id, String target, String group, Action action,
    @Nullable String value, String why, String by, Instant at) {
  public FactCorrection {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(why, "why");
    if ((action == Action.REJECT) != (value == null)) {
      throw new IllegalArgumentException("a rejection has no value, other corrections one: action="
          + action + ", value=" + value);
    }
  }

  /** What a correction does. */
  public enum Action {
    /** The event (with the claims about it), claim or link is not evidence. */
    REJECT,
    /** Another event type, or another predicate for a claim or link. */
    RETYPE,
    /** Another entity: an event's perpetrator, a claim's speaker, a link's source. */
    REATTRIBUTE
  }

  /** What kind of thing a target names. */
  public enum Kind {
    EVENT,
    CLAIM,
    LINK;

    /** The kind of {@code target}: evt-…, clm-…, or a link id with two ~. */
    public static Kind of(String target) {
      if (target.startsWith("evt-")) {
        return EVENT;
      }
      if (target.startsWith("clm-")) {
        return CLAIM;
      }
      if (target.split("~", -1).length == 3) {
        return LINK;
      }
      throw new IllegalArgumentException("not an event, claim or link id (evt-…, clm-…, "
          + "SOURCE~TARGET~TYPE): " + target);
    }
  }

  public Kind kind() {
    return Kind.of(target);
  }

  /** One line for show: {@code rejected by ana on 2021-03-01T10:00:00Z: not an attack (corr 3)}. */
  public String words() {
    String what = switch (action) {
      case REJECT -> "rejected";
      case RETYPE -> "retyped as " + value;
      case REATTRIBUTE -> "re-attributed to " + value;
    };
    return what + " by " + by + " on " + at + ": " + why
        + (target.equals(group) ? "" : " (correction of " + target + ")");
  }

  /** The link id a link correction names, split: source, target, type. */
  String[] linkParts() {
    return target.split("~", -1);
  }
}
