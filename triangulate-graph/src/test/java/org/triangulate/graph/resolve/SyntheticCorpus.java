package org.triangulate.graph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.triangulate.model.EntityType;

/**
 * Invented documents of people, organisations and places for the resolution benchmark, with the
 * truth of who is who. Names are drawn from Zipf distributions, so that common names ("Mohammad
 * Khan") are shared by many different people; mentions carry spelling variants, honorifics,
 * initials and noms de guerre; each person has an affiliation, a home place and associates that
 * documents co-mention more often than chance, and a period of activity (one to six years within
 * 2004–2023) in which the documents about them are dated. Namesakes are common (at 1M mentions,
 * 125k people over 600 first and 4,000 last names, both Zipf-distributed) and differ in
 * affiliation, place and period. Deterministic for a seed: the dates come from a second random
 * stream, so that adding them left every other draw as it was.
 *
 * <p>Frozen for issue 11 (commit "SyntheticCorpus: frozen"): tuning the resolver must not change
 * this class, or the figures before and after stop being comparable.
 */
final class SyntheticCorpus {
  private static final String[] COMMON_FIRST = {"Mohammad", "Ahmad", "Abdul", "Ali", "Gul",
      "Noor", "Abdullah", "Hamid", "Rahim", "Karim", "Ghulam", "Bashir", "Habib", "Zahir"};
  private static final String[] COMMON_LAST = {"Khan", "Shah", "Jan", "Haqqani", "Zadran",
      "Ahmadzai", "Noori", "Rahimi", "Karimi", "Mangal", "Wardak", "Popal", "Niazi", "Achakzai"};
  private static final String[] HONORIFICS = {"Mullah", "Maulvi", "Qari", "Sheikh", "Hafiz",
      "Mawlawi", "Haji", "Dr."};
  private static final String[] ROLES = {"commander", "spokesman", "member", "leader", "envoy"};
  private static final String[] SYLLABLES = {"ba", "da", "fa", "ga", "ha", "ja", "ka", "la",
      "ma", "na", "ra", "sa", "ta", "wa", "za", "bi", "di", "gi", "hi", "ki", "li", "mi", "ni",
      "ri", "si", "ti", "zi", "bu", "du", "gu", "ku", "lu", "mu", "nu", "ru", "su", "tu", "zu",
      "sha", "kha", "qa", "dar", "gul", "mir", "zai", "yar", "wal", "din"};

  /** One local entity and who it truly is. */
  record Mention(EntityRecord record, long truth) {}

  private static final LocalDate EPOCH = LocalDate.of(2004, 1, 1);
  private static final int YEARS = 20;

  private final Random random;
  private final Random calendar;
  private final List<String> firstNames;
  private final List<String> lastNames;
  private final Zipf first;
  private final Zipf last;
  private final Zipf orgs;
  private final Zipf places;
  private final Zipf people;
  private final int personCount;
  private final int[][] person;
  /** Per person: first day of activity (days after {@link #EPOCH}) and days active. */
  private final int[][] period;
  private long nextId = 1;

  /** A corpus of about {@code mentions} local entities. */
  SyntheticCorpus(long seed, int mentions) {
    this.random = new Random(seed);
    this.calendar = new Random(seed ^ 0x5DEECE66DL);
    this.firstNames = names(COMMON_FIRST, 600);
    this.lastNames = names(COMMON_LAST, 4000);
    this.first = new Zipf(firstNames.size(), 1.1);
    this.last = new Zipf(lastNames.size(), 1.0);
    this.orgs = new Zipf(300, 1.0);
    this.places = new Zipf(400, 1.0);
    this.personCount = Math.max(100, mentions / 8);
    this.people = new Zipf(personCount, 0.8);
    // each person: first, last, middle (-1 none), affiliation, home, alias (-1 none), 2 associates
    this.person = new int[personCount][];
    for (int p = 0; p < personCount; p++) {
      person[p] = new int[] {first.next(random), last.next(random),
          random.nextDouble() < 0.2 ? first.next(random) : -1, orgs.next(random),
          places.next(random), random.nextDouble() < 0.2 ? random.nextInt(1 << 20) : -1,
          random.nextInt(personCount), random.nextInt(personCount)};
    }
    this.period = new int[personCount][];
    for (int p = 0; p < personCount; p++) {
      int days = 365 * (1 + calendar.nextInt(6));
      period[p] = new int[] {calendar.nextInt(365 * YEARS - days), days};
    }
  }

  /** Documents until about {@code mentions} local entities, each with its truth. */
  List<Mention> generate(int mentions) {
    List<Mention> out = new ArrayList<>(mentions + 8);
    long ordinal = 0;
    while (out.size() < mentions) {
      ordinal++;
      out.addAll(document(ordinal));
    }
    return out;
  }

