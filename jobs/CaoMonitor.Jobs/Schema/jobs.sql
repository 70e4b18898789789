-- CaoMonitor's own tables in jobs.db, beside Quartz's.

-- Every run of every job: what the CLI's `jobs history` prints.
create table if not exists job_runs (
  id integer primary key,
  job text not null,            -- e.g. poll:inbox, ingest:inbox:cao.pdf, maintenance
  fire_id text,                 -- Quartz's fire instance id, to close the row the listener opened
  instance text,                -- which worker ran it
  started text not null,        -- ISO 8601 UTC
  finished text,
  status text not null,         -- running, succeeded, retrying, failed, interrupted
  error text,
  attempt integer not null default 1,
  detail text);
create index if not exists ix_job_runs_started on job_runs (started);
create index if not exists ix_job_runs_fire on job_runs (fire_id);

-- What each source has delivered: the drop folder's observations and the site's validators.
create table if not exists source_items (
  source text not null,
  item text not null,           -- relative path (folder) or URL (http)
  state text not null,          -- seen, queued, done, failed
  signature text,               -- size:mtime for files; the folder's stability check compares it
  etag text,
  last_modified text,
  sha256 text,
  local_path text,
  error text,
  updated text not null,
  primary key (source, item));

-- Small facts jobs remember between runs (the taxonomy version last classified with, ...).
create table if not exists job_state (key text primary key, value text not null, updated text not null);
