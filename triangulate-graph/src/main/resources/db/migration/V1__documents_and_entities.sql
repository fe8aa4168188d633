-- Triangulate store, schema 1: documents as ingested, the pipelines and extractions run over
-- them, and the document-local entities with their aliases, descriptions and mentions.
-- Plain PostgreSQL (14 or newer for bit_count), the same on the embedded and a server database.
-- Spans are UTF-16 offsets into documents.text (Java's), end exclusive.

-- Fuzzy name search later; pg_trgm is a trusted extension (PostgreSQL 13+), so a database
-- owner can create it on a server too.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE sources (
  name        text PRIMARY KEY,
  reliability char(1) CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))
);

CREATE TABLE documents (
  id                   text PRIMARY KEY CHECK (id ~ '^doc-[0-9a-f]{16}$'),
  ordinal              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  text                 text NOT NULL,
  text_length          integer NOT NULL CHECK (text_length >= 0),
  parts                jsonb NOT NULL,
  title                text,
  url                  text,
  byline               text,
  dateline             text,
  source               text,
  published            date,
  published_inferred   boolean NOT NULL,
  language             text NOT NULL,
  fingerprint          bigint NOT NULL,
  file                 text,
  raw                  bytea NOT NULL,
  media_type           text NOT NULL,
  charset              text NOT NULL,
  ingested_at          timestamptz NOT NULL,
  copy_of              text REFERENCES documents (id),
  extracted            boolean NOT NULL,
  not_extracted_reason text,
  CHECK (published IS NOT NULL OR NOT published_inferred),
  CHECK (extracted = (not_extracted_reason IS NULL))
);

CREATE TABLE pipelines (
  id         text PRIMARY KEY,
  version    text NOT NULL,
  components jsonb NOT NULL
);

CREATE TABLE extractions (
  document     text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  pipeline     text NOT NULL REFERENCES pipelines (id),
  extracted_at timestamptz NOT NULL,
  problems     jsonb NOT NULL
);

-- entity: the id of the cross-document entity this local one belongs to (ent-…), as grouped
-- when it was stored; resolution may regroup later.
CREATE TABLE entities (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  key      text NOT NULL,
  type     text NOT NULL CHECK (type IN ('PERSON', 'ORGANIZATION', 'LOCATION', 'FACILITY')),
  name     text NOT NULL,
  kb       text,
  entity   text NOT NULL,
  UNIQUE (document, key)
);
CREATE INDEX entities_entity ON entities (entity);
CREATE INDEX entities_name_trgm ON entities USING gin (lower(name) gin_trgm_ops);

CREATE TABLE aliases (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity   bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name     text NOT NULL,
  rule     text NOT NULL,
  section  text NOT NULL CHECK (section IN ('TITLE', 'BODY', 'CAPTION', 'COMMENT')),
  start    integer NOT NULL CHECK (start >= 0),
  "end"    integer NOT NULL CHECK ("end" >= start),
  text     text NOT NULL
);
CREATE INDEX aliases_entity ON aliases (entity);
CREATE INDEX aliases_name_trgm ON aliases USING gin (lower(name) gin_trgm_ops);

CREATE TABLE descriptions (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity   bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  text     text NOT NULL,
  section  text NOT NULL CHECK (section IN ('TITLE', 'BODY', 'CAPTION', 'COMMENT')),
  start    integer NOT NULL CHECK (start >= 0),
  "end"    integer NOT NULL CHECK ("end" >= start),
  evidence text NOT NULL
);
CREATE INDEX descriptions_entity ON descriptions (entity);

CREATE TABLE mentions (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity   bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  section  text NOT NULL CHECK (section IN ('TITLE', 'BODY', 'CAPTION', 'COMMENT')),
  start    integer NOT NULL CHECK (start >= 0),
  "end"    integer NOT NULL CHECK ("end" >= start),
  text     text NOT NULL,
  kind     text NOT NULL CHECK (kind IN ('NAME', 'ALIAS', 'SHORT_NAME', 'PRONOUN'))
);
CREATE INDEX mentions_entity ON mentions (entity);
CREATE INDEX mentions_document ON mentions (document, start);

-- A span must lie inside the text of the document it names. A CHECK cannot read another
-- table, so a trigger compares the span with the document's length in UTF-16 units.
CREATE FUNCTION span_inside_document() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  doc_length integer;
BEGIN
  SELECT d.text_length INTO doc_length FROM documents d WHERE d.id = NEW.document;
  IF doc_length IS NOT NULL AND NEW."end" > doc_length THEN
    RAISE EXCEPTION 'span must lie inside the document text: document=%, start=%, end=%, length=%',
      NEW.document, NEW.start, NEW."end", doc_length
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER mentions_span_inside_document BEFORE INSERT OR UPDATE ON mentions
  FOR EACH ROW EXECUTE FUNCTION span_inside_document();
CREATE TRIGGER aliases_span_inside_document BEFORE INSERT OR UPDATE ON aliases
  FOR EACH ROW EXECUTE FUNCTION span_inside_document();
CREATE TRIGGER descriptions_span_inside_document BEFORE INSERT OR UPDATE ON descriptions
  FOR EACH ROW EXECUTE FUNCTION span_inside_document();
