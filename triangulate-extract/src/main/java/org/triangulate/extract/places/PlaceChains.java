package org.triangulate.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.gazetteer.Gazetteer;
import org.triangulate.gazetteer.Place;
import org.triangulate.model.EntityType;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;

/**
 * Reads place chains ("Andar district, Ghazni province"; "Srinagar, India"; "the Lohardaga
 * district, of the country's eastern state of Jharkhand"; "Tootkas (Hangu district)"; "the
 * village of Wadwan in Budgam district"; "the Tehkal area of the city of Peshawar"; the
 * possessive "Balochistan's Chaman") and puts
 * each place under the one the chain names after it: a place the gazetteer resolved elsewhere, or
 * not at all, is looked up again inside its parent, and when the gazetteer does not know it there
 * it keeps its name with its parent's country, province and coordinates (an unknown village stays
 * itself, placed by what the text says contains it). A stage after {@link PlaceResolver}: it needs
 * the places' geo and every mention's span, and returns the same entities in the same order.
 *
 * <p>Thread-safe; linear in the number of place mentions.
 */
public final class PlaceChains {
  /**
   * What may stand between a place and its parent: a designator of the first ("district",
   * "town"), then a comma or an opening parenthesis and perhaps "in" or "of", or "in" or "of"
   * alone, then perhaps a few words ending in a designator and "of": "the country's eastern state
   * of", "the city of", "southern".
   */
  private static final Pattern LINK = Pattern.compile("(?i)\\s*(?:district|province|county|town|city|village|area"
      + "|region|agency|subdivision|tehsil|department|neighbou?rhood|quarter|sector|suburb|locality)?\\s*"
      + "(?:(?:,|\\()\\s*(?:(?:in|of)\\s+)?|(?:in|of)\\s+)"
      + "(?:(?:the|its|a)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?"
      + "(?:(?:state|province|region|district|governorate|county|division|city|town|department)\\s+of\\s+)?");
  /**
   * A parent named first, as a possessive: "Balochistan's Chaman", "Jammu and Kashmir's Anantnag
   * district", past a direction, an adverb and its participle, or a designator and "of":
   * "Baghdad's heavily fortified Green Zone", "Pulwama's town of Tral", "Baghdad's Shiite district
   * of Sadr City". Other words between ("Baghdad's mayor visited Basra") make no chain.
   */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\s+"
      + "(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)?"
      + "(?:\\p{Ll}+ly\\s+\\p{Ll}+ed\\s+)?"
      + "(?:(?:[\\p{L}-]+\\s+)?(?:town|city|village|district|area|neighbou?rhood|province|region|state)\\s+of\\s+)?");
  private static final int MAX_LINK = 60;

  private final Gazetteer gazetteer;

  public PlaceChains() {
    this(Gazetteer.bundled());
  }

  public PlaceChains(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** The same entities, each place that a chain puts under a resolved parent placed inside it. */
  public List<LocalEntity> apply(String text, List<LocalEntity> entities) {
    List<Located> mentions = new ArrayList<>();
    for (LocalEntity e : entities) {
      if (e.type() == EntityType.LOCATION || e.type() == EntityType.FACILITY) {
        e.mentions().forEach(m -> mentions.add(new Located(e.key(), m)));
      }
    }
    mentions.sort(Comparator.comparingInt(l -> l.mention().evidence().span().start()));
    Map<String, LocalEntity> byKey = new LinkedHashMap<>();
    entities.forEach(e -> byKey.put(e.key(), e));
    List<Link> links = links(text, mentions);
    // a parent placed by its own parent passes that on: "Arab Jabour village in al-Dawra area in southern Baghdad"
    for (int pass = 0; pass < 3; pass++) {
      for (Link link : links.reversed()) {
        LocalEntity c = byKey.get(link.child());
        LocalEntity p = byKey.get(link.parent());
        if (p.geo() != null && !isCountry(c) && !inside(c.geo(), p.geo(), p)) {
          byKey.put(c.key(), c.withGeo(within(c, p).orElse(unknownInside(p.geo()))));
        }
      }
    }
    return entities.stream().map(e -> byKey.get(e.key())).toList();
  }

  /**
   * The links of the text's place mentions, child to parent, in the order of the text. A parent
   * that is itself the possessor of the place after it stands for that place: in "Tral in south
   * Kashmir's Pulwama district" Tral lies in Pulwama.
   */
  private static List<Link> links(String text, List<Located> mentions) {
    List<Link> out = new ArrayList<>();
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Located child = mentions.get(i);
      Located parent = mentions.get(i + 1);
      int end = child.mention().evidence().span().end();
      int start = parent.mention().evidence().span().start();
      if (child.key().equals(parent.key()) || start < end || start - end > MAX_LINK) {
        continue;
      }
      String gap = text.substring(end, start);
      if (POSSESSIVE.matcher(gap).matches()) {
        out.add(new Link(parent.key(), child.key()));
        continue;
      }
      if (!LINK.matcher(gap).matches()) {
        continue;
      }
      String parentKey = parent.key();
      if (i + 2 < mentions.size()) {
        Located possessed = mentions.get(i + 2);
        int pEnd = parent.mention().evidence().span().end();
        int pStart = possessed.mention().evidence().span().start();
        if (pStart >= pEnd && !possessed.key().equals(child.key())
            && POSSESSIVE.matcher(text.substring(pEnd, pStart)).matches()) {
          parentKey = possessed.key();
        }
      }
      out.add(new Link(child.key(), parentKey));
    }
    return out;
  }

  /** A country lies in no other place: "the distrust among Pakistan, Afghanistan and the U.S." is a list. */
  private static boolean isCountry(LocalEntity place) {
    Geo geo = place.geo();
    return geo != null && geo.province() == null && geo.country().equals(geo.gazetteerId());
  }

  /** True when {@code child} already lies in the parent: same country, and same province when the parent is one. */
  private boolean inside(Geo child, Geo parent, LocalEntity parentEntity) {
    if (child == null || !child.country().equals(parent.country())) {
      return false;
    }
    boolean parentIsCountry = parent.province() == null;
    return parentIsCountry || parent.province().equals(child.province()) || !isProvince(parentEntity, parent);
  }

  private boolean isProvince(LocalEntity entity, Geo geo) {
    return geo.province() != null && gazetteer.lookup(entity.name()).stream()
        .anyMatch(pl -> pl.kind() == Place.Kind.PROVINCE && Objects.equals(pl.id(), geo.gazetteerId()));
  }

  /** The child's own entry in the gazetteer inside the parent's country (and province, if the parent is one). */
  private Optional<Geo> within(LocalEntity child, LocalEntity parent) {
    Geo p = parent.geo();
    boolean province = isProvince(parent, p);
    return gazetteer.lookup(child.name()).stream()
        .filter(pl -> pl.country().equals(p.country()))
        .filter(pl -> !province || Objects.equals(pl.province(), p.province()))
        .findFirst().map(Place::geo);
  }

  /** Where a place the gazetteer does not know lies: its parent's point and units, but not the parent's entry. */
  private static Geo unknownInside(Geo parent) {
    return new Geo(parent.lat(), parent.lon(), parent.country(), parent.province(), null);
  }

  private record Located(String key, Mention mention) {}

  private record Link(String child, String parent) {}
}
