package org.triangulate.extract.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.triangulate.model.EntityType;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.Span;

/**
 * Places the gazetteer lacks and no chain placed lie in the province of their sentences: "In
 * Nangarhar province yesterday, forces detained a Taliban leader during an operation in Surkh Rod
 * district" puts Surkh Rod in Nangarhar. A sentence's province is the one province all the places
 * it names that the gazetteer resolved lie in, countries aside; a sentence whose places lie in two
 * provinces, or that names none, places nothing, and every sentence that names the unknown place
 * must agree. The place keeps its own name, with its province's country, province and point and no
 * gazetteer entry, as a chain would leave it. A stage after {@link PlaceChains}.
 *
 * <p>Stateless and thread-safe; linear in the place mentions (sentences found by binary search).
 */
public final class SentenceProvinces {
  /** The same entities in the same order, each unknown, unplaced place put in its sentences' province. */
  public List<LocalEntity> apply(List<Span> sentences, List<LocalEntity> entities) {
    TreeMap<Integer, Integer> sentenceAt = new TreeMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      sentenceAt.put(sentences.get(i).start(), i);
    }
    // the provinces of each sentence, from the places the gazetteer resolved
    Map<Integer, Set<Geo>> provinces = new TreeMap<>();
    for (LocalEntity e : entities) {
      if (!isPlace(e) || e.geo() == null || e.geo().gazetteerId() == null || e.geo().province() == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        int s = sentenceOf(sentenceAt, sentences, m);
        if (s >= 0) {
          provinces.computeIfAbsent(s, k -> new HashSet<>()).add(e.geo());
        }
      }
    }
    List<LocalEntity> out = new ArrayList<>(entities.size());
    for (LocalEntity e : entities) {
      out.add(isPlace(e) && e.geo() == null ? placed(e, sentenceAt, sentences, provinces) : e);
    }
    return out;
  }

  private static LocalEntity placed(LocalEntity e, TreeMap<Integer, Integer> sentenceAt, List<Span> sentences,
      Map<Integer, Set<Geo>> provinces) {
    Geo only = null;
    for (Mention m : e.mentions()) {
      Set<Geo> here = provinces.getOrDefault(sentenceOf(sentenceAt, sentences, m), Set.of());
      for (Geo g : here) {
        if (only != null && !sameProvince(only, g)) {
          return e;
        }
        only = only == null ? g : only;
      }
    }
    return only == null ? e : e.withGeo(new Geo(only.lat(), only.lon(), only.country(), only.province(), null));
  }

  private static boolean sameProvince(Geo a, Geo b) {
    return a.country().equals(b.country()) && a.province().equals(b.province());
  }

  private static boolean isPlace(LocalEntity e) {
    return e.type() == EntityType.LOCATION;
  }

  /** The index of the sentence that holds the mention, or -1. */
  private static int sentenceOf(TreeMap<Integer, Integer> sentenceAt, List<Span> sentences, Mention m) {
    Span span = m.evidence().span();
    Map.Entry<Integer, Integer> s = sentenceAt.floorEntry(span.start());
    return s != null && sentences.get(s.getValue()).contains(span) ? s.getValue() : -1;
  }
}
