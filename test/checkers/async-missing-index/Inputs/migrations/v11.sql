-- Runs after v10: a job queue whose workers claim the due jobs through a
-- partial index, which holds only the queued jobs that are not deleted.
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  state text NOT NULL,
  kind text NOT NULL,
  run_at timestamptz NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE state = 'queued' AND deleted_at IS NULL;
