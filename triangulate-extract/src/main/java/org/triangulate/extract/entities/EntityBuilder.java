package org.triangulate.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Alias;
import org.triangulate.model.Description;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Span;

/** Collects one entity's mentions, aliases and roles, then names it. */
final class EntityBuilder {
  private final Document doc;
  private final List<Candidate> candidates = new ArrayList<>();
  private final Set<Span> spans = new HashSet<>();
  private final Map<String, Alias> stated = new LinkedHashMap<>();
  private final Map<String, Description> descriptions = new LinkedHashMap<>();

  EntityBuilder(Document doc) {
    this.doc = doc;
  }

  void add(Candidate c, Optional<AliasLink> link) {
    if (!spans.add(c.span())) {
      return; // a span is one mention, however many rules found it
    }
    candidates.add(c);
    link.ifPresent(l -> stated.putIfAbsent(Names.key(c.text()),
        new Alias(c.text(), l.rule(), Evidence.of(doc, l.evidence()))));
  }

  void describe(RoleRules.Role role) {
    descriptions.putIfAbsent(Names.key(role.text()),
        new Description(role.text(), Evidence.of(doc, role.evidence())));
  }

  Optional<LocalEntity> build(String key, Function<String, Optional<String>> kbName) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    @Nullable String kb = candidates.stream().map(Candidate::kb).filter(k -> k != null)
        .findFirst().orElse(null);
    EntityType type = majorityType();
    String name = kb != null ? kbName.apply(kb).orElseGet(this::longestName) : longestName();
    List<Mention> mentions = candidates.stream()
        .sorted(Comparator.comparing(Candidate::span))
        .map(c -> new Mention(Evidence.of(doc, c.span()), c.kind()))
        .toList();
    return Optional.of(new LocalEntity(key, type, name, aliases(name, kb != null),
        List.copyOf(descriptions.values()), mentions, kb));
  }

  private List<Alias> aliases(String name, boolean fromKb) {
    Map<String, Alias> out = new LinkedHashMap<>(stated);
    List<String> nameWords = Names.words(name);
    for (Candidate c : candidates) {
      List<String> words = Names.words(c.text());
      boolean shortForm = words.size() < nameWords.size() && Names.fitsName(words, nameWords);
      if (c.kind() == MentionKind.NAME && !shortForm) {
        String rule = fromKb ? "knowledge-base" : "name-variant";
        out.putIfAbsent(Names.key(c.text()), new Alias(c.text(), rule, Evidence.of(doc, c.span())));
      }
    }
    out.remove(Names.key(name));
    return List.copyOf(out.values());
  }

  private EntityType majorityType() {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    for (Candidate c : candidates) {
      votes.merge(c.type(), c.kind() == MentionKind.NAME ? 2 : 1, Integer::sum);
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private String longestName() {
    return candidates.stream()
        .filter(c -> c.kind() == MentionKind.NAME)
        .max(Comparator.comparingInt((Candidate c) -> Names.words(c.text()).size())
            .thenComparingInt(c -> c.text().length())
            .thenComparing(c -> !c.text().equals(c.text().toUpperCase(java.util.Locale.ROOT)))
            .thenComparing(c -> -c.span().start()))
        .or(() -> candidates.stream().findFirst())
        .map(Candidate::text)
        .orElseThrow();
  }
}