  private List<Mention> document(long ordinal) {
    String doc = "doc-" + ordinal;
    int focus = people.next(random);
    int[] f = person[focus];
    LocalDate published =
        EPOCH.plusDays(period[focus][0] + calendar.nextInt(period[focus][1]));
    List<EntityRecord> records = new ArrayList<>();
    List<Long> truths = new ArrayList<>();
    addPerson(records, truths, doc, ordinal, published, focus);
    if (random.nextDouble() < 0.5) {
      addPerson(records, truths, doc, ordinal, published, f[6 + random.nextInt(2)]);
    }
    if (random.nextDouble() < 0.3) {
      addPerson(records, truths, doc, ordinal, published, people.next(random));
    }
    int org = random.nextDouble() < 0.6 ? f[3] : orgs.next(random);
    add(records, truths, doc, ordinal, published, EntityType.ORGANIZATION, orgName(org),
        List.of(), 1_000_000_000L + org);
    int place = random.nextDouble() < 0.7 ? f[4] : places.next(random);
    add(records, truths, doc, ordinal, published, EntityType.LOCATION, placeName(place),
        List.of(), 2_000_000_000L + place);
    List<EntityRecord> withContext = Contexts.withContext(records);
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < withContext.size(); i++) {
      out.add(new Mention(withContext.get(i), truths.get(i)));
    }
    return out;
  }

  private void addPerson(List<EntityRecord> records, List<Long> truths, String doc,
      long ordinal, LocalDate published, int p) {
    if (truths.contains((long) p)) {
      return; // one local entity per person and document, as extraction gives
    }
    int[] x = person[p];
    String alias = x[5] < 0 ? null : nomDeGuerre(x[5]);
    String name;
    double style = random.nextDouble();
    if (alias != null && style < 0.1) {
      name = alias;
    } else if (style < 0.17) {
      name = firstNames.get(x[0]).charAt(0) + ". " + variant(lastNames.get(x[1]));
    } else {
      name = variant(firstNames.get(x[0])) + (x[2] < 0 ? "" : " " + variant(firstNames.get(x[2])))
          + " " + variant(lastNames.get(x[1]));
    }
    if (random.nextDouble() < 0.3) {
      name = HONORIFICS[random.nextInt(HONORIFICS.length)] + " " + name;
    }
    List<String> aliases = alias != null && random.nextDouble() < 0.15 ? List.of(alias) : List.of();
    List<String> descriptions = random.nextDouble() < 0.3
        ? List.of(orgName(x[3]) + " " + ROLES[(p + x[3]) % ROLES.length]) : List.of();
    records.add(new EntityRecord(nextId++, doc, ordinal, published, "e" + (records.size() + 1),
        EntityType.PERSON, name, aliases, descriptions, null, null, List.of(), null));
    truths.add((long) p);
  }

  private void add(List<EntityRecord> records, List<Long> truths, String doc, long ordinal,
      LocalDate published, EntityType type, String name, List<String> descriptions, long truth) {
    records.add(new EntityRecord(nextId++, doc, ordinal, published, "e" + (records.size() + 1),
        type, name, List.of(), descriptions, null, null, List.of(), null));
    truths.add(truth);
  }

  /** A spelling variant: vowels lengthened or swapped, consonants doubled or q for k. */
  String variant(String name) {
    if (random.nextDouble() < 0.5) {
      return name;
    }
    String v = name;
    switch (random.nextInt(6)) {
      case 0 -> v = v.replaceFirst("i", "ee");
      case 1 -> v = v.replaceFirst("o", "u").replaceFirst("u", "o");
      case 2 -> v = v.replaceFirst("a([^aeiou])", "e$1");
      case 3 -> v = v.replaceFirst("([bdgklmnrst])([aeiou])", "$1$1$2");
      case 4 -> v = v.replaceFirst("k", "q");
      default -> v = random.nextDouble() < 0.2 && v.length() > 4
          ? v.substring(0, v.length() - 2) + v.charAt(v.length() - 1) : v; // a typo
    }
    return v;
  }

  private List<String> names(String[] common, int total) {
    List<String> out = new ArrayList<>(List.of(common));
    java.util.Set<String> seen = new java.util.HashSet<>(out);
    while (out.size() < total) {
      StringBuilder s = new StringBuilder();
      int n = 2 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      String name = Character.toUpperCase(s.charAt(0)) + s.substring(1);
      if (seen.add(NameKeys.skeleton(name))) {
        out.add(name);
      }
    }
    return out;
  }

  private static String orgName(int org) {
    return org == 0 ? "Taliban" : org == 1 ? "Haqqani Network" : "Front " + code(org);
  }

  private static String placeName(int place) {
    return "Place" + code(place).toLowerCase(Locale.ROOT);
  }

  private static String nomDeGuerre(int n) {
    return "Khalifa " + code(n) + "ullah";
  }

  /** Letters only, distinct per number and under name keys: 15 → "Daca". */
  private static String code(int n) {
    String consonants = "bcdfjlmnprstvz";
    StringBuilder s = new StringBuilder();
    do {
      s.append(consonants.charAt(n % consonants.length())).append('a');
      n /= consonants.length();
    } while (n > 0);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Ranks 0…n-1 with probability proportional to 1/(rank+1)^s, by inverse transform. */
  static final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double s) {
      cumulative = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += 1 / Math.pow(i + 1, s);
        cumulative[i] = sum;
      }
      for (int i = 0; i < n; i++) {
        cumulative[i] /= sum;
      }
    }

    int next(Random random) {
      int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
      return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }
  }
}
