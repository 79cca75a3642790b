CREATE TABLE events (id bigint PRIMARY KEY, kind text, at timestamptz);
CREATE INDEX events_kind ON events (kind);
CREATE TABLE shipments (id bigint PRIMARY KEY, order_note text);
