package org.triangulate.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.ingest.article.Article;
import org.triangulate.ingest.article.Comment;
import org.triangulate.ingest.internal.Whitespace;

/**
 * Reads an HTML page into an {@link Article} with jsoup's lenient parser, so malformed markup
 * still gives text. Order of work: metadata ({@link HtmlMetadata}) from the whole page, then
 * reader comments ({@link HtmlComments}) are taken out, then chrome (scripts, styles, navigation,
 * headers, footers, asides, forms, share and related-link blocks) is dropped, then the body is
 * the paragraphs of the {@code <article>} with the most paragraph text, or else of the element
 * whose child paragraphs hold the most text. Stateless and thread-safe; O(n) in the page.
 */
public final class HtmlReader {
  private static final String CHROME_TAGS =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " input, select, textarea, [role=navigation], [hidden], [aria-hidden=true]";
  private static final String CHROME_CLASSES =
      "[class*=share], [class*=social], [class*=related], [id*=related], [class*=newsletter],"
          + " [class*=advert], [class*=promo], [class*=breadcrumb]";
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
  private static final int LINK_LIST_MAX = 150;

  private HtmlReader() {}

  /** The article in {@code html}, not yet cleaned. */
  public static Article read(String html) {
    Document doc = Jsoup.parse(html);
    HtmlMetadata meta = HtmlMetadata.of(doc);
    List<Comment> comments = HtmlComments.extract(doc.body());
    doc.select(CHROME_TAGS).remove();
    // a class name is a weaker sign: never drop the page or the article for one
    doc.select(CHROME_CLASSES).stream()
        .filter(e -> !e.is("html, body, main, article") && e.selectFirst("h1") == null)
        .forEach(Element::remove);
    List<String> captions = doc.select("figcaption").eachText();
    List<String> body = paragraphs(mainContent(doc));
    return new Article(
        meta.title(),
        meta.url(),
        meta.byline(),
        meta.source(),
        meta.published(),
        body,
        captions,
        comments);
  }

  private static Element mainContent(Document doc) {
    Comparator<Element> byParagraphText = Comparator.comparingInt(HtmlReader::paragraphText);
    List<Element> articles = doc.select("article");
    if (!articles.isEmpty()) {
      return articles.stream().max(byParagraphText).orElseThrow();
    }
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null && p.closest("figure") == null) {
        scores.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return scores.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(doc.body());
  }

  private static int paragraphText(Element e) {
    return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
  }

  private static List<String> paragraphs(Element main) {
    List<String> out = new ArrayList<>();
    for (Element e : main.select(BLOCKS)) {
      boolean holdsBlocks = e.is("li, blockquote") && e.select(BLOCKS).size() > 1;
      if (holdsBlocks || e.closest("figure, figcaption") != null || isLinkList(e)) {
        continue;
      }
      String text = Whitespace.collapse(e.text());
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    if (out.isEmpty()) {
      // markup without paragraphs: the text of the content element is one paragraph
      String text = Whitespace.collapse(main.text());
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }

  /** A list item or short paragraph that is nothing but links ("related", "read next"). */
  private static boolean isLinkList(Element e) {
    String text = e.text().strip();
    if (text.isEmpty() || (e.is("p") && text.length() > LINK_LIST_MAX)) {
      return false;
    }
    int linked = e.select("a").stream().mapToInt(a -> a.text().strip().length()).sum();
    return linked >= text.length();
  }
}
