package org.triangulate.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.article.Comment;
import org.triangulate.ingest.dates.IsoDates;
import org.triangulate.ingest.internal.Whitespace;

/**
 * Reader comments in a page: elements whose class or id contains "comment". Each such element
 * is sorted by the class tokens (else id) that name a comment: a container ("comments",
 * "comment-list"), chrome ("comment-form", "comment-policy", "comment-reply-link"), a part of one
 * comment ("comment-author", "comment-date", "comment-content") or, otherwise, one comment
 * ("comment", "comment-12"). Nested replies are comments of their own. Stateless.
 */
final class HtmlComments {
  private static final Pattern NOT_A_SECTION =
      Pattern.compile("(has|no|allow)-comments?|comments?-(open|closed|link|count)");
  private static final Pattern CHROME =
      Pattern.compile(
          "form|respond|policy|reply|count|title|heading|header|nav|pagina|button|rules");
  private static final Pattern CONTAINER =
      Pattern.compile("comments|list|area|section|thread|wrap|container|widget|block");
  private static final Pattern PART =
      Pattern.compile("author|name|date|time|meta|content|text|body|avatar|says|vcard|footer");
  private static final Pattern AUTHOR = Pattern.compile("author|name");
  private static final Pattern CONTENT = Pattern.compile("content|text|body");

  private enum Role {
    CONTAINER,
    CHROME,
    PART,
    ITEM,
    NONE
  }

  private HtmlComments() {}

  /** True when {@code e} or an ancestor belongs to a comment section. */
  static boolean inComments(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (role(x) != Role.NONE) {
        return true;
      }
    }
    return false;
  }

  /** The comments in {@code root}, in page order; their sections are removed from the page. */
  static List<Comment> extract(Element root) {
    List<Element> sections = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (role(e) != Role.NONE && (e.parent() == null || !inComments(e.parent()))) {
        sections.add(e);
      }
    }
    List<Comment> comments = new ArrayList<>();
    for (Element section : sections) {
      for (Element e : section.getAllElements()) {
        if (role(e) == Role.ITEM) {
          comment(e).ifPresent(comments::add);
        }
      }
    }
    sections.forEach(Element::remove);
    return comments;
  }

  private static Optional<Comment> comment(Element item) {
    Element content = ownPart(item, CONTENT);
    Element body = (content != null ? content : item).clone();
    for (Element e : body.getAllElements()) {
      Role r = role(e);
      boolean drop = r == Role.ITEM || r == Role.CHROME || (r == Role.PART && content == null);
      if (e != body && e.parent() != null && (drop || e.is("time, form, button"))) {
        e.remove();
      }
    }
    String text = Whitespace.collapse(body.text());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Comment(text, author(item), date(item)));
  }

  private static @Nullable String author(Element item) {
    Element e = ownPart(item, AUTHOR);
    if (e == null) {
      e = own(item, item.select("[itemprop=author], .fn, cite"));
    }
    if (e == null) {
      return null;
    }
    String name = Whitespace.collapse(e.text()).replaceFirst("(?i)\\s*says:?$", "");
    return name.isEmpty() ? null : name;
  }

  private static @Nullable LocalDate date(Element item) {
    Element time = own(item, item.select("time[datetime]"));
    return time == null ? null : IsoDates.parse(time.attr("datetime")).orElse(null);
  }

  /** The first part of {@code item} (not of a nested reply) whose name matches {@code kind}. */
  private static @Nullable Element ownPart(Element item, Pattern kind) {
    for (Element e : item.getAllElements()) {
      if (e != item && role(e) == Role.PART && kind.matcher(commentTokens(e)).find()) {
        if (owner(e) == item) {
          return e;
        }
      }
    }
    return null;
  }

  private static @Nullable Element own(Element item, Elements candidates) {
    return candidates.stream().filter(e -> owner(e) == item).findFirst().orElse(null);
  }

  private static @Nullable Element owner(Element e) {
    for (Element x = e.parent(); x != null; x = x.parent()) {
      if (role(x) == Role.ITEM) {
        return x;
      }
    }
    return null;
  }

  private static Role role(Element e) {
    String tokens = commentTokens(e);
    if (tokens.isEmpty() || NOT_A_SECTION.matcher(tokens).find()) {
      return Role.NONE;
    }
    if (e.is("html, body, main") || e.selectFirst("h1") != null) {
      return Role.NONE; // a page or article that merely has comments
    }
    if (CHROME.matcher(tokens).find()) {
      return Role.CHROME;
    }
    if (PART.matcher(tokens).find()) {
      return Role.PART;
    }
    return CONTAINER.matcher(tokens).find() ? Role.CONTAINER : Role.ITEM;
  }

  /** The class tokens that contain "comment", else the id if it does; lower case. */
  private static String commentTokens(Element e) {
    StringBuilder sb = new StringBuilder();
    for (String c : e.classNames()) {
      String t = c.toLowerCase(Locale.ROOT);
      if (t.contains("comment")) {
        sb.append(t).append(' ');
      }
    }
    String id = e.id().toLowerCase(Locale.ROOT);
    if (sb.isEmpty() && id.contains("comment")) {
      sb.append(id);
    }
    return sb.toString().strip();
  }
}
