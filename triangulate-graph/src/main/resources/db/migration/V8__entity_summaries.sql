-- Triangulate store, schema 8: what an entity's page and search need, kept per store entity, so
-- that an entity named in 100,000 reports reads a few rows, not one per local entity. Resolution
-- (org.triangulate.graph.resolve) calls refresh_entity_summaries for every store entity whose
-- members it rewrote, in the transaction that rewrites them; documents saved by a batch but not
-- yet resolved are not counted until the batch resolves.

-- The document's ordinal on each local entity, so that the members of a store entity can be
-- read in document order from an index and a page stops after its first rows.
ALTER TABLE entities ADD COLUMN ordinal bigint;
UPDATE entities e SET ordinal = d.ordinal FROM documents d WHERE d.id = e.document;
ALTER TABLE entities ALTER COLUMN ordinal SET NOT NULL;
CREATE INDEX entities_entity_ordinal ON entities (entity, ordinal, id);

CREATE FUNCTION entity_ordinal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d.ordinal INTO NEW.ordinal FROM documents d WHERE d.id = NEW.document;
  RETURN NEW;
END $$;
CREATE TRIGGER entities_ordinal BEFORE INSERT ON entities
  FOR EACH ROW EXECUTE FUNCTION entity_ordinal();

-- One row per store entity. name, type and geo as EntityGroups chooses them (most members,
-- then the longest name, then the first stored); events counts the rows the page lists (a part
-- in an event, or an event at the place), claims the claims whose subject or object it is.
CREATE TABLE entity_summaries (
  entity          text PRIMARY KEY,
  type            text NOT NULL,
  name            text NOT NULL,
  kb              text,
  members         integer NOT NULL,
  documents       integer NOT NULL,
  mentions        integer NOT NULL,
  events          integer NOT NULL,
  claims          integer NOT NULL,
  first_published date,
  last_published  date,
  lat             double precision,
  lon             double precision,
  country         text,
  province        text
);

