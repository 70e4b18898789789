-- Quartz.NET 4 ADO job store tables for SQLite, created by CaoMonitor at startup when absent.
-- Written for this project from Quartz's documented table layout (names and columns are the
-- contract the store's SQL expects); {P} is the table prefix. Nothing here drops or alters.

create table if not exists {P}JOB_DETAILS (
  SCHED_NAME nvarchar(120) not null, JOB_NAME nvarchar(150) not null, JOB_GROUP nvarchar(150) not null,
  DESCRIPTION nvarchar(250) null, JOB_CLASS_NAME nvarchar(250) not null,
  IS_DURABLE bit not null, IS_NONCONCURRENT bit not null, IS_UPDATE_DATA bit not null, REQUESTS_RECOVERY bit not null,
  JOB_DATA blob null,
  primary key (SCHED_NAME, JOB_NAME, JOB_GROUP));

create table if not exists {P}TRIGGERS (
  SCHED_NAME nvarchar(120) not null, TRIGGER_NAME nvarchar(150) not null, TRIGGER_GROUP nvarchar(150) not null,
  JOB_NAME nvarchar(150) not null, JOB_GROUP nvarchar(150) not null, DESCRIPTION nvarchar(250) null,
  NEXT_FIRE_TIME bigint null, PREV_FIRE_TIME bigint null, PRIORITY integer null,
  TRIGGER_STATE nvarchar(16) not null, TRIGGER_TYPE nvarchar(8) not null,
  START_TIME bigint not null, END_TIME bigint null, CALENDAR_NAME nvarchar(200) null,
  MISFIRE_INSTR integer null, MISFIRE_ORIG_FIRE_TIME integer null,
  EXECUTION_GROUP nvarchar(200) null, PREFERRED_NODE nvarchar(200) null, PREFERRED_NODE_AUTO bit not null default 0,
  RETRY_POLICY nvarchar(250) null, RETRY_ATTEMPT integer null,
  CONTINUES_TRIGGER_NAME nvarchar(150) null, CONTINUES_TRIGGER_GROUP nvarchar(150) null, CONTINUATION_CONDITION integer null,
  OVERLAP_POLICY integer null, PAUSE_REASON nvarchar(250) null, PAUSED_BY nvarchar(200) null, PAUSED_AT bigint null,
  MISFIRE_THRESHOLD bigint null, FIXED_DELAY bit null,
  JOB_DATA blob null,
  primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  foreign key (SCHED_NAME, JOB_NAME, JOB_GROUP) references {P}JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP));

-- One row per trigger kind, each owned by its TRIGGERS row.
create table if not exists {P}SIMPLE_TRIGGERS (
  SCHED_NAME nvarchar(120) not null, TRIGGER_NAME nvarchar(150) not null, TRIGGER_GROUP nvarchar(150) not null,
  REPEAT_COUNT bigint not null, REPEAT_INTERVAL bigint not null, TIMES_TRIGGERED bigint not null,
  primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references {P}TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) on delete cascade);

create table if not exists {P}CRON_TRIGGERS (
  SCHED_NAME nvarchar(120) not null, TRIGGER_NAME nvarchar(150) not null, TRIGGER_GROUP nvarchar(150) not null,
  CRON_EXPRESSION nvarchar(250) not null, TIME_ZONE_ID nvarchar(80),
  primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references {P}TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) on delete cascade);

create table if not exists {P}SIMPROP_TRIGGERS (
  SCHED_NAME nvarchar(120) not null, TRIGGER_NAME nvarchar(150) not null, TRIGGER_GROUP nvarchar(150) not null,
  STR_PROP_1 nvarchar(512) null, STR_PROP_2 nvarchar(512) null, STR_PROP_3 nvarchar(512) null,
  INT_PROP_1 int null, INT_PROP_2 int null, LONG_PROP_1 bigint null, LONG_PROP_2 bigint null,
  DEC_PROP_1 numeric null, DEC_PROP_2 numeric null, BOOL_PROP_1 bit null, BOOL_PROP_2 bit null,
  TIME_ZONE_ID nvarchar(80) null,
  primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references {P}TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) on delete cascade);

