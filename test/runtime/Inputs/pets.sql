-- Seed data for batched-query.cpp: 300 owners, each with 0 to 3 pets.
CREATE TABLE pets (id serial PRIMARY KEY, owner_id integer NOT NULL, name text NOT NULL);
INSERT INTO pets (owner_id, name)
SELECT owner, 'pet-' || owner || '-' || n
FROM generate_series(1, 300) AS owner, generate_series(1, 3) AS n
WHERE n <= owner % 4;
-- A name that needs quoting in an array literal: double quotes, a
-- backslash, a comma and braces.
INSERT INTO pets (owner_id, name) VALUES (7, 'a "quoted", \{braced} name');