-- One row per distinct name of a store entity (a member's name or an alias, lower-cased as
-- search matches it): spelling is the least spelling (as search showed it), locals and aliases
-- how many members and alias passages carry it, mentions how many mentions read it, documents
-- and the published dates over the documents that name it so; first_alias is the earliest
-- alias passage (the page's evidence for the alias), null when no alias carries the name.
CREATE TABLE entity_names (
  entity          text NOT NULL,
  name            text NOT NULL,
  spelling        text NOT NULL,
  locals          integer NOT NULL,
  aliases         integer NOT NULL,
  mentions        integer NOT NULL,
  documents       integer NOT NULL,
  first_published date,
  last_published  date,
  first_alias     bigint,
  alias_ordinal   bigint,
  PRIMARY KEY (entity, name)
);
CREATE INDEX entity_names_name ON entity_names (name);

-- One row per distinct description of a store entity (lower-cased): how many passages say it,
-- and the earliest of them, which the page shows.
CREATE TABLE entity_descriptions (
  entity            text NOT NULL,
  text              text NOT NULL,
  passages          integer NOT NULL,
  first_description bigint NOT NULL,
  first_ordinal     bigint NOT NULL,
  PRIMARY KEY (entity, text)
);

-- Recomputes the three tables for the store entities given, from the raw rows.
CREATE FUNCTION refresh_entity_summaries(groups text[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM entity_names WHERE entity = ANY(groups);
  DELETE FROM entity_summaries WHERE entity = ANY(groups);
  DELETE FROM entity_descriptions WHERE entity = ANY(groups);

  INSERT INTO entity_descriptions (entity, text, passages, first_description, first_ordinal)
  SELECT e.entity, lower(s.text), count(*), (min(ARRAY[e.ordinal, s.id]))[2],
         (min(ARRAY[e.ordinal, s.id]))[1]
  FROM unnest(groups) g(entity) JOIN entities e ON e.entity = g.entity
  JOIN descriptions s ON s.entity = e.id
  GROUP BY e.entity, lower(s.text);

  INSERT INTO entity_names (entity, name, spelling, locals, aliases, mentions, documents,
                            first_published, last_published, first_alias, alias_ordinal)
  WITH members AS (
    SELECT e.* FROM unnest(groups) g(entity) JOIN entities e ON e.entity = g.entity),
  named AS (
    SELECT m.entity, lower(m.name) AS name, m.name AS spelling, m.document, m.ordinal,
           NULL::bigint AS alias
    FROM members m
    UNION ALL
    SELECT m.entity, lower(a.name), a.name, a.document, m.ordinal, a.id
    FROM members m JOIN aliases a ON a.entity = m.id),
  said AS (
    SELECT m.entity, lower(x.text) AS name, count(*) AS mentions
    FROM members m JOIN mentions x ON x.entity = m.id GROUP BY 1, 2)
  SELECT n.entity, n.name, min(n.spelling), count(*) FILTER (WHERE n.alias IS NULL),
         count(n.alias), coalesce(max(r.mentions), 0), count(DISTINCT n.document),
         min(d.published), max(d.published),
         (min(ARRAY[n.ordinal, n.alias]) FILTER (WHERE n.alias IS NOT NULL))[2],
         (min(ARRAY[n.ordinal, n.alias]) FILTER (WHERE n.alias IS NOT NULL))[1]
  FROM named n JOIN documents d ON d.id = n.document
  LEFT JOIN said r ON r.entity = n.entity AND r.name = n.name
  GROUP BY n.entity, n.name;

  INSERT INTO entity_summaries (entity, type, name, kb, members, documents, mentions, events,
                                claims, first_published, last_published, lat, lon, country,
                                province)
  WITH members AS (
    SELECT e.* FROM unnest(groups) g(entity) JOIN entities e ON e.entity = g.entity),
  names AS (
    SELECT DISTINCT ON (entity) entity, name FROM (
      SELECT entity, name, count(*) AS n, min(ARRAY[ordinal, id]) AS first
      FROM members GROUP BY entity, name) x
    ORDER BY entity, n DESC, char_length(name) DESC, first),
  types AS (
    SELECT DISTINCT ON (entity) entity, type FROM (
      SELECT entity, type, count(*) AS n, min(ARRAY[ordinal, id]) AS first
      FROM members GROUP BY entity, type) x
    ORDER BY entity, n DESC, first),
  geos AS (
    SELECT DISTINCT ON (entity) entity, lat, lon, country, province FROM (
      SELECT entity, lat, lon, country, province, count(*) AS n, min(ARRAY[ordinal, id]) AS first
      FROM members WHERE country IS NOT NULL GROUP BY entity, lat, lon, country, province) x
    ORDER BY entity, n DESC, first),
  counts AS (
    SELECT m.entity, count(*) AS members, count(DISTINCT m.document) AS documents,
           max(m.kb) AS kb, min(d.published) AS first_published,
           max(d.published) AS last_published
    FROM members m JOIN documents d ON d.id = m.document GROUP BY m.entity),
  mentioned AS (
    SELECT m.entity, count(*) AS n FROM members m JOIN mentions x ON x.entity = m.id
    GROUP BY m.entity),
  parts AS (
    SELECT entity, count(*) AS n FROM (
      SELECT m.entity FROM members m JOIN event_participants p ON p.entity = m.id
      UNION ALL
      SELECT m.entity FROM members m JOIN events v ON v.location = m.id) x
    GROUP BY entity),
  claimed AS (
    SELECT entity, count(DISTINCT claim) AS n FROM (
      SELECT m.entity, c.id AS claim FROM members m JOIN claims c ON c.subject_entity = m.id
      UNION ALL
      SELECT m.entity, c.id FROM members m JOIN claims c ON c.object_entity = m.id) x
    GROUP BY entity)
  SELECT c.entity, t.type, n.name, c.kb, c.members, c.documents, coalesce(x.n, 0),
         coalesce(p.n, 0), coalesce(l.n, 0), c.first_published, c.last_published,
         g.lat, g.lon, g.country, g.province
  FROM counts c JOIN names n USING (entity) JOIN types t USING (entity)
  LEFT JOIN geos g USING (entity) LEFT JOIN mentioned x USING (entity)
  LEFT JOIN parts p USING (entity) LEFT JOIN claimed l USING (entity);
$$;

SELECT refresh_entity_summaries(ARRAY(SELECT DISTINCT entity FROM entities));