create table if not exists {P}BLOB_TRIGGERS (
  SCHED_NAME nvarchar(120) not null, TRIGGER_NAME nvarchar(150) not null, TRIGGER_GROUP nvarchar(150) not null,
  BLOB_DATA blob null,
  primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
  foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references {P}TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) on delete cascade);

create table if not exists {P}CALENDARS (
  SCHED_NAME nvarchar(120) not null, CALENDAR_NAME nvarchar(200) not null, CALENDAR blob not null,
  primary key (SCHED_NAME, CALENDAR_NAME));

create table if not exists {P}PAUSED_TRIGGER_GRPS (
  SCHED_NAME nvarchar(120) not null, TRIGGER_GROUP nvarchar(150) not null,
  PAUSE_REASON nvarchar(250) null, PAUSED_BY nvarchar(200) null, PAUSED_AT bigint null,
  primary key (SCHED_NAME, TRIGGER_GROUP));

create table if not exists {P}PAUSED_JOB_GRPS (
  SCHED_NAME nvarchar(120) not null, JOB_GROUP nvarchar(150) not null,
  PAUSE_REASON nvarchar(250) null, PAUSED_BY nvarchar(200) null, PAUSED_AT bigint null,
  primary key (SCHED_NAME, JOB_GROUP));

-- Firings under way: what crash recovery reads after a restart.
create table if not exists {P}FIRED_TRIGGERS (
  SCHED_NAME nvarchar(120) not null, ENTRY_ID nvarchar(140) not null,
  TRIGGER_NAME nvarchar(150) not null, TRIGGER_GROUP nvarchar(150) not null, INSTANCE_NAME nvarchar(200) not null,
  FIRED_TIME bigint not null, SCHED_TIME bigint not null, PRIORITY integer not null, STATE nvarchar(16) not null,
  JOB_NAME nvarchar(150) null, JOB_GROUP nvarchar(150) null, IS_NONCONCURRENT bit null, REQUESTS_RECOVERY bit null,
  EXECUTION_GROUP nvarchar(200) null, PROGRESS integer null, PROGRESS_MESSAGE nvarchar(250) null, INTERRUPT_REQUESTED_TIME bigint null,
  primary key (SCHED_NAME, ENTRY_ID));

-- Cluster membership: each node checks in here; a silent node's work is taken over.
create table if not exists {P}SCHEDULER_STATE (
  SCHED_NAME nvarchar(120) not null, INSTANCE_NAME nvarchar(200) not null,
  LAST_CHECKIN_TIME bigint not null, CHECKIN_INTERVAL bigint not null, QUARTZ_VERSION nvarchar(20) null,
  primary key (SCHED_NAME, INSTANCE_NAME));

create table if not exists {P}LOCKS (
  SCHED_NAME nvarchar(120) not null, LOCK_NAME nvarchar(40) not null,
  primary key (SCHED_NAME, LOCK_NAME));

create table if not exists {P}EXECUTION_HISTORY (
  SCHED_NAME nvarchar(120) not null, ENTRY_ID nvarchar(140) not null, INSTANCE_NAME nvarchar(200) not null,
  JOB_NAME nvarchar(150) not null, JOB_GROUP nvarchar(150) not null,
  TRIGGER_NAME nvarchar(150) not null, TRIGGER_GROUP nvarchar(150) not null,
  FIRED_TIME bigint not null, RUN_TIME bigint not null, SUCCEEDED bit not null, ERROR_MESSAGE nvarchar(1000) null,
  RETRY_ATTEMPT integer not null default 0, RETRY_SCHEDULED bit not null default 0,
  EXECUTION_LOG text null, RESULT integer null, SUMMARY nvarchar(1000) null, METRICS text null, MANUAL bit null,
  FIRE_INSTANCE_ID nvarchar(140) null, JOB_INPUT text null, JOB_INPUT_TOO_LARGE bit null,
  primary key (SCHED_NAME, ENTRY_ID));

