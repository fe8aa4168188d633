package org.triangulate.graph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {
  @ParameterizedTest
  @CsvSource({
      "Baseer, Basir", "Baseeer, Basir", "Mohammad, Muhammad", "Mohammed, Muhammad",
      "Haqqani, Haqani", "Mullah Omar, Umar", "Maulvi Abdul Basir, Abdul Baseer",
      "Sheikh Mohammed Haqqani, Muhammad Haqani", "Dr. Abdullah, Abdullah",
      "Abd al-Rahman, Abdulrahman", "Qari Zabihullah, Zabihulla"})
  void spellingVariantsShareASkeleton(String a, String b) {
    assertThat(NameKeys.skeleton(a)).isEqualTo(NameKeys.skeleton(b));
  }

  @Test
  void arabicScriptTransliteratesToTheLatinSkeleton() {
    assertThat(NameKeys.skeleton("محمد")).isEqualTo(NameKeys.skeleton("Mohammad"));
    assertThat(NameKeys.skeleton("ملا محمد")).isEqualTo(NameKeys.skeleton("Muhammad"));
  }

  @Test
  void honorificsAreDroppedOnlyBeforeTheName() {
    assertThat(NameKeys.tokens("Mawlawi Haji Khalil Haqqani")).containsExactly("khalil", "haqqani");
    assertThat(NameKeys.tokens("Mullah")).containsExactly("mullah");
  }

  @Test
  void acronymsKeepTheirVowelsInTheLooseKey() {
    assertThat(NameKeys.loose("ISI")).isNotEqualTo(NameKeys.loose("ISIS"));
    assertThat(NameKeys.loose("Haqqani Network")).isEqualTo(NameKeys.loose("Haqani network"));
  }

  @Test
  void initialsKeyJoinsAnInitialToTheFullName() {
    assertThat(NameKeys.initials(NameKeys.tokens("M. Khan")))
        .isEqualTo(NameKeys.initials(NameKeys.tokens("Mohammad Khan"))).isEqualTo("m.kn");
    assertThat(NameKeys.startsWithInitial(NameKeys.tokens("M. Khan"))).isTrue();
    assertThat(NameKeys.initials(List.of("khan"))).isEmpty();
  }

  @Test
  void commonNamesAreRecognisedInAnySpelling() {
    assertThat(NameKeys.isCommonToken("Muhammed")).isTrue();
    assertThat(NameKeys.isCommonToken("Sirajuddin")).isFalse();
  }
}
