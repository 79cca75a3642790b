-- The chat service's database (PostgreSQL), as its one migration. Like many
-- schemas ported from an ORM, the foreign key that every conversation page
-- filters by has no index: PostgreSQL does not index a referencing column.
CREATE TABLE conversations (
  id bigserial PRIMARY KEY,
  title text NOT NULL
);
CREATE TABLE messages (
  id bigserial PRIMARY KEY,
  conversation_id bigint NOT NULL REFERENCES conversations (id),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
