package org.triangulate.ingest.lang;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.triangulate.ingest.IngestException;

/**
 * Names the language of a text as an ISO 639-3 code ({@code eng}, {@code fra}, {@code pes}) with
 * OpenNLP's language detector and the Apache OpenNLP langdetect model (103 languages) from the
 * {@code opennlp-models-langdetect} jar. The model (10 MB) is loaded once, on first use, and
 * shared; {@link ThreadSafeLanguageDetectorME} keeps one detector per thread, so this class is
 * thread-safe. Short or mixed texts still get the best guess, except that English within a near-tie
 * of the best counts as English; blank text gives {@code und}.
 */
public final class LanguageIdentifier {
  /** The code for text whose language cannot be told (ISO 639-2 "undetermined"). */
  public static final String UNDETERMINED = "und";

  private static final String MODEL = "/langdetect-183.bin";
  // the detector's character n-grams settle long before this; more text only costs time
  private static final int MAX_CHARS = 10_000;
  private static final String ENGLISH = "eng";
  /**
   * On one short sentence the model's scores are near-ties: an English sentence of a dozen words
   * can score Latin or Swedish 1-10% above English, while a sentence really in another language
   * scores English at a fifth of its own. English within this share of the best is English.
   */
  private static final double ENGLISH_NEAR_TIE = 0.8;

  private LanguageIdentifier() {}

  /** The most probable language of {@code text}. */
  public static String identify(String text) {
    if (text.isBlank()) {
      return UNDETERMINED;
    }
    CharSequence sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Language[] ranked = Holder.DETECTOR.predictLanguages(sample);
    Language best = ranked[0];
    if (!best.getLang().equals(ENGLISH)) {
      for (Language l : ranked) {
        if (l.getLang().equals(ENGLISH)
            && l.getConfidence() >= ENGLISH_NEAR_TIE * best.getConfidence()) {
          return ENGLISH;
        }
      }
    }
    return best.getLang();
  }

  /** Loads the model when first needed (initialisation-on-demand holder idiom). */
  private static final class Holder {
    static final LanguageDetector DETECTOR = load();

    private static LanguageDetector load() {
      try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IngestException(
              "language model must be on the classpath: " + MODEL.substring(1)
                  + " (org.apache.opennlp:opennlp-models-langdetect)");
        }
        return new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new IngestException("language model cannot be read: " + e.getMessage(), e);
      }
    }
  }
}