create table if not exists {P}MISFIRE_HISTORY (
  SCHED_NAME nvarchar(120) not null, ENTRY_ID nvarchar(140) not null, INSTANCE_NAME nvarchar(200) not null,
  TRIGGER_NAME nvarchar(150) not null, TRIGGER_GROUP nvarchar(150) not null,
  JOB_NAME nvarchar(150) null, JOB_GROUP nvarchar(150) null,
  MISFIRE_TIME bigint not null, SCHED_TIME bigint null, REASON integer null,
  primary key (SCHED_NAME, ENTRY_ID));

create table if not exists {P}JOB_STATUS (
  SCHED_NAME nvarchar(120) not null, JOB_GROUP nvarchar(150) not null, JOB_NAME nvarchar(150) not null,
  FIRST_FIRED_TIME bigint not null, LAST_FIRED_TIME bigint not null, LAST_RESULT integer not null, LAST_RUN_TIME bigint not null,
  LAST_INSTANCE_NAME nvarchar(200) not null, LAST_ENTRY_ID nvarchar(140) null, LAST_SUMMARY nvarchar(1000) null,
  LAST_SUCCESS_TIME bigint null, LAST_FAILURE_TIME bigint null, LAST_FAILURE_MESSAGE nvarchar(1000) null,
  CONSECUTIVE_FAILURES integer not null default 0, RUN_COUNT bigint not null default 0, FAILURE_COUNT bigint not null default 0,
  primary key (SCHED_NAME, JOB_GROUP, JOB_NAME));

-- SQLite does not enforce the cascades above unless foreign keys are on; these triggers make
-- deleting a trigger row always remove its kind-specific row.
create trigger if not exists {P}DEL_SIMPLE after delete on {P}TRIGGERS begin
  delete from {P}SIMPLE_TRIGGERS where SCHED_NAME = old.SCHED_NAME and TRIGGER_NAME = old.TRIGGER_NAME and TRIGGER_GROUP = old.TRIGGER_GROUP; end;
create trigger if not exists {P}DEL_CRON after delete on {P}TRIGGERS begin
  delete from {P}CRON_TRIGGERS where SCHED_NAME = old.SCHED_NAME and TRIGGER_NAME = old.TRIGGER_NAME and TRIGGER_GROUP = old.TRIGGER_GROUP; end;
create trigger if not exists {P}DEL_SIMPROP after delete on {P}TRIGGERS begin
  delete from {P}SIMPROP_TRIGGERS where SCHED_NAME = old.SCHED_NAME and TRIGGER_NAME = old.TRIGGER_NAME and TRIGGER_GROUP = old.TRIGGER_GROUP; end;
create trigger if not exists {P}DEL_BLOB after delete on {P}TRIGGERS begin
  delete from {P}BLOB_TRIGGERS where SCHED_NAME = old.SCHED_NAME and TRIGGER_NAME = old.TRIGGER_NAME and TRIGGER_GROUP = old.TRIGGER_GROUP; end;

-- The scheduler's hot paths: acquiring due triggers, looking up a job's triggers, recovery.
create index if not exists {P}IX_T_STATE_NEXT on {P}TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME, PRIORITY, MISFIRE_INSTR);
create index if not exists {P}IX_T_JOB on {P}TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
create index if not exists {P}IX_T_GROUP on {P}TRIGGERS (SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME);
create index if not exists {P}IX_T_CAL on {P}TRIGGERS (SCHED_NAME, CALENDAR_NAME);
create index if not exists {P}IX_J_GROUP on {P}JOB_DETAILS (SCHED_NAME, JOB_GROUP, JOB_NAME);
create index if not exists {P}IX_FT_RECOVERY on {P}FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
create index if not exists {P}IX_FT_JOB on {P}FIRED_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
create index if not exists {P}IX_FT_TRIGGER on {P}FIRED_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
create index if not exists {P}IX_EH_TIME on {P}EXECUTION_HISTORY (SCHED_NAME, FIRED_TIME);
create index if not exists {P}IX_EH_JOB on {P}EXECUTION_HISTORY (SCHED_NAME, JOB_GROUP, JOB_NAME, FIRED_TIME);
create index if not exists {P}IX_MH_TIME on {P}MISFIRE_HISTORY (SCHED_NAME, MISFIRE_TIME);
