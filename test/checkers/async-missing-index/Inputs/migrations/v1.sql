-- The schema of the check's tests, as three migrations (natural order:
-- v2 before v10).
CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  email text UNIQUE NOT NULL,
  org int NOT NULL,
  name text NOT NULL,
  CONSTRAINT customers_org_name UNIQUE (org, name)
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  status text NOT NULL,
  note text
);
CREATE INDEX orders_open ON orders (status) WHERE status <> 'closed';
