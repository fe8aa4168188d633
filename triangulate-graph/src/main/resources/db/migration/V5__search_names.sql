-- Fuzzy search over distinct names. Matching trigrams against every document-local entity and
-- alias row scans one row per mention of a popular name (thousands for "Taliban" in a large
-- store); the distinct lower-cased names are a few per entity, and the matches are then joined
-- back to the entities by an exact index lookup.
CREATE TABLE search_names (
  name text PRIMARY KEY
);
INSERT INTO search_names SELECT DISTINCT lower(name) FROM entities ON CONFLICT DO NOTHING;
INSERT INTO search_names SELECT DISTINCT lower(name) FROM aliases ON CONFLICT DO NOTHING;
CREATE INDEX search_names_trgm ON search_names USING gin (name gin_trgm_ops);
CREATE INDEX entities_lower_name ON entities (lower(name));
CREATE INDEX aliases_lower_name ON aliases (lower(name));

CREATE FUNCTION remember_search_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_names VALUES (lower(NEW.name)) ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;
CREATE TRIGGER entities_search_name AFTER INSERT ON entities
  FOR EACH ROW EXECUTE FUNCTION remember_search_name();
CREATE TRIGGER aliases_search_name AFTER INSERT ON aliases
  FOR EACH ROW EXECUTE FUNCTION remember_search_name();
