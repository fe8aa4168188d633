package org.triangulate.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * Invented reports for the latency benchmark, reproducible from a seed: names built from
 * syllables (no real people or groups), drawn from a Zipf distribution so a few are in many
 * documents and most in a few; 5–30 entities, 1–3 events and 2–5 claims per document.
 * Not thread-safe (one Random).
 */
final class SyntheticCorpus {
  private static final String[] SYLLABLES = {"ka", "ri", "mo", "za", "dra", "nu", "sha", "bel",
      "tor", "qa", "vin", "lo", "ham", "zu", "ren", "da", "mir", "gol", "fa", "tek", "sor", "wa"};
  private static final String[] ORG_KINDS = {"Front", "Brigade", "Network", "Council",
      "Movement", "Directorate", "Army", "Ministry"};
  private static final EventType[] EVENTS = {EventType.ARREST, EventType.BOMBING,
      EventType.KILLING, EventType.ARMED_ASSAULT, EventType.KIDNAPPING, EventType.ATTACK};

  private final Random random;
  private final List<String> people = new ArrayList<>();
  private final List<String> orgs = new ArrayList<>();
  private final List<String> places = new ArrayList<>();
  private final Zipf personRank;
  private final Zipf orgRank;
  private final Zipf placeRank;

  SyntheticCorpus(long seed, int people, int orgs, int places) {
    this.random = new Random(seed);
    fill(this.people, people, () -> name(2) + " " + name(3));
    fill(this.orgs, orgs, () -> name(3) + " " + ORG_KINDS[random.nextInt(ORG_KINDS.length)]);
    fill(this.places, places, () -> name(3));
    this.personRank = new Zipf(people, 1.07);
    this.orgRank = new Zipf(orgs, 1.07);
    this.placeRank = new Zipf(places, 1.07);
  }

  private void fill(List<String> into, int n, java.util.function.Supplier<String> make) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (into.size() < n) {
      String s = make.get();
      if (seen.add(s.toLowerCase(java.util.Locale.ROOT))) {
        into.add(s);
      }
    }
  }

  private String name(int syllables) {
    StringBuilder b = new StringBuilder();
    int n = syllables - 1 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  /** A name of the kind people search for, drawn as documents draw them. */
  String popularName() {
    return switch (random.nextInt(3)) {
      case 0 -> people.get(personRank.next(random));
      case 1 -> orgs.get(orgRank.next(random));
      default -> places.get(placeRank.next(random));
    };
  }

  /** Report number {@code i}: a title and one sentence per entity, entities then events then claims. */
  Map.Entry<Document, Extraction> report(int i) {
    Map<String, EntityType> chosen = new LinkedHashMap<>();
    int n = 5 + random.nextInt(26);
    while (chosen.size() < n) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        chosen.putIfAbsent(people.get(personRank.next(random)), EntityType.PERSON);
      } else if (kind < 8) {
        chosen.putIfAbsent(orgs.get(orgRank.next(random)), EntityType.ORGANIZATION);
      } else {
        chosen.putIfAbsent(places.get(placeRank.next(random)), EntityType.LOCATION);
      }
    }
    List<String> names = new ArrayList<>(chosen.keySet());
    StringBuilder body = new StringBuilder();
    for (int k = 0; k < names.size(); k++) {
      String other = names.get((k + 1) % names.size());
      body.append(k % 3 == 0 ? names.get(k) + " said on Monday that " + other + " was involved. "
          : k % 3 == 1 ? "Officials linked " + names.get(k) + " to " + other + ". "
          : "Reports from " + names.get(k) + " mention " + other + " again. ");
    }
    Document doc = Reports.report("Report " + i + ": " + names.get(0) + " and " + names.get(1),
        body.toString().strip(), "Outlet " + (i % 40),
        LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)), null);
    List<LocalEntity> entities = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      EntityType t = chosen.get(names.get(k));
      LocalEntity e = Reports.entity(doc, "e" + k, t, names.get(k));
      if (t == EntityType.LOCATION) {
        int h = Math.abs(names.get(k).hashCode());
        e = e.withGeo(new Geo(29 + (h % 900) / 100.0, 61 + (h % 1100) / 100.0, "AF", null, null));
      }
      entities.add(e);
    }
    return Map.entry(doc, Reports.extraction(doc, entities, events(doc, names, chosen),
        claims(doc, names, chosen)));
  }

  private List<Event> events(Document doc, List<String> names, Map<String, EntityType> types) {
    List<Event> out = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int v = 0; v < n; v++) {
      String who = names.get(random.nextInt(names.size()));
      String place = names.stream().filter(x -> types.get(x) == EntityType.LOCATION).findFirst()
          .orElse(null);
      LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500));
      out.add(new Event("v" + v, EVENTS[random.nextInt(EVENTS.length)],
          new TimeSpec(day.toString(), TimeSpec.Precision.DAY, TimeSpec.Basis.EVENT, null, day),
          random.nextInt(4), null, place == null ? null : "e" + names.indexOf(place),
          List.of(new Participant("e" + names.indexOf(who), Role.PERPETRATOR, who)),
          List.of(Reports.evidence(doc, who))));
    }
    return out;
  }

  private List<Claim> claims(Document doc, List<String> names, Map<String, EntityType> types) {
    List<String> persons = names.stream().filter(x -> types.get(x) == EntityType.PERSON).toList();
    List<String> groups = names.stream().filter(x -> types.get(x) == EntityType.ORGANIZATION).toList();
    List<Claim> out = new ArrayList<>();
    out.add(new Claim("c0", null, "the article", List.of(), Modality.ASSERTED, Section.BODY,
        "v0", Predicate.OCCURRED, null, List.of(Reports.evidence(doc, names.get(0)))));
    int n = 1 + random.nextInt(4);
    for (int c = 1; c <= n && !persons.isEmpty() && !groups.isEmpty(); c++) {
      String person = persons.get(random.nextInt(persons.size()));
      String group = groups.get(random.nextInt(groups.size()));
      String speaker = groups.get(random.nextInt(groups.size()));
      String sentence = doc.text().substring(doc.text().indexOf(person));
      sentence = sentence.substring(0, Math.max(person.length(), sentence.indexOf('.')));
      out.add(new Claim("c" + c, "e" + names.indexOf(speaker), null, List.of(),
          random.nextInt(5) == 0 ? Modality.HEDGED : Modality.ASSERTED, Section.BODY,
          "e" + names.indexOf(person), c % 2 == 0 ? Predicate.LEADS : Predicate.MEMBER_OF,
          "e" + names.indexOf(group), List.of(Reports.evidence(doc, sentence))));
    }
    return out;
  }

  /** Ranks 0..n-1 with probability proportional to 1/(rank+1)^s, by inverting the CDF. */
  static final class Zipf {
    private final double[] cdf;

    Zipf(int n, double s) {
      cdf = new double[n];
      double sum = 0;
      for (int k = 0; k < n; k++) {
        sum += 1 / Math.pow(k + 1, s);
        cdf[k] = sum;
      }
      for (int k = 0; k < n; k++) {
        cdf[k] /= sum;
      }
    }

    int next(Random random) {
      int i = java.util.Arrays.binarySearch(cdf, random.nextDouble());
      return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }
  }
}
