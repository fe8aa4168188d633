-- Triangulate store, schema 9: near-copies found through indexes. A document is a near-copy of
-- the earliest stored one whose 64-bit fingerprint differs in at most Fingerprints.MAX_DISTANCE
-- (3) bits. Three differing bits fall in at most three of the fingerprint's four 16-bit blocks,
-- so a near-copy agrees with the new document on at least one whole block (pigeonhole): the
-- lookup (store.DocumentWriter, store.BulkWriter) reads the documents sharing a block through
-- these indexes, then counts the bits, instead of comparing with every stored document, which
-- made loading quadratic in the store's size.
CREATE INDEX documents_fingerprint_block0 ON documents (((fingerprint >> 48) & 65535));
CREATE INDEX documents_fingerprint_block1 ON documents (((fingerprint >> 32) & 65535));
CREATE INDEX documents_fingerprint_block2 ON documents (((fingerprint >> 16) & 65535));
CREATE INDEX documents_fingerprint_block3 ON documents ((fingerprint & 65535));
