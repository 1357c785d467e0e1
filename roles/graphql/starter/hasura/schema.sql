-- The book-review data of src/db.ts as PostgreSQL tables, for the Hasura exercise (README). To try the metadata
-- for real: run Hasura and PostgreSQL (docker compose, see hasura.io/docs), run this file in the database, then
-- apply metadata.json with the metadata API ({"type": "replace_metadata", "args": <metadata.json>}).
CREATE TABLE authors (
  id text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE books (
  id text PRIMARY KEY,
  title text NOT NULL,
  published_year integer NOT NULL,
  author_id text NOT NULL REFERENCES authors (id)
);

CREATE TABLE users (
  id text PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('READER', 'ADMIN'))
);

CREATE TABLE reviews (
  id text PRIMARY KEY DEFAULT 'r' || gen_random_uuid(),
  book_id text NOT NULL REFERENCES books (id),
  user_id text NOT NULL REFERENCES users (id),
  rating integer NOT NULL,
  -- Hasura's permission rules cannot measure a string: the length is the database's to check.
  comment text NOT NULL CHECK (char_length(btrim(comment)) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now()
);
