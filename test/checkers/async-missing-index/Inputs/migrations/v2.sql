CREATE TABLE events (id bigint PRIMARY KEY, kind text, at timestamptz);
CREATE INDEX events_kind ON events (kind);
CREATE TABLE shipments (id bigint PRIMARY KEY, order_note text);
ALTER TABLE shipments ADD COLUMN delivered boolean NOT NULL DEFAULT false;
CREATE TABLE flags (id bigint PRIMARY KEY, enabled bool NOT NULL, owner text);
