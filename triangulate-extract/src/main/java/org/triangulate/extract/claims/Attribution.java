package org.triangulate.extract.claims;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Modality;

/**
 * Who a sentence's content comes from.
 *
 * @param speaker entity key of the speaker, or null
 * @param speakerText who speaks when not an entity ("the article", "officials")
 * @param via entity keys of the channels, nearest first
 * @param modality how the reporting verb puts it
 * @param explicit true when a reporting verb or "according to" names the speaker in this sentence
 */
record Attribution(@Nullable String speaker, @Nullable String speakerText, List<String> via,
    Modality modality, boolean explicit) {
  static final Attribution ARTICLE = new Attribution(null, "the article", List.of(), Modality.ASSERTED, false);
  static final Attribution COMMENT = new Attribution(null, "reader comment", List.of(), Modality.ASSERTED, false);

  Attribution {
    via = List.copyOf(via);
  }

  Attribution withModality(Modality m) {
    return new Attribution(speaker, speakerText, via, m, explicit);
  }

  Attribution continued() {
    return new Attribution(speaker, speakerText, via, Modality.ASSERTED, false);
  }
}
