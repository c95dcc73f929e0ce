-- H2 databases created before PostgreSQL was supported hold their long text as CLOBs, as V1 and V2
-- then said. They become the VARCHAR(1000000) that V1 and V2 now create, so that every database has
-- one schema. Where a column already has this type, which is every database created since, the
-- statement changes nothing.
ALTER TABLE submissions ALTER COLUMN code SET DATA TYPE VARCHAR(1000000);
ALTER TABLE submissions ALTER COLUMN message SET DATA TYPE VARCHAR(1000000);
ALTER TABLE test_results ALTER COLUMN hint SET DATA TYPE VARCHAR(1000000);
ALTER TABLE test_results ALTER COLUMN detail SET DATA TYPE VARCHAR(1000000);
ALTER TABLE diagnostics ALTER COLUMN message SET DATA TYPE VARCHAR(1000000);
ALTER TABLE drafts ALTER COLUMN code SET DATA TYPE VARCHAR(1000000);
