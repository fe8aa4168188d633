package org.triangulate.extract.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class BundledFileTest {
  private final KnowledgeBase kb = KnowledgeBase.bundled();

  private static String bundledText() throws IOException {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.BUNDLED_FILE)) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void headerSaysWhatTheFileIsAndWhereItsFactsComeFrom() throws IOException {
    List<String> header = bundledText().lines().takeWhile(l -> l.startsWith("#")).toList();
    String text = String.join("\n", header);

    assertThat(header.get(0)).contains("knowledge base of armed groups");
    assertThat(text)
        .contains("MISP galaxy cluster \"Terrorist groups\"")
        .contains("version 1")
        .contains("CC0 / BSD-2-Clause")
        .contains("Public Safety Canada")
        .contains("General public knowledge")
        .contains("Format:");
  }

  @Test
  void everyRelationTargetExists() {
    for (Group group : kb.groups()) {
      for (Relation relation : group.relations()) {
        assertThat(kb.find(relation.target()))
            .as("%s %s", group.id(), relation)
            .isPresent();
      }
    }
  }

  @Test
  void everyMispEntryHasARecordAndEveryRecordASource() {
    long fromMisp = kb.groups().stream().filter(g -> g.source().startsWith("misp ")).count();
    long distinctEntries = kb.groups().stream()
        .map(Group::source)
        .filter(s -> s.startsWith("misp "))
        .distinct()
        .count();

    assertThat(distinctEntries).isEqualTo(90);
    assertThat(fromMisp).isGreaterThanOrEqualTo(90);
    assertThat(kb.groups()).allSatisfy(g -> assertThat(g.source()).isNotBlank());
  }

  @Test
  void everyGroupIsFoundByItsOwnNameUnlessTheFileSaysOtherwise() {
    for (Group group : kb.groups()) {
      if (group.synonyms().contains(group.name())) {
        assertThat(kb.lookup(group.name())).as(group.id()).contains(group);
      }
    }
  }

  @Test
  void everyFormerNameResolvesToItsOwnGroup() {
    for (Group group : kb.groups()) {
      for (FormerName former : group.formerNames()) {
        assertThat(kb.lookup(former.name())).as(former.name()).contains(group);
      }
    }
  }
}
