package org.triangulate.extract.kb;

import java.util.Set;

/**
 * A directed relation from one group to another, named by its type and the target's id:
 * {@code branch-of isis} on ISIS-K, {@code succeeded-by isis} on the Islamic State of Iraq.
 *
 * @param type one of {@link #TYPES}
 * @param target the id of the related group
 */
public record Relation(String type, String target) {
  /** A province or regional branch of the target (ISIS-K of the Islamic State). */
  public static final String BRANCH_OF = "branch-of";
  /** Pledged to or closely tied to the target without being its branch (Haqqani Network). */
  public static final String AFFILIATE_OF = "affiliate-of";
  /** A constituent of a coalition or umbrella group (Ansar Dine in JNIM). */
  public static final String PART_OF = "part-of";
  /** The target's armed wing (Combat 18 of Blood &amp; Honour). */
  public static final String ARMED_WING_OF = "armed-wing-of";
  /** A front organisation raising money or support for the target. */
  public static final String FRONT_OF = "front-of";
  /** Broke away from the target. */
  public static final String SPLIT_FROM = "split-from";
  /** Ceased to exist by merging into the target. */
  public static final String MERGED_INTO = "merged-into";
  /** Became, under a new name and structure, the target (al-Qaeda in Iraq, later ISI). */
  public static final String SUCCEEDED_BY = "succeeded-by";
  /** Led by the target, a person record. */
  public static final String LED_BY = "led-by";

  /** Every relation type a data file may use. */
  public static final Set<String> TYPES =
      Set.of(BRANCH_OF, AFFILIATE_OF, PART_OF, ARMED_WING_OF, FRONT_OF, SPLIT_FROM, MERGED_INTO,
          SUCCEEDED_BY, LED_BY);

  public Relation {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("relation type must be one of " + TYPES + ": " + type);
    }
    if (target.isBlank()) {
      throw new IllegalArgumentException("relation target must not be blank");
    }
  }

  @Override
  public String toString() {
    return type + " " + target;
  }
}
