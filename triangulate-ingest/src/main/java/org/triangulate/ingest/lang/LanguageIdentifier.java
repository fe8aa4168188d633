package org.triangulate.ingest.lang;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.triangulate.ingest.IngestException;

/**
 * Names the language of a text as an ISO 639-3 code ({@code eng}, {@code fra}, {@code pes}) with
 * OpenNLP's language detector and the Apache OpenNLP langdetect model (103 languages) from the
 * {@code opennlp-models-langdetect} jar. The model (10 MB) is loaded once, on first use, and
 * shared; {@link ThreadSafeLanguageDetectorME} keeps one detector per thread, so this class is
 * thread-safe. Short or mixed texts still get the best guess; blank text gives {@code und}.
 */
public final class LanguageIdentifier {
  /** The code for text whose language cannot be told (ISO 639-2 "undetermined"). */
  public static final String UNDETERMINED = "und";

  private static final String MODEL = "/langdetect-183.bin";
  // the detector's character n-grams settle long before this; more text only costs time
  private static final int MAX_CHARS = 10_000;

  private LanguageIdentifier() {}

  /** The most probable language of {@code text}. */
  public static String identify(String text) {
    if (text.isBlank()) {
      return UNDETERMINED;
    }
    CharSequence sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    return Holder.DETECTOR.predictLanguage(sample).getLang();
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
