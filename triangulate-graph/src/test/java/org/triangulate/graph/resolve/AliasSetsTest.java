package org.triangulate.graph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EntityType;

/**
 * Resolution over real alias sets of armed groups ({@code armed-group-aliases.txt}): each name in
 * a report of its own, so that only what the names and the reports say can join them.
 */
class AliasSetsTest {
  static List<List<String>> sets;

  @BeforeAll
  static void readSets() throws IOException {
    sets = new ArrayList<>();
    try (InputStream in = AliasSetsTest.class.getResourceAsStream("armed-group-aliases.txt")) {
      assertThat(in).as("armed-group-aliases.txt on the test classpath").isNotNull();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> sets.add(List.of(l.split("\\s*\\|\\s*"))));
    }
    assertThat(sets).hasSize(6);
  }

  @Test
  void spellingsOfOneNameMergeAndNoTwoGroupsDo() {
    Records corpus = new Records();
    Map<Long, Integer> setOf = new HashMap<>();
    Map<Long, String> nameOf = new HashMap<>();
    for (int s = 0; s < sets.size(); s++) {
      for (String name : sets.get(s)) {
        long id = corpus.document(Records.org(name)).get(0);
        setOf.put(id, s);
        nameOf.put(id, name);
      }
    }

    Resolution r = corpus.resolve();

    Map<String, Set<Integer>> setsByEntity = setOf.entrySet().stream().collect(Collectors
        .groupingBy(e -> r.ids().get(e.getKey()),
            Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    assertThat(setsByEntity.values()).allSatisfy(s -> assertThat(s).hasSize(1));
    assertThat(entityOf(r, nameOf, "Tehrik-e-Taliban Pakistan"))
        .isEqualTo(entityOf(r, nameOf, "Tehrik-i-Taliban Pakistan"))
        .isEqualTo(entityOf(r, nameOf, "Tehreek-e-Taliban Pakistan"))
        .isEqualTo(entityOf(r, nameOf, "Tehrik-I-Taliban Pakistan"));
    assertThat(entityOf(r, nameOf, "Lashkar-e-Tayyiba"))
        .isEqualTo(entityOf(r, nameOf, "Lashkar-e-Taiba"))
        .isEqualTo(entityOf(r, nameOf, "Lashkar e Taiba"));
    assertThat(entityOf(r, nameOf, "Lashkar-e-Toiba"))
        .isEqualTo(entityOf(r, nameOf, "Lashkar-i-Toiba"));
  }

  @Test
  void oneReportGivingAGroupsOtherNamesJoinsEveryReportOfIt() {
    Records corpus = new Records();
    Map<Long, Integer> setOf = new HashMap<>();
    for (int s = 0; s < sets.size(); s++) {
      for (String name : sets.get(s)) {
        setOf.put(corpus.document(Records.org(name)).get(0), s);
      }
      List<String> names = sets.get(s);
      long also = corpus.document(new Records.E(EntityType.ORGANIZATION, names.get(0),
          names.subList(1, names.size()), List.of(), null, null)).get(0);
      setOf.put(also, s);
    }

    Resolution r = corpus.resolve();

    Map<Integer, Set<String>> entitiesBySet = setOf.entrySet().stream().collect(Collectors
        .groupingBy(Map.Entry::getValue,
            Collectors.mapping(e -> r.ids().get(e.getKey()), Collectors.toSet())));
    assertThat(entitiesBySet).hasSize(sets.size());
    assertThat(entitiesBySet.values()).allSatisfy(e -> assertThat(e).hasSize(1));
  }

  @Test
  void twoLeadersOfOneGroupInOnePlaceAndPeriodStayTwo() {
    Records corpus = new Records();
    corpus.others(200, "Taliban");
    long baitullah = corpus.document(java.time.LocalDate.of(2009, 3, 1),
        Records.person("Baitullah Mehsud", "TTP leader"), Records.org("Tehrik-e-Taliban Pakistan"),
        Records.place("South Waziristan")).get(0);
    long hakimullah = corpus.document(java.time.LocalDate.of(2009, 9, 1),
        Records.person("Hakimullah Mehsud", "TTP leader"),
        Records.org("Tehrik-i-Taliban Pakistan"), Records.place("South Waziristan")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(baitullah)).isNotEqualTo(r.ids().get(hakimullah));
  }

  private static String entityOf(Resolution r, Map<Long, String> nameOf, String name) {
    return nameOf.entrySet().stream().filter(e -> e.getValue().equals(name))
        .map(e -> r.ids().get(e.getKey())).findFirst().orElseThrow();
  }
}
