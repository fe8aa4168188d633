package org.triangulate.extract.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoadTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void userRecordWithAnExistingIdReplacesIt() throws IOException {
    Path file = write("override.txt", """
        # my corrections
        [haqqani-network]
        name: Haqqani Network
        synonyms: Haqqanis
        acronyms: HQN
        branch-of: taliban
        source: analyst notes
        """);

    KnowledgeBase kb = KnowledgeBase.load(List.of(file));

    Group haqqani = kb.group("haqqani-network");
    assertThat(haqqani.parent()).contains("taliban");
    assertThat(haqqani.source()).isEqualTo("analyst notes");
    assertThat(kb.lookup("Haqqanis")).contains(haqqani);
    assertThat(kb.groups()).hasSameSizeAs(KnowledgeBase.bundled().groups());
    assertThat(KnowledgeBase.bundled().lookup("Haqqanis")).isEmpty();
  }

  @Test
  void userRecordWithANewIdExtendsTheBase() throws IOException {
    Path file = write("extra.txt", """
        [wagner-group]
        name: Wagner Group
        years: 2014-
        synonyms: PMC Wagner | Wagner PMC
        acronyms: ChVK Vagner
        """);

    KnowledgeBase kb = KnowledgeBase.load(List.of(file));

    assertThat(kb.groups()).hasSize(KnowledgeBase.bundled().groups().size() + 1);
    assertThat(kb.scan("PMC Wagner and the Taliban")).extracting(m -> m.group().id())
        .containsExactly("wagner-group", "taliban");
    assertThat(kb.group("wagner-group").active()).isEqualTo(new Years(2014, null));
  }

  @Test
  void laterFilesWinANameClaimedTwice() throws IOException {
    Path first = write("a.txt", "[group-a]\nname: Alpha Front\n");
    Path second = write("b.txt", "[group-b]\nname: Beta Front\nsynonyms: Alpha Front\n");

    KnowledgeBase kb = KnowledgeBase.load(List.of(first, second));

    assertThat(kb.lookup("Alpha Front")).map(Group::id).contains("group-b");
  }

  @Test
  void syntaxErrorNamesTheFileAndLine() throws IOException {
    Path file = write("broken.txt", "[my-group]\nname: My Group\nsynonyms Mine\n");

    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbException.class)
        .hasMessageContaining("broken.txt:3")
        .hasMessageContaining("key: value");
  }

  @Test
  void unknownKeyNamesTheFileAndLine() throws IOException {
    Path file = write("keys.txt", "\n[my-group]\nname: My Group\nallies: isis\n");

    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbException.class)
        .hasMessageContaining("keys.txt:4")
        .hasMessageContaining("allies");
  }

  @Test
  void badYearsNameTheFileAndLine() throws IOException {
    Path file = write("years.txt", "[my-group]\nname: My Group\nyears: 2010 to 2012\n");

    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbException.class)
        .hasMessageContaining("years.txt:3");
  }

  @Test
  void fieldBeforeAnyRecordIsAnError() throws IOException {
    Path file = write("orphan.txt", "name: Nobody\n");

    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbException.class)
        .hasMessageContaining("orphan.txt:1");
  }

  @Test
  void relationToAnUnknownIdIsAnError() throws IOException {
    Path file = write("dangling.txt", "[my-group]\nname: My Group\nbranch-of: nowhere\n");

    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbException.class)
        .hasMessageContaining("dangling.txt:1")
        .hasMessageContaining("nowhere");
  }

  @Test
  void nameGivenToTwoGroupsOfOneFileIsAnError() throws IOException {
    Path file = write("twice.txt",
        "[one]\nname: One\nsynonyms: The Front\n\n[two]\nname: Two\nsynonyms: the front\n");

    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbException.class)
        .hasMessageContaining("twice.txt:5")
        .hasMessageContaining("one group only");
  }

  @Test
  void repeatedIdInOneFileIsAnError() throws IOException {
    Path file = write("dup.txt", "[one]\nname: One\n[one]\nname: Uno\n");

    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbException.class)
        .hasMessageContaining("dup.txt:3");
  }

  @Test
  void missingFileIsAnErrorNamingIt() {
    Path missing = dir.resolve("missing.txt");

    assertThatThrownBy(() -> KnowledgeBase.load(List.of(missing)))
        .isInstanceOf(KbException.class)
        .hasMessageContaining("missing.txt");
  }
}
