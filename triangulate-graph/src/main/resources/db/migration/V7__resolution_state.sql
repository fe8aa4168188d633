-- Triangulate store, schema 7: whether a document's entities and events have been resolved
-- across documents. A batch saves first and resolves once at its end, so a batch killed in
-- between leaves documents saved but unresolved; this column marks them, and the next command
-- that opens the store resolves them. It turns true only in the transaction of a resolution that
-- read the document, so a crash can leave it false for a resolved document, never true for an
-- unresolved one. Documents stored before this schema were resolved when they were saved.
ALTER TABLE documents ADD COLUMN resolved boolean NOT NULL DEFAULT true;
-- a writer that does not say is unresolved: the safe side
ALTER TABLE documents ALTER COLUMN resolved SET DEFAULT false;
-- the check every command makes on opening the store reads only the few unresolved
CREATE INDEX documents_unresolved ON documents (ordinal) WHERE NOT resolved;
