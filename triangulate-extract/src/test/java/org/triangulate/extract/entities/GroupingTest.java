package org.triangulate.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EntityType;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Span;

/**
 * Grouping's output on invented documents, pinned as it was before its lookups were indexed: the
 * steps run in {@link EntityRules}' order and each group is printed with its mentions.
 */
class GroupingTest {
  private static final WordList HONORIFICS = WordList.load("honorifics.txt");

  /** The candidates a finder would give: each name at each of its whole-word occurrences. */
  private record Doc(String text, List<Candidate> candidates) {
    static Doc of(String text) {
      return new Doc(text, new ArrayList<>());
    }

    Doc name(String name, EntityType type) {
      return name(name, type, null);
    }

    Doc name(String name, EntityType type, @Nullable String kb) {
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        int end = i + name.length();
        boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        Span span = new Span(i, end);
        if (left && right && candidates.stream().noneMatch(c -> c.span().overlaps(span))) {
          candidates.add(new Candidate(span, name, type, kb, MentionKind.NAME));
        }
      }
      return this;
    }

    /** Only the {@code nth} occurrence (from 0), as when the tagger missed the others. */
    Doc nth(String name, int nth, EntityType type) {
      int i = -1;
      for (int k = 0; k <= nth; k++) {
        i = text.indexOf(name, i + 1);
      }
      candidates.add(new Candidate(new Span(i, i + name.length()), name, type, null, MentionKind.NAME));
      return this;
    }
  }

  static Grouping group(Doc doc, int bodyStart) {
    List<Candidate> sorted = new ArrayList<>(doc.candidates());
    sorted.sort(Comparator.comparing(Candidate::span));
    Grouping g = new Grouping(sorted);
    for (AliasLink link : new AliasRules().find(doc.text())) {
      g.addAlias(link, doc.text(), HONORIFICS);
    }
    g.resolveCompoundModifiers(doc.text());
    g.groupByName();
    g.foldShortNames(bodyStart);
    g.linkAcronyms();
    g.propagate(doc.text());
    return g;
  }

  /** One line per group, in order of first mention: each mention as text@start kind type kb. */
  static List<String> printed(Grouping g) {
    List<Candidate> all = g.candidates();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> all.get(i).span()));
    Map<Integer, List<String>> byRoot = new LinkedHashMap<>();
    for (int i : order) {
      Candidate c = all.get(i);
      String alias = g.aliasEvidence(i).map(l -> " <" + l.rule() + ">").orElse("");
      byRoot.computeIfAbsent(g.root(i), r -> new ArrayList<>()).add(c.text() + "@" + c.span().start()
          + " " + c.kind() + " " + c.type() + (c.kb() == null ? "" : " kb=" + c.kb()) + alias);
    }
    return byRoot.values().stream().map(l -> String.join(" | ", l)).toList();
  }

  static List<String> printed(Doc doc, int bodyStart) {
    return printed(group(doc, bodyStart));
  }

  static Doc acronym() {
    return Doc.of("The National Directorate of Security (NDS) arrested two men. NDS spokesman Haris "
        + "Jebran said the men had planned attacks. Jebran added that the NDS would say more.")
        .name("National Directorate of Security", EntityType.ORGANIZATION)
        .nth("NDS", 1, EntityType.ORGANIZATION)
        .name("Haris Jebran", EntityType.PERSON)
        .nth("Jebran", 1, EntityType.PERSON);
  }

  static Doc compoundModifier() {
    return Doc.of("Officials blamed the Haqqani Network and ISIS. An ISIS–Haqqani cell was broken up in "
        + "Kabul; Haqqani-ISIS ties were old. Karzai–Ghani talks went on. Haqqani fighters fled.")
        .name("Haqqani Network", EntityType.ORGANIZATION, "haqqani")
        .name("ISIS", EntityType.ORGANIZATION, "isis")
        .nth("Haqqani", 1, EntityType.PERSON)
        .nth("Haqqani", 2, EntityType.PERSON)
        .name("Kabul", EntityType.LOCATION)
        .name("Karzai", EntityType.PERSON)
        .name("Ghani", EntityType.ORGANIZATION)
        .nth("Haqqani", 3, EntityType.ORGANIZATION);
  }

  static Doc shortNames() {
    return Doc.of("Hussain claims attack\n\nQari Hussain claimed the attack on Monday. The minister Mian "
        + "Iftikhar Hussain condemned it. Hussain said the police would act. Sirajuddin Haqqani and "
        + "Sirajudin Haqqani are one man; Haqqani spoke. Ahmad Khan met Ahmad Shah and Ahmad left. "
        + "Mullah Omar, also known as \"Abu Omar\", and Omar. Rahimi spoke first; Abdul Rahimi spoke later.")
        .name("Qari Hussain", EntityType.PERSON)
        .name("Mian Iftikhar Hussain", EntityType.PERSON)
        .name("Hussain", EntityType.PERSON)
        .name("Sirajuddin Haqqani", EntityType.PERSON)
        .name("Sirajudin Haqqani", EntityType.PERSON)
        .name("Haqqani", EntityType.PERSON)
        .name("Ahmad Khan", EntityType.PERSON)
        .name("Ahmad Shah", EntityType.PERSON)
        .name("Ahmad", EntityType.PERSON)
        .name("Mullah Omar", EntityType.PERSON)
        .name("Omar", EntityType.PERSON)
        .name("Abdul Rahimi", EntityType.PERSON)
        .name("Rahimi", EntityType.PERSON);
  }

  static Doc aliasesAndAcronyms() {
    return Doc.of("Tehreek-e-Jafaria Pakistan (TJP) and Tehrik-i-Taliban Pakistan met. The TTP denied it; "
        + "TJP did not. Police identified as Gul Agha or \"Commander Gul\" a man from "
        + "JALALABAD, Afghanistan (FWS). Islamic State Khorasan Province, a.k.a. ISKP; a.k.a. "
        + "Daesh-K, struck. Gul Agha fled. Islamic State Khorasan Province and ISKP and the TJP.")
        .name("Tehreek-e-Jafaria Pakistan", EntityType.ORGANIZATION)
        .name("Tehrik-i-Taliban Pakistan", EntityType.ORGANIZATION, "ttp")
        .nth("TTP", 0, EntityType.ORGANIZATION)
        .nth("TJP", 1, EntityType.ORGANIZATION)
        .nth("Gul Agha", 0, EntityType.PERSON)
        .name("JALALABAD", EntityType.LOCATION)
        .name("Afghanistan", EntityType.LOCATION)
        .nth("Islamic State Khorasan Province", 0, EntityType.ORGANIZATION);
  }

  static Doc propagation() {
    return Doc.of("Zabihullah Mujahid spoke for the Taliban. Later Zabihullah Mujahid and the "
        + "Taliban spoke again; Mujahid said Taliban fighters and ISIS and Taliban-ISIS fights and "
        + "the ISIS-K. Zabihullah Mujahidi is not him.")
        .nth("Zabihullah Mujahid", 0, EntityType.PERSON)
        .nth("Taliban", 0, EntityType.ORGANIZATION)
        .nth("ISIS", 0, EntityType.ORGANIZATION)
        .nth("Mujahid", 2, EntityType.PERSON);
  }

  @Test
  void acronymInParenthesesAndLaterUsesAreOneOrganisation() {
    assertThat(printed(acronym(), 0)).containsExactly(
        "National Directorate of Security@4 NAME ORGANIZATION | NDS@38 ALIAS ORGANIZATION <parenthesis> | NDS@61 NAME ORGANIZATION | NDS@144 NAME ORGANIZATION",
        "Haris Jebran@75 NAME PERSON | Jebran@122 SHORT_NAME PERSON");
  }

  @Test
  void aWordDashedToAGroupIsTheOneGroupItBegins() {
    assertThat(printed(compoundModifier(), 0)).containsExactly(
        "Haqqani Network@21 NAME ORGANIZATION kb=haqqani | Haqqani@55 SHORT_NAME ORGANIZATION kb=haqqani | Haqqani@92 SHORT_NAME ORGANIZATION kb=haqqani",
        "ISIS@41 NAME ORGANIZATION kb=isis | ISIS@50 NAME ORGANIZATION kb=isis | ISIS@100 NAME ORGANIZATION kb=isis",
        "Kabul@85 NAME LOCATION",
        "Karzai@120 NAME PERSON",
        "Ghani@127 NAME ORGANIZATION",
        "Haqqani@148 NAME ORGANIZATION");
  }

  @Test
  void aLoneNameJoinsTheOnePersonItFitsAndNoOther() {
    assertThat(printed(shortNames(), 23)).containsExactly(
        "Hussain@0 NAME PERSON | Hussain@115 NAME PERSON",
        "Qari Hussain@23 NAME PERSON",
        "Mian Iftikhar Hussain@79 NAME PERSON",
        "Sirajuddin Haqqani@150 NAME PERSON | Sirajudin Haqqani@173 NAME PERSON | Haqqani@204 SHORT_NAME PERSON",
        "Ahmad Khan@219 NAME PERSON",
        "Ahmad Shah@234 NAME PERSON",
        "Ahmad@249 NAME PERSON",
        "Mullah Omar@261 NAME PERSON | Omar@293 ALIAS PERSON <also-known-as> | Omar@304 NAME PERSON",
        "Rahimi@310 NAME PERSON",
        "Abdul Rahimi@330 NAME PERSON");
  }

  @Test
  void statedAliasesAndInitialsJoinTheirNames() {
    assertThat(printed(aliasesAndAcronyms(), 0)).containsExactly(
        "Tehreek-e-Jafaria Pakistan@0 NAME ORGANIZATION | TJP@28 ALIAS ORGANIZATION <parenthesis> | TJP@87 NAME ORGANIZATION | TJP@324 NAME ORGANIZATION",
        "Tehrik-i-Taliban Pakistan@37 NAME ORGANIZATION kb=ttp | TTP@72 NAME ORGANIZATION",
        "Gul Agha@121 NAME PERSON | Gul@144 ALIAS PERSON <identified-as> | Gul Agha@260 NAME PERSON",
        "JALALABAD@160 NAME LOCATION",
        "Afghanistan@171 NAME LOCATION",
        "Islamic State Khorasan Province@190 NAME ORGANIZATION | ISKP@230 ALIAS ORGANIZATION <also-known-as> | Daesh-K@243 ALIAS ORGANIZATION <also-known-as> | Islamic State Khorasan Province@275 NAME ORGANIZATION | ISKP@311 ALIAS ORGANIZATION");
  }

  @Test
  void furtherOccurrencesOfANameBecomeMentions() {
    assertThat(printed(propagation(), 0)).containsExactly(
        "Zabihullah Mujahid@0 NAME PERSON | Zabihullah Mujahid@48 NAME PERSON | Mujahid@96 SHORT_NAME PERSON",
        "Taliban@33 NAME ORGANIZATION | Taliban@75 NAME ORGANIZATION | Taliban@109 NAME ORGANIZATION | Taliban@139 NAME ORGANIZATION",
        "ISIS@130 NAME ORGANIZATION | ISIS@147 NAME ORGANIZATION | ISIS@167 NAME ORGANIZATION");
  }

  /**
   * No timing: a document that repeats the five above 10 and 80 times makes the steps compare each
   * candidate with about as many others at both lengths. Scanning every candidate for each, as
   * before, made 8 times as many comparisons per candidate at the greater length.
   */
  @Test
  void comparisonsPerCandidateDoNotGrowWithTheDocument() {
    Grouping shorter = group(repeated(10), 0);
    Grouping longer = group(repeated(80), 0);
    assertThat(longer.candidates()).hasSizeGreaterThan(8 * shorter.candidates().size() - 8);
    assertThat(perCandidate(longer)).isLessThan(perCandidate(shorter) * 1.2).isLessThan(30);
  }

  private static double perCandidate(Grouping g) {
    return (double) g.comparisons() / g.candidates().size();
  }

  /** The five documents above, one after another, {@code times} times over. */
  private static Doc repeated(int times) {
    List<Doc> docs = List.of(acronym(), compoundModifier(), shortNames(), aliasesAndAcronyms(), propagation());
    StringBuilder text = new StringBuilder();
    List<Candidate> candidates = new ArrayList<>();
    for (int k = 0; k < times; k++) {
      for (Doc d : docs) {
        int offset = text.length();
        for (Candidate c : d.candidates()) {
          Span at = new Span(c.span().start() + offset, c.span().end() + offset);
          candidates.add(new Candidate(at, c.text(), c.type(), c.kb(), c.kind()));
        }
        text.append(d.text()).append("\n\n");
      }
    }
    return new Doc(text.toString(), candidates);
  }
}
