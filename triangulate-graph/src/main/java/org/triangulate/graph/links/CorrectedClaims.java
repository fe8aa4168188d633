package org.triangulate.graph.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.correct.FactCorrection;
import org.triangulate.graph.correct.FactCorrection.Action;
import org.triangulate.graph.correct.FactCorrection.Kind;

/**
 * The claims as the analyst's corrections leave them, for links and conflicts: a rejected claim,
 * or a claim about a rejected event, is dropped; a retyped claim takes the new predicate, a
 * re-attributed one the new speaker; a re-attributed event's responsibility claims name the new
 * perpetrator; then link corrections apply to the claims that make the link (after the claim and
 * event corrections, so a link id is the one {@code links} shows). Pure; linear in the claims.
 */
final class CorrectedClaims {
  private final Set<String> rejected = new HashSet<>();
  private final Map<String, FactCorrection> retyped = new HashMap<>();
  private final Map<String, FactCorrection> reattributed = new HashMap<>();
  private final Map<String, Origins.EntityName> names;

  private CorrectedClaims(List<FactCorrection> corrections, Map<String, Origins.EntityName> names) {
    this.names = names;
    for (FactCorrection c : corrections) {
      String key = c.group();
      switch (c.action()) {
        case REJECT -> rejected.add(key);
        case RETYPE -> retyped.put(key, c);
        case REATTRIBUTE -> reattributed.put(key, c);
      }
    }
  }

  /** {@code claims} with {@code corrections} (those in force, oldest first) applied. */
  static List<ClaimFact> apply(List<ClaimFact> claims, List<FactCorrection> corrections,
      Map<String, Origins.EntityName> names) {
    if (corrections.isEmpty()) {
      return claims;
    }
    CorrectedClaims c = new CorrectedClaims(corrections, names);
    List<ClaimFact> out = new ArrayList<>();
    for (ClaimFact f : claims) {
      ClaimFact corrected = c.correct(f);
      if (corrected != null) {
        out.add(corrected);
      }
    }
    return out;
  }

  private @Nullable ClaimFact correct(ClaimFact f) {
    if (rejected.contains(f.id()) || rejected.contains(f.subject())
        || (f.object() != null && rejected.contains(f.object()))) {
      return null;
    }
    ClaimFact g = f;
    if (retyped.containsKey(f.id())) {
      g = withPredicate(g, value(retyped.get(f.id())));
    }
    if (reattributed.containsKey(f.id())) {
      g = withSpeaker(g, value(reattributed.get(f.id())));
    }
    FactCorrection perpetrator = g.object() == null ? null : reattributed.get(g.object());
    if (perpetrator != null && g.objectIsEvent() && g.predicate().equals("PERPETRATOR_OF")
        && perpetrator.kind() == Kind.EVENT) {
      g = withSubject(g, value(perpetrator));
    }
    String link = g.subject() + "~" + g.object() + "~" + g.predicate();
    if (g.object() == null) {
      return g;
    }
    if (rejected.contains(link)) {
      return null;
    }
    if (retyped.containsKey(link)) {
      g = withPredicate(g, value(retyped.get(link)));
    }
    if (reattributed.containsKey(link)) {
      g = withSubject(g, value(reattributed.get(link)));
    }
    return g;
  }

  private static String value(FactCorrection c) {
    if (c.value() == null || c.action() == Action.REJECT) {
      throw new IllegalStateException("a correction with a value expected: " + c);
    }
    return c.value();
  }

  private static ClaimFact withPredicate(ClaimFact f, String predicate) {
    return new ClaimFact(f.id(), f.document(), f.outlet(), f.published(), f.speaker(),
        f.speakerType(), f.speakerName(), f.speakerKb(), f.speakerText(), f.via(), f.modality(),
        f.subject(), predicate, f.object(), f.objectIsEvent(), f.evidence());
  }

  private static ClaimFact withSubject(ClaimFact f, String subject) {
    return new ClaimFact(f.id(), f.document(), f.outlet(), f.published(), f.speaker(),
        f.speakerType(), f.speakerName(), f.speakerKb(), f.speakerText(), f.via(), f.modality(),
        subject, f.predicate(), f.object(), f.objectIsEvent(), f.evidence());
  }

  private ClaimFact withSpeaker(ClaimFact f, String speaker) {
    Origins.EntityName n = names.get(speaker);
    return new ClaimFact(f.id(), f.document(), f.outlet(), f.published(), speaker,
        n == null ? null : n.type(), n == null ? null : n.name(), n == null ? null : n.kb(),
        null, f.via(), f.modality(), f.subject(), f.predicate(), f.object(), f.objectIsEvent(),
        f.evidence());
  }
}
