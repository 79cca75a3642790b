-- The schema the tests' queries run against: which WHERE clauses fix a
-- unique key.
CREATE TABLE posts (
  id bigserial PRIMARY KEY,
  author_id bigint NOT NULL,
  slug text NOT NULL UNIQUE,
  title text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'draft',
  views integer NOT NULL DEFAULT 0
);
CREATE INDEX ON posts (author_id);
