package org.triangulate.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EntityType;

class EntityGroupsTest {
  @Test
  void knowledgeBaseIdDecidesTheGroupWhateverTheName() {
    assertThat(EntityGroups.key(EntityType.ORGANIZATION, "NDS", "kb-nds"))
        .isEqualTo(EntityGroups.key(EntityType.ORGANIZATION, "National Directorate", "kb-nds"));
  }

  @Test
  void withoutAnIdTypeAndCaseFoldedNameDecide() {
    assertThat(EntityGroups.key(EntityType.ORGANIZATION, "Haqqani  Network", null))
        .isEqualTo(EntityGroups.key(EntityType.ORGANIZATION, "haqqani network", null))
        .isNotEqualTo(EntityGroups.key(EntityType.PERSON, "haqqani network", null));
  }

  @Test
  void idIsStableAndShort() {
    String id = EntityGroups.id("kb:kb-nds");

    assertThat(id).matches("ent-[0-9a-f]{12}").isEqualTo(EntityGroups.id("kb:kb-nds"));
  }

  @Test
  void mostCommonNameWinsThenTheLongest() {
    assertThat(EntityGroups.name(List.of("NDS", "National Directorate of Security", "NDS")))
        .isEqualTo("NDS");
    assertThat(EntityGroups.name(List.of("NDS", "National Directorate of Security")))
        .isEqualTo("National Directorate of Security");
  }

  @Test
  void aliasesLeaveOutTheNameAndRepeatsIgnoringCase() {
    assertThat(EntityGroups.aliases("Haqqani Network",
        List.of("haqqani network", "Haqqanis", "HAQQANIS", "Haqqani Network")))
        .containsExactly("Haqqanis");
  }
}
