-- Runs after v2: the index on events.kind is gone again.
DROP INDEX events_kind;
CREATE INDEX ON customers (lower(email));
