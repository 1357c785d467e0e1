-- Every todo query filters by user_id; without this index SQLite reads the whole table each time.
-- A later migration, not an edit to 002: databases that already ran 002 must get this change too.
CREATE INDEX todos_user_id ON todos (user_id);
