#include "storage/migrations.h"

#include "domain/failure.h"
#include "storage/timestamp.h"

namespace fremdrift {
namespace {

// Arbitrary but fixed: the key of the PostgreSQL advisory lock that
// serialises migrations between processes.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(727274)";

std::string ForDialect(std::string sql, SqlDialect d) {
  auto replace = [&](const std::string& from, const std::string& to) {
    for (size_t pos = 0; (pos = sql.find(from, pos)) != std::string::npos;) {
      sql.replace(pos, from.size(), to);
      pos += to.size();
    }
  };
  bool pg = d == SqlDialect::kPostgres;
  replace("{pk}", pg ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT");
  replace("{int}", pg ? "BIGINT" : "INTEGER");
  // A SQLite table stored in the order of its primary key (no rowid, no
  // separate key index); PostgreSQL has no such option.
  replace("{without_rowid}", pg ? "" : " WITHOUT ROWID");
  return sql;
}

// CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin on
// PostgreSQL (both may try to create the row type), so it runs under the
// same lock as the migrations.
void EnsureMigrationTable(SqlConnection& conn) {
  WriteTransaction tx(conn);
  if (conn.dialect() == SqlDialect::kPostgres) conn.Query(kMigrationLock);
  conn.ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
      " applied_at TEXT NOT NULL)");
  tx.Commit();
}

// Migration 30 on SQLite. Migration 18 wrote the qualifier's check as
// `qualifier IN ('exact', ...)`, which SQLite evaluates by building a
// temporary index for every row it inserts: a third of a bulk import's time.
// The same rule spelled with OR is checked in place. Only the stored text of
// the table's definition changes, not a byte of its rows, so this takes the
// route SQLite's ALTER TABLE documentation gives for such changes (edit
// sqlite_schema, then bump schema_version) instead of copying the table.
constexpr const char* kQualifierCheckIn = "CHECK (qualifier IN ('exact', 'about', 'under', 'over'))";
constexpr const char* kQualifierCheckOr =
    "CHECK (qualifier = 'exact' OR qualifier = 'about' OR qualifier = 'under' OR qualifier = 'over')";

void SpellQualifierCheckWithOr(SqlConnection& conn) {
  auto rows = conn.Query("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'measurements'");
  if (rows.empty() || rows[0].Text(0).find(kQualifierCheckIn) == std::string::npos) {
    throw Failure(FailureCode::kInternal, "the measurements table does not have the qualifier check of migration 18");
  }
  const int64_t schema_version = conn.Query("PRAGMA schema_version")[0].Int(0);
  conn.ExecuteScript("PRAGMA writable_schema = ON");
  conn.Execute("UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'measurements'",
               {std::string(kQualifierCheckIn), std::string(kQualifierCheckOr)});
  conn.ExecuteScript("PRAGMA schema_version = " + std::to_string(schema_version + 1));
  conn.ExecuteScript("PRAGMA writable_schema = OFF");
}

// The measurements' version trigger on SQLite, as migration 18 made it and
// migration 36 makes it again for the rebuilt table (the text is the same).
constexpr const char* kSqliteVersionTrigger = R"SQL(
CREATE TRIGGER measurements_version AFTER UPDATE OF value, provisional, qualifier, note, source_ref
ON measurements FOR EACH ROW WHEN NEW.version = OLD.version
BEGIN
  UPDATE measurements SET version = OLD.version + 1
  WHERE indicator_id = NEW.indicator_id AND period = NEW.period AND dim1 = NEW.dim1
    AND dim2 = NEW.dim2 AND dim3 = NEW.dim3 AND dim4 = NEW.dim4;
END;
)SQL";

// Migration 36: a period's text as its code (storage/period_code.h), in
// SQL both engines read.
std::string PeriodCodeOf(const std::string& column) {
  auto part = [&](int from, int length) {
    return "CAST(SUBSTR(" + column + ", " + std::to_string(from) + ", " + std::to_string(length) +
           ") AS INTEGER)";
  };
  return "(" + part(1, 4) + " * 10000 + CASE WHEN LENGTH(" + column + ") = 4 THEN 0" +
         " WHEN SUBSTR(" + column + ", 6, 1) = 'Q' THEN 2000 + " + part(7, 1) +
         " WHEN SUBSTR(" + column + ", 6, 1) = 'T' THEN 3000 + " + part(7, 1) +
         " WHEN SUBSTR(" + column + ", 6, 1) = 'W' THEN 4000 + " + part(7, 2) +
         " WHEN LENGTH(" + column + ") = 7 THEN 100 * " + part(6, 2) +
         " ELSE 100 * " + part(6, 2) + " + " + part(9, 2) + " END)";
}

// Migration 36 for both engines: the tables rebuilt with codes, `tail`
// (each engine's version trigger) after them.
std::string CodedMeasurements(const std::string& tail) {
  return R"SQL(
CREATE TABLE dimension_value_codes (
  code {pk},
  value TEXT NOT NULL UNIQUE
);
INSERT INTO dimension_value_codes (code, value) VALUES (0, '');
INSERT INTO dimension_value_codes (value)
  SELECT value FROM (SELECT dim1 AS value FROM measurements UNION SELECT dim2 FROM measurements
    UNION SELECT dim3 FROM measurements UNION SELECT dim4 FROM measurements
    UNION SELECT dim_value FROM measurement_aggregates) v
  WHERE value <> '' ORDER BY value;
CREATE TABLE measurements_coded (
  indicator_id {int} NOT NULL,
  period INTEGER NOT NULL,
  dim1 INTEGER NOT NULL DEFAULT 0,
  dim2 INTEGER NOT NULL DEFAULT 0,
  dim3 INTEGER NOT NULL DEFAULT 0,
  dim4 INTEGER NOT NULL DEFAULT 0,
  value DOUBLE PRECISION,
  provisional {int} NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  source_ref TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1,
  qualifier TEXT NOT NULL DEFAULT 'exact'
    CHECK (qualifier = 'exact' OR qualifier = 'about' OR qualifier = 'under' OR qualifier = 'over'),
  PRIMARY KEY (indicator_id, period, dim1, dim2, dim3, dim4)
){without_rowid};
INSERT INTO measurements_coded (indicator_id, period, dim1, dim2, dim3, dim4, value, provisional,
  note, source_ref, version, qualifier)
  SELECT m.indicator_id, )SQL" + PeriodCodeOf("m.period") + R"SQL(, c1.code, c2.code, c3.code, c4.code,
    m.value, m.provisional, m.note, m.source_ref, m.version, m.qualifier
  FROM measurements m
  JOIN dimension_value_codes c1 ON c1.value = m.dim1
  JOIN dimension_value_codes c2 ON c2.value = m.dim2
  JOIN dimension_value_codes c3 ON c3.value = m.dim3
  JOIN dimension_value_codes c4 ON c4.value = m.dim4;
DROP TABLE measurements;
ALTER TABLE measurements_coded RENAME TO measurements;
CREATE INDEX measurements_noted
  ON measurements (indicator_id, period, dim1, dim2, dim3, dim4, note, value) WHERE note <> '';
CREATE TABLE measurement_aggregates_coded (
  indicator_id {int} NOT NULL,
  period INTEGER NOT NULL,
  dim_position {int} NOT NULL,
  dim_value INTEGER NOT NULL,
  total DOUBLE PRECISION NOT NULL,
  n {int} NOT NULL,
  min_value DOUBLE PRECISION NOT NULL,
  max_value DOUBLE PRECISION NOT NULL,
  provisional {int} NOT NULL,
  may_be_lower {int} NOT NULL DEFAULT 0,
  may_be_higher {int} NOT NULL DEFAULT 0,
  PRIMARY KEY (indicator_id, dim_position, period, dim_value)
){without_rowid};
INSERT INTO measurement_aggregates_coded (indicator_id, period, dim_position, dim_value, total, n,
  min_value, max_value, provisional, may_be_lower, may_be_higher)
  SELECT a.indicator_id, )SQL" + PeriodCodeOf("a.period") + R"SQL(, a.dim_position, c.code, a.total, a.n,
    a.min_value, a.max_value, a.provisional, a.may_be_lower, a.may_be_higher
  FROM measurement_aggregates a JOIN dimension_value_codes c ON c.value = a.dim_value;
DROP TABLE measurement_aggregates;
ALTER TABLE measurement_aggregates_coded RENAME TO measurement_aggregates;
)SQL" + tail;
}

// Migration 37: the tables stamp (storage/kept_tables.h) and, on each of
// these tables, a trigger that renews it with every insert, update or
// delete. The list is this migration's: a table kept later gets its
// triggers in a migration of its own.
constexpr const char* kTablesStampedIn37[] = {
    "api_tokens", "assessments", "bodies", "body_members", "case_links", "case_numbers",
    "cases", "follow_up_actions", "follow_up_links", "meetings", "minutes", "organisations",
    "period_notes", "phase_scale_phases", "phase_scales", "reporting_periods", "source_documents",
    "status_scale_levels", "status_scales", "strategies", "user_groups", "users",
};

std::string TablesStamp(bool postgres) {
  std::string sql = "ALTER TABLE round_basis ADD COLUMN tables_stamp {int} NOT NULL DEFAULT 0;\n";
  if (postgres) {
    sql += "UPDATE round_basis SET tables_stamp = floor(random() * 9.2e18)::bigint;\n"
           "CREATE FUNCTION tables_restamp() RETURNS trigger LANGUAGE plpgsql AS $$\n"
           "BEGIN\n"
           "  UPDATE round_basis SET tables_stamp = floor(random() * 9.2e18)::bigint;\n"
           "  RETURN NULL;\n"
           "END $$;\n";
    for (const char* table : kTablesStampedIn37) {
      sql += std::string("CREATE TRIGGER tables_stamp_") + table + " AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON " +
             table + " FOR EACH STATEMENT EXECUTE FUNCTION tables_restamp();\n";
    }
    return sql;
  }
  sql += "UPDATE round_basis SET tables_stamp = random();\n";
  for (const char* table : kTablesStampedIn37) {
    for (const char* event : {"insert", "update", "delete"}) {
      std::string upper = event;
      for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
      sql += std::string("CREATE TRIGGER tables_stamp_") + table + "_" + event + " AFTER " + upper + " ON " + table +
             " BEGIN UPDATE round_basis SET tables_stamp = random(); END;\n";
    }
  }
  return sql;
}

}  // namespace

const std::vector<Migration>& AllMigrations() {
  static const std::vector<Migration> kMigrations = {
      {1, "plan",
       R"SQL(
CREATE TABLE organisations (
  id {pk},
  short_name TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT ''
);
CREATE TABLE user_groups (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT ''
);
CREATE TABLE strategies (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  period_start {int} NOT NULL,
  period_end {int} NOT NULL,
  vision TEXT NOT NULL DEFAULT '',
  published {int} NOT NULL DEFAULT 0,
  level_names TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT ''
);
CREATE TABLE plan_items (
  id {pk},
  strategy_id {int} NOT NULL REFERENCES strategies(id),
  parent_id {int} REFERENCES plan_items(id),
  key TEXT NOT NULL,
  code TEXT NOT NULL DEFAULT '',
  level {int} NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  start_date TEXT,
  end_date TEXT,
  phase_from {int},
  phase_to {int},
  tentative {int} NOT NULL DEFAULT 0,
  links TEXT NOT NULL DEFAULT '[]',
  source TEXT NOT NULL DEFAULT '',
  sort_order {int} NOT NULL DEFAULT 0,
  version {int} NOT NULL DEFAULT 1,
  UNIQUE (strategy_id, key)
);
CREATE INDEX plan_items_parent ON plan_items(parent_id);
CREATE TABLE plan_item_owners (
  item_id {int} NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  organisation_id {int} NOT NULL REFERENCES organisations(id),
  position {int} NOT NULL,
  PRIMARY KEY (item_id, organisation_id)
);
CREATE INDEX plan_item_owners_org ON plan_item_owners(organisation_id);
CREATE TABLE plan_item_user_groups (
  item_id {int} NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  user_group_id {int} NOT NULL REFERENCES user_groups(id),
  position {int} NOT NULL,
  PRIMARY KEY (item_id, user_group_id)
);
CREATE INDEX plan_item_user_groups_group ON plan_item_user_groups(user_group_id);
CREATE TABLE users (
  id {pk},
  name TEXT NOT NULL UNIQUE,
  organisation_id {int} NOT NULL REFERENCES organisations(id),
  role TEXT NOT NULL,
  password_hash TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE api_tokens (
  id {pk},
  user_id {int} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE audit_log (
  id {pk},
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
)SQL"},
      {2, "indicators",
       R"SQL(
CREATE TABLE indicators (
  id {pk},
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL,
  unit_label TEXT NOT NULL DEFAULT '',
  direction TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  period_type TEXT NOT NULL,
  published {int} NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'simple',
  numerator TEXT NOT NULL DEFAULT '',
  denominator TEXT NOT NULL DEFAULT '',
  factor DOUBLE PRECISION NOT NULL DEFAULT 1,
  parent_code TEXT NOT NULL DEFAULT '',
  part_number {int} NOT NULL DEFAULT 0,
  distribution_dimension TEXT NOT NULL DEFAULT '',
  baseline_value DOUBLE PRECISION,
  baseline_period TEXT,
  baseline_note TEXT NOT NULL DEFAULT '',
  data_note TEXT NOT NULL DEFAULT '',
  seed_figures_missing {int} NOT NULL DEFAULT 0,
  source_ref TEXT NOT NULL DEFAULT '',
  data_updated_at TEXT,
  version {int} NOT NULL DEFAULT 1
);
CREATE TABLE indicator_targets (
  indicator_id {int} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  by_date TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  dimensions TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (indicator_id, position)
);
CREATE TABLE indicator_serves (
  indicator_id {int} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  plan_item_id {int} NOT NULL REFERENCES plan_items(id),
  position {int} NOT NULL,
  PRIMARY KEY (indicator_id, plan_item_id)
);
CREATE INDEX indicator_serves_item ON indicator_serves(plan_item_id);
CREATE TABLE indicator_dimensions (
  indicator_id {int} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (indicator_id, position),
  UNIQUE (indicator_id, name)
);
CREATE TABLE measurements (
  indicator_id {int} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  dim1 TEXT NOT NULL DEFAULT '',
  dim2 TEXT NOT NULL DEFAULT '',
  dim3 TEXT NOT NULL DEFAULT '',
  dim4 TEXT NOT NULL DEFAULT '',
  value DOUBLE PRECISION,
  provisional {int} NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  source_ref TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (indicator_id, period, dim1, dim2, dim3, dim4)
);
CREATE TABLE measurement_aggregates (
  indicator_id {int} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  dim_position {int} NOT NULL,
  dim_value TEXT NOT NULL,
  total DOUBLE PRECISION NOT NULL,
  n {int} NOT NULL,
  min_value DOUBLE PRECISION NOT NULL,
  max_value DOUBLE PRECISION NOT NULL,
  provisional {int} NOT NULL,
  PRIMARY KEY (indicator_id, dim_position, dim_value, period)
);
CREATE TABLE jobs (
  id {pk},
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  progress {int} NOT NULL DEFAULT 0,
  total {int} NOT NULL DEFAULT 0,
  result TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  finished_at TEXT
);
)SQL"},
      {3, "reporting",
       R"SQL(
ALTER TABLE strategies ADD COLUMN status_scale TEXT NOT NULL DEFAULT 'traffic_light';
ALTER TABLE strategies ADD COLUMN rollup_rule TEXT NOT NULL DEFAULT 'worst_of';
ALTER TABLE strategies ADD COLUMN cadence TEXT NOT NULL DEFAULT 'yearly';
ALTER TABLE plan_items ADD COLUMN rollup_weight DOUBLE PRECISION NOT NULL DEFAULT 1;
CREATE TABLE reporting_periods (
  id {pk},
  strategy_id {int} NOT NULL REFERENCES strategies(id),
  code TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  source_ref TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1,
  UNIQUE (strategy_id, code)
);
CREATE TABLE assessments (
  id {pk},
  period_id {int} NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
  subject_kind TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  status TEXT NOT NULL,
  suggested_status TEXT NOT NULL DEFAULT '',
  justification TEXT NOT NULL DEFAULT '',
  target_label TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  assessed_by TEXT NOT NULL DEFAULT '',
  assessed_at TEXT NOT NULL DEFAULT '',
  source_ref TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1,
  UNIQUE (period_id, subject_kind, subject_key)
);
CREATE TABLE period_notes (
  id {pk},
  period_id {int} NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
  subject_kind TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  position {int} NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  source_ref TEXT NOT NULL DEFAULT ''
);
CREATE INDEX period_notes_period ON period_notes(period_id);
)SQL"},
      {4, "series_read_indexes",
       R"SQL(
-- Series downloads read the notes of a series; most rows have none, so a
-- partial index keeps that read away from the raw rows.
CREATE INDEX measurements_noted ON measurements (indicator_id, period) WHERE note <> '';
-- Series read one group of aggregates in period order; this index gives
-- them in that order without a sort.
CREATE INDEX measurement_aggregates_by_period
  ON measurement_aggregates (indicator_id, dim_position, period, dim_value);
)SQL"},
      {5, "sessions",
       R"SQL(
-- Browser sessions live in the database so that every server process on
-- one PostgreSQL knows them. Only a hash of the cookie's secret is kept.
-- Times are seconds since the epoch, compared as numbers.
CREATE TABLE sessions (
  id {pk},
  token_hash TEXT NOT NULL UNIQUE,
  user_id {int} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at {int} NOT NULL,
  last_seen_at {int} NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
-- Failed sign-ins per subject ("account:<name>" or "address:<ip>"), read
-- to slow down guessing (domain/sign_in_throttle.h).
CREATE TABLE sign_in_failures (
  id {pk},
  subject TEXT NOT NULL,
  at {int} NOT NULL
);
CREATE INDEX sign_in_failures_subject ON sign_in_failures(subject, at);
)SQL"},
      {6, "portfolio_roadmap",
       R"SQL(
CREATE TABLE portfolio_items (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  programme_id {int} REFERENCES portfolio_items(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  owner_id {int} REFERENCES organisations(id),
  segment TEXT NOT NULL DEFAULT '',
  phase {int},
  planned_start TEXT,
  planned_end TEXT,
  forecast_start TEXT,
  forecast_end TEXT,
  budget_mnok DOUBLE PRECISION,
  forecast_cost_mnok DOUBLE PRECISION,
  source TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE TABLE portfolio_item_plan_items (
  portfolio_item_id {int} NOT NULL REFERENCES portfolio_items(id) ON DELETE CASCADE,
  plan_item_id {int} NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  PRIMARY KEY (portfolio_item_id, plan_item_id)
);
CREATE TABLE portfolio_item_indicators (
  portfolio_item_id {int} NOT NULL REFERENCES portfolio_items(id) ON DELETE CASCADE,
  indicator_id {int} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  PRIMARY KEY (portfolio_item_id, indicator_id)
);
CREATE TABLE portfolio_dependencies (
  portfolio_item_id {int} NOT NULL REFERENCES portfolio_items(id) ON DELETE CASCADE,
  depends_on_id {int} NOT NULL REFERENCES portfolio_items(id),
  position {int} NOT NULL,
  PRIMARY KEY (portfolio_item_id, depends_on_id)
);
CREATE TABLE portfolio_assessments (
  id {pk},
  portfolio_item_id {int} NOT NULL REFERENCES portfolio_items(id) ON DELETE CASCADE,
  period_id {int} NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  status_explanation TEXT NOT NULL DEFAULT '',
  risk TEXT NOT NULL,
  risk_description TEXT NOT NULL DEFAULT '',
  assessed_by TEXT NOT NULL DEFAULT '',
  assessed_at TEXT NOT NULL DEFAULT '',
  source_ref TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1,
  UNIQUE (portfolio_item_id, period_id)
);
CREATE TABLE roadmap_versions (
  id {pk},
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL DEFAULT '',
  version_date TEXT,
  status TEXT NOT NULL,
  based_on TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE TABLE roadmap_services (
  id {pk},
  roadmap_version_id {int} NOT NULL REFERENCES roadmap_versions(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  position {int} NOT NULL,
  title TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  UNIQUE (roadmap_version_id, key)
);
CREATE TABLE roadmap_actions (
  id {pk},
  service_id {int} NOT NULL REFERENCES roadmap_services(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  position {int} NOT NULL,
  actor_group TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL DEFAULT '',
  organisation_id {int} REFERENCES organisations(id),
  what TEXT NOT NULL,
  start_time TEXT NOT NULL DEFAULT '',
  end_time TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  UNIQUE (service_id, key)
);
CREATE TABLE roadmap_measures (
  id {pk},
  service_id {int} NOT NULL REFERENCES roadmap_services(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  year {int} NOT NULL,
  text TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT ''
);
)SQL"},
      {7, "governance",
       R"SQL(
CREATE TABLE bodies (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  short_name TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  secretariat_id {int} REFERENCES organisations(id),
  case_types TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE TABLE body_members (
  id {pk},
  body_id {int} NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  person TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  from_date TEXT,
  to_date TEXT,
  source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX body_members_body ON body_members (body_id, position);
CREATE TABLE meetings (
  id {pk},
  body_id {int} NOT NULL REFERENCES bodies(id),
  year {int} NOT NULL,
  number {int},
  meeting_date TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  start_time TEXT NOT NULL DEFAULT '',
  end_time TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  breaks TEXT NOT NULL DEFAULT '[]',
  source TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1,
  UNIQUE (body_id, meeting_date),
  UNIQUE (body_id, year, number)
);
-- The highest case number ever given per body and year, so that the
-- number of a deleted case is never given again.
CREATE TABLE case_numbers (
  body_id {int} NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
  year {int} NOT NULL,
  last_number {int} NOT NULL,
  PRIMARY KEY (body_id, year)
);
CREATE TABLE cases (
  id {pk},
  body_id {int} NOT NULL REFERENCES bodies(id),
  meeting_id {int} NOT NULL REFERENCES meetings(id),
  year {int} NOT NULL,
  number {int} NOT NULL,
  position {int} NOT NULL,
  title TEXT NOT NULL,
  case_type TEXT NOT NULL DEFAULT '',
  presenters TEXT NOT NULL DEFAULT '[]',
  start_time TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  proposed_decision TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  postponed_to {int} REFERENCES meetings(id),
  documents TEXT NOT NULL DEFAULT '[]',
  source TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1,
  UNIQUE (body_id, year, number)
);
CREATE INDEX cases_meeting ON cases (meeting_id, position);
CREATE INDEX cases_postponed_to ON cases (postponed_to);
CREATE TABLE case_links (
  case_id {int} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  kind TEXT NOT NULL,
  reference TEXT NOT NULL,
  PRIMARY KEY (case_id, position)
);
CREATE INDEX case_links_target ON case_links (kind, reference);
)SQL"},
      {8, "cost_sharing",
       R"SQL(
-- Cost sharing of the national solutions (docs/cost-sharing.md). Amounts
-- are whole thousandths of an MNOK and keys whole basis points, so both
-- engines store them exactly.
CREATE TABLE cost_groups (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  sort_order {int} NOT NULL DEFAULT 0,
  source TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE TABLE national_solutions (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  sort_order {int} NOT NULL DEFAULT 0,
  source TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE TABLE solution_years (
  id {pk},
  solution_id {int} NOT NULL REFERENCES national_solutions(id),
  year {int} NOT NULL,
  method TEXT NOT NULL,
  change_thousandths {int} NOT NULL DEFAULT 0,
  base_year {int},
  source TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1,
  UNIQUE (solution_id, year)
);
-- Per record and group: its key share (growth, increase over base) or its
-- starting share (opening).
CREATE TABLE solution_year_groups (
  solution_year_id {int} NOT NULL REFERENCES solution_years(id),
  group_id {int} NOT NULL REFERENCES cost_groups(id),
  key_basis_points {int},
  opening_thousandths {int},
  PRIMARY KEY (solution_year_id, group_id)
);
)SQL"},
      {9, "measurements_without_foreign_keys",
       R"SQL(
-- Bulk imports write millions of rows; a foreign key makes PostgreSQL run
-- a check (and take a row lock) per row, which more than doubled the time
-- of a COPY. Indicators are never deleted, and the importer reads each
-- indicator's id in the transaction that writes its rows, so the two
-- tables of measurement data keep their keys without foreign keys.
-- SQLite cannot drop a constraint: both engines rebuild the tables. The
-- aggregates' key now lists its columns in the order series read them, so
-- the separate index for that order (migration 4) is no longer needed: one
-- index less to write. On SQLite both tables are stored in key order
-- (WITHOUT ROWID): a row is written into one b-tree instead of two, and a
-- series reads its aggregates as one contiguous range.
CREATE TABLE measurements_rebuilt (
  indicator_id {int} NOT NULL,
  period TEXT NOT NULL,
  dim1 TEXT NOT NULL DEFAULT '',
  dim2 TEXT NOT NULL DEFAULT '',
  dim3 TEXT NOT NULL DEFAULT '',
  dim4 TEXT NOT NULL DEFAULT '',
  value DOUBLE PRECISION,
  provisional {int} NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  source_ref TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (indicator_id, period, dim1, dim2, dim3, dim4)
){without_rowid};
INSERT INTO measurements_rebuilt (indicator_id, period, dim1, dim2, dim3, dim4, value,
  provisional, note, source_ref)
  SELECT indicator_id, period, dim1, dim2, dim3, dim4, value, provisional, note, source_ref
  FROM measurements;
DROP TABLE measurements;
ALTER TABLE measurements_rebuilt RENAME TO measurements;
-- The series notes read only rows with a note: this index holds every
-- column they read, so SQLite picks it over the key without statistics.
CREATE INDEX measurements_noted
  ON measurements (indicator_id, period, dim1, dim2, dim3, dim4, note, value) WHERE note <> '';
CREATE TABLE measurement_aggregates_rebuilt (
  indicator_id {int} NOT NULL,
  period TEXT NOT NULL,
  dim_position {int} NOT NULL,
  dim_value TEXT NOT NULL,
  total DOUBLE PRECISION NOT NULL,
  n {int} NOT NULL,
  min_value DOUBLE PRECISION NOT NULL,
  max_value DOUBLE PRECISION NOT NULL,
  provisional {int} NOT NULL,
  PRIMARY KEY (indicator_id, dim_position, period, dim_value)
){without_rowid};
INSERT INTO measurement_aggregates_rebuilt (indicator_id, period, dim_position, dim_value, total,
  n, min_value, max_value, provisional)
  SELECT indicator_id, period, dim_position, dim_value, total, n, min_value, max_value, provisional
  FROM measurement_aggregates;
-- The yearly sums of every group (MeasurementStore's kYearOffset), so that a
-- series rolled up to years reads one row per year and value.
INSERT INTO measurement_aggregates_rebuilt (indicator_id, period, dim_position, dim_value, total,
  n, min_value, max_value, provisional)
  SELECT indicator_id, SUBSTR(period, 1, 4), dim_position + 10, dim_value, SUM(total), SUM(n),
    MIN(min_value), MAX(max_value), MAX(provisional)
  FROM measurement_aggregates
  GROUP BY indicator_id, SUBSTR(period, 1, 4), dim_position, dim_value;
DROP TABLE measurement_aggregates;
ALTER TABLE measurement_aggregates_rebuilt RENAME TO measurement_aggregates;
)SQL"},
      {10, "admin_versions",
       R"SQL(
-- Organisations and users are changed by admins in the browser and the
-- API: a version per row lets a stale change be refused (409).
ALTER TABLE organisations ADD COLUMN version {int} NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN version {int} NOT NULL DEFAULT 1;
)SQL"},
      // Single measurements are edited with optimistic concurrency. Every
      // change of a row's content bumps its version, whoever writes it (an
      // import too), so a trigger does it rather than each writer.
      {11, "measurement_versions",
       R"SQL(
ALTER TABLE measurements ADD COLUMN version {int} NOT NULL DEFAULT 1;
CREATE TRIGGER measurements_version AFTER UPDATE OF value, provisional, note, source_ref
ON measurements FOR EACH ROW WHEN NEW.version = OLD.version
BEGIN
  -- By the key: since migration 9 the table has no rowid on SQLite.
  UPDATE measurements SET version = OLD.version + 1
  WHERE indicator_id = NEW.indicator_id AND period = NEW.period AND dim1 = NEW.dim1
    AND dim2 = NEW.dim2 AND dim3 = NEW.dim3 AND dim4 = NEW.dim4;
END;
)SQL",
       R"SQL(
ALTER TABLE measurements ADD COLUMN version {int} NOT NULL DEFAULT 1;
CREATE FUNCTION measurements_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.version = OLD.version AND (NEW.value IS DISTINCT FROM OLD.value
      OR NEW.provisional <> OLD.provisional OR NEW.note <> OLD.note
      OR NEW.source_ref <> OLD.source_ref) THEN
    NEW.version := OLD.version + 1;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER measurements_version BEFORE UPDATE ON measurements
FOR EACH ROW EXECUTE FUNCTION measurements_bump_version();
)SQL"},
      // Reporting rounds (docs/reporting.md): a period's deadline (Oslo
      // wall-clock time) and reminder schedule, the strategy's reporting
      // levels, who answers for an indicator, the state of each expected
      // report, and who writes a goal's or the strategy's narrative.
      {12, "reporting_rounds",
       R"SQL(
ALTER TABLE strategies ADD COLUMN reporting_levels TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN responsible_organisation_id {int} REFERENCES organisations(id);
ALTER TABLE reporting_periods ADD COLUMN deadline TEXT NOT NULL DEFAULT '';
ALTER TABLE reporting_periods ADD COLUMN reminder_days TEXT NOT NULL DEFAULT '14,3';
ALTER TABLE reporting_periods ADD COLUMN remind_weekly_overdue {int} NOT NULL DEFAULT 1;
CREATE TABLE report_states (
  period_id {int} NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
  subject_kind TEXT NOT NULL,
  subject_key TEXT NOT NULL,
  state TEXT NOT NULL,
  return_comment TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL DEFAULT '',
  changed_at TEXT NOT NULL DEFAULT '',
  submitted_at TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1,
  PRIMARY KEY (period_id, subject_kind, subject_key)
);
CREATE TABLE narrative_owners (
  strategy_id {int} NOT NULL REFERENCES strategies(id),
  subject_key TEXT NOT NULL,
  organisation_id {int} NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (strategy_id, subject_key)
);
)SQL"},
      // Reminders by e-mail (docs/reporting.md, "Mail"): who gets them, and
      // the outbox that holds each mail from the event that causes it until
      // it is delivered. A row is claimed by one sender at a time through a
      // lease (claimed_by, claimed_until); times are Unix seconds.
      {13, "mail",
       R"SQL(
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'nb';
ALTER TABLE users ADD COLUMN reporting_contact {int} NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN reminders_opt_out {int} NOT NULL DEFAULT 0;
CREATE TABLE mail_outbox (
  id {pk},
  idempotency_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  recipient TEXT NOT NULL,
  recipient_name TEXT NOT NULL,
  language TEXT NOT NULL,
  content_json TEXT NOT NULL,
  created_at {int} NOT NULL,
  attempts {int} NOT NULL DEFAULT 0,
  next_attempt_at {int} NOT NULL,
  claimed_by TEXT,
  claimed_until {int},
  sent_at {int},
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mail_outbox_pending ON mail_outbox(sent_at, next_attempt_at);
)SQL"},
      // The source documents listed on /kilder (docs/bundle-format.md,
      // "sources"), and a name for the flag of indicators whose source gives
      // no figures that says what it means.
      {14, "source_documents",
       R"SQL(
CREATE TABLE source_documents (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  citation TEXT NOT NULL,
  title TEXT NOT NULL,
  publisher TEXT NOT NULL DEFAULT '',
  year {int},
  used_for TEXT NOT NULL DEFAULT '',
  used_for_en TEXT NOT NULL DEFAULT '',
  sort_order {int} NOT NULL DEFAULT 0
);
ALTER TABLE indicators RENAME COLUMN seed_figures_missing TO figures_pending;
)SQL"},
      // The published status report names its sender and the date it was
      // published (docs/reporting.md, "The report itself").
      {15, "period_publication",
       R"SQL(
ALTER TABLE reporting_periods ADD COLUMN published_on TEXT NOT NULL DEFAULT '';
ALTER TABLE reporting_periods ADD COLUMN publisher TEXT NOT NULL DEFAULT '';
)SQL"},
      // What a reporting round expects (app/expected_report_basis.h) is
      // built from the plan, the reporting levels and the indicators, and
      // kept in memory while this stamp stays the same. Every change of
      // those rows sets a new random stamp, whoever writes it, so several
      // server processes on one database never serve a stale basis; a
      // random value (not a counter) is never reused by a rolled-back
      // change.
      {16, "round_basis_stamp",
       R"SQL(
CREATE TABLE round_basis (
  id {int} PRIMARY KEY,
  stamp {int} NOT NULL
);
INSERT INTO round_basis (id, stamp) VALUES (1, 1);
CREATE TRIGGER round_basis_items_insert AFTER INSERT ON plan_items
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_items_delete AFTER DELETE ON plan_items
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_items_update
AFTER UPDATE OF strategy_id, parent_id, key, code, level, title, sort_order ON plan_items
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_owners_insert AFTER INSERT ON plan_item_owners
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_owners_delete AFTER DELETE ON plan_item_owners
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_owners_update AFTER UPDATE ON plan_item_owners
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_strategies_update AFTER UPDATE OF key, reporting_levels ON strategies
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_strategies_delete AFTER DELETE ON strategies
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_indicators_insert AFTER INSERT ON indicators
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_indicators_delete AFTER DELETE ON indicators
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_indicators_update
AFTER UPDATE OF code, name, responsible_organisation_id ON indicators
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_serves_insert AFTER INSERT ON indicator_serves
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_serves_delete AFTER DELETE ON indicator_serves
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_serves_update AFTER UPDATE ON indicator_serves
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_organisations_update AFTER UPDATE OF short_name ON organisations
BEGIN UPDATE round_basis SET stamp = random(); END;
)SQL",
       R"SQL(
CREATE TABLE round_basis (
  id {int} PRIMARY KEY,
  stamp {int} NOT NULL
);
INSERT INTO round_basis (id, stamp) VALUES (1, 1);
CREATE FUNCTION round_basis_restamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE round_basis SET stamp = floor(random() * 9.2e18)::bigint;
  RETURN NULL;
END $$;
CREATE TRIGGER round_basis_items
AFTER INSERT OR DELETE OR UPDATE OF strategy_id, parent_id, key, code, level, title, sort_order ON plan_items
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_owners AFTER INSERT OR DELETE OR UPDATE ON plan_item_owners
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_strategies AFTER DELETE OR UPDATE OF key, reporting_levels ON strategies
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_indicators
AFTER INSERT OR DELETE OR UPDATE OF code, name, responsible_organisation_id ON indicators
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_serves AFTER INSERT OR DELETE OR UPDATE ON indicator_serves
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_organisations AFTER UPDATE OF short_name ON organisations
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
)SQL"},
      // Health apps ("Tryggere helseapper", docs/health-apps.md): catalogue
      // versions (a published one is one document that never changes),
      // apps, evaluations with the vendor's answers and the evaluator's
      // verdicts, labels with their grades, approved evaluators and one-time
      // vendor sign-up links.
      {17, "health_apps",
       R"SQL(
CREATE TABLE app_catalogues (
  id {pk},
  key TEXT NOT NULL,
  number {int} NOT NULL,
  status TEXT NOT NULL,
  published_on TEXT NOT NULL DEFAULT '',
  content TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  UNIQUE (key, number)
);
CREATE TABLE app_evaluators (
  user_id {int} PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  approved_by TEXT NOT NULL,
  approved_on TEXT NOT NULL
);
CREATE TABLE health_apps (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  manufacturer_id {int} NOT NULL REFERENCES organisations(id),
  platforms TEXT NOT NULL DEFAULT '',
  app_version TEXT NOT NULL DEFAULT '',
  category_level TEXT NOT NULL,
  target_groups TEXT NOT NULL DEFAULT '',
  intended_users TEXT NOT NULL DEFAULT '',
  intended_use TEXT NOT NULL DEFAULT '',
  needs_approval {int} NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE TABLE app_evaluations (
  id {pk},
  app_id {int} NOT NULL REFERENCES health_apps(id),
  app_version TEXT NOT NULL DEFAULT '',
  catalogue_id {int} NOT NULL REFERENCES app_catalogues(id),
  state TEXT NOT NULL,
  decision TEXT NOT NULL DEFAULT '',
  decision_reason TEXT NOT NULL DEFAULT '',
  evaluator_id {int} REFERENCES users(id),
  submitted_on TEXT NOT NULL DEFAULT '',
  decided_on TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE INDEX app_evaluations_app ON app_evaluations (app_id);
CREATE TABLE app_answers (
  evaluation_id {int} NOT NULL REFERENCES app_evaluations(id) ON DELETE CASCADE,
  requirement TEXT NOT NULL,
  answer TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evaluation_id, requirement)
){without_rowid};
CREATE TABLE app_reviews (
  evaluation_id {int} NOT NULL REFERENCES app_evaluations(id) ON DELETE CASCADE,
  requirement TEXT NOT NULL,
  verdict TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  reviewer TEXT NOT NULL DEFAULT '',
  reviewed_on TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evaluation_id, requirement)
){without_rowid};
CREATE TABLE app_labels (
  id {pk},
  app_id {int} NOT NULL REFERENCES health_apps(id),
  evaluation_id {int} NOT NULL UNIQUE REFERENCES app_evaluations(id),
  app_version TEXT NOT NULL DEFAULT '',
  overall TEXT NOT NULL DEFAULT '',
  checked_on TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  reassessment_reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE app_label_grades (
  label_id {int} NOT NULL REFERENCES app_labels(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  label_area TEXT NOT NULL,
  met {int} NOT NULL,
  counted {int} NOT NULL,
  grade TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (label_id, position)
){without_rowid};
CREATE TABLE vendor_invites (
  id {pk},
  token_hash TEXT NOT NULL UNIQUE,
  organisation_id {int} NOT NULL REFERENCES organisations(id),
  created_by TEXT NOT NULL,
  created_at {int} NOT NULL,
  expires_at {int} NOT NULL,
  used_at {int},
  used_by TEXT NOT NULL DEFAULT ''
);
)SQL"},
      // --- Strategy model (docs/strategy-model.md) ---
      // Approximate figures (docs/indicators.md, "Approximate figures"): a
      // measurement's qualifier, and per aggregate whether any of its values
      // may be lower or higher than stated. The version trigger covers it.
      {18, "measurement_qualifier",
       R"SQL(
ALTER TABLE measurements ADD COLUMN qualifier TEXT NOT NULL DEFAULT 'exact'
  CHECK (qualifier IN ('exact', 'about', 'under', 'over'));
ALTER TABLE measurement_aggregates ADD COLUMN may_be_lower {int} NOT NULL DEFAULT 0;
ALTER TABLE measurement_aggregates ADD COLUMN may_be_higher {int} NOT NULL DEFAULT 0;
DROP TRIGGER measurements_version;
)SQL" + std::string(kSqliteVersionTrigger),
       R"SQL(
ALTER TABLE measurements ADD COLUMN qualifier TEXT NOT NULL DEFAULT 'exact'
  CHECK (qualifier IN ('exact', 'about', 'under', 'over'));
ALTER TABLE measurement_aggregates ADD COLUMN may_be_lower {int} NOT NULL DEFAULT 0;
ALTER TABLE measurement_aggregates ADD COLUMN may_be_higher {int} NOT NULL DEFAULT 0;
CREATE OR REPLACE FUNCTION measurements_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.version = OLD.version AND (NEW.value IS DISTINCT FROM OLD.value
      OR NEW.provisional <> OLD.provisional OR NEW.qualifier <> OLD.qualifier
      OR NEW.note <> OLD.note OR NEW.source_ref <> OLD.source_ref) THEN
    NEW.version := OLD.version + 1;
  END IF;
  RETURN NEW;
END $$;
)SQL"},
      // Dependencies between plan items (docs/strategy-model.md): item_id
      // waits for depends_on_id; a link goes with either item.
      {19, "plan_item_dependencies",
       R"SQL(
CREATE TABLE plan_item_dependencies (
  item_id {int} NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  depends_on_id {int} NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  PRIMARY KEY (item_id, depends_on_id)
);
CREATE INDEX plan_item_dependencies_by_predecessor ON plan_item_dependencies (depends_on_id);
)SQL"},
      // The risk register (docs/strategy-model.md, "Risks"): each risk
      // belongs to one plan item or one portfolio item.
      {20, "risks",
       R"SQL(
CREATE TABLE risks (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  plan_item_id {int} REFERENCES plan_items(id) ON DELETE CASCADE,
  portfolio_item_id {int} REFERENCES portfolio_items(id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  cause TEXT NOT NULL DEFAULT '',
  effect TEXT NOT NULL DEFAULT '',
  likelihood {int} NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  consequence {int} NOT NULL CHECK (consequence BETWEEN 1 AND 5),
  mitigation TEXT NOT NULL DEFAULT '',
  owner_organisation_id {int} REFERENCES organisations(id),
  review_by TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  version {int} NOT NULL DEFAULT 1,
  CHECK ((plan_item_id IS NULL) <> (portfolio_item_id IS NULL))
);
CREATE INDEX risks_by_plan_item ON risks (plan_item_id);
CREATE INDEX risks_by_portfolio_item ON risks (portfolio_item_id);
)SQL"},
      // Sign-in through OpenID Connect (docs/sign-in.md): an organisation's
      // number (organisasjonsnummer) that providers' claims map to, and
      // whether its people are approved at their first sign-in; a user's
      // keyed hash of provider and subject, and whether an admin has yet
      // to approve them; the sign-ins under way (state, nonce and PKCE
      // verifier, kept until the provider answers).
      {21, "oidc_sign_in",
       R"SQL(
ALTER TABLE organisations ADD COLUMN org_number TEXT;
ALTER TABLE organisations ADD COLUMN oidc_auto_approve {int} NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX organisations_org_number ON organisations(org_number);
ALTER TABLE users ADD COLUMN oidc_subject TEXT;
ALTER TABLE users ADD COLUMN pending {int} NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX users_oidc_subject ON users(oidc_subject);
CREATE TABLE oidc_logins (
  state_hash TEXT PRIMARY KEY,
  nonce TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  return_to TEXT NOT NULL DEFAULT '',
  created_at {int} NOT NULL
);
)SQL"},
      // Minutes of meetings and follow-up actions of decisions
      // (docs/governance.md, "Minutes" and "Follow-up"). Attendance, the
      // minutes' cases and corrections are JSON arrays; an action's links
      // are rows, so a plan item finds the actions that concern it.
      {22, "minutes_and_follow_up",
       R"SQL(
CREATE TABLE minutes (
  meeting_id {int} PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
  state TEXT NOT NULL CHECK (state IN ('draft', 'circulated', 'approved')),
  attendance TEXT NOT NULL DEFAULT '[]',
  cases TEXT NOT NULL DEFAULT '[]',
  approval_case_id {int} REFERENCES cases(id),
  corrections TEXT NOT NULL DEFAULT '[]',
  source TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE INDEX minutes_approval_case ON minutes (approval_case_id);
CREATE TABLE follow_up_actions (
  id {pk},
  case_id {int} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  description TEXT NOT NULL,
  organisation_id {int} NOT NULL REFERENCES organisations(id),
  due_date TEXT,
  to_meeting {int} NOT NULL DEFAULT 0,
  to_body_id {int} REFERENCES bodies(id),
  state TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'done', 'not_done')),
  state_reason TEXT NOT NULL DEFAULT '',
  brought_back_case_id {int} REFERENCES cases(id) ON DELETE SET NULL,
  source TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE INDEX follow_up_actions_case ON follow_up_actions (case_id, position);
CREATE INDEX follow_up_actions_organisation ON follow_up_actions (organisation_id);
CREATE TABLE follow_up_links (
  action_id {int} NOT NULL REFERENCES follow_up_actions(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  kind TEXT NOT NULL,
  reference TEXT NOT NULL,
  PRIMARY KEY (action_id, position)
);
CREATE INDEX follow_up_links_target ON follow_up_links (kind, reference);
)SQL"},
      // Benefits realisation (docs/strategy-model.md, "Benefits"): each
      // benefit is brought about by one or more plan items and may be
      // measured by an indicator.
      {23, "benefits",
       R"SQL(
CREATE TABLE benefits (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('quality', 'time', 'cost', 'other')),
  owner_organisation_id {int} REFERENCES organisations(id),
  indicator_id {int} REFERENCES indicators(id) ON DELETE SET NULL,
  baseline TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL DEFAULT '',
  target_date TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'planned'
    CHECK (state IN ('planned', 'realising', 'realised', 'not_realised')),
  comment TEXT NOT NULL DEFAULT '',
  version {int} NOT NULL DEFAULT 1
);
CREATE TABLE benefit_items (
  benefit_id {int} NOT NULL REFERENCES benefits(id) ON DELETE CASCADE,
  plan_item_id {int} NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  PRIMARY KEY (benefit_id, plan_item_id)
);
CREATE INDEX benefit_items_by_item ON benefit_items (plan_item_id);
)SQL"},
      // The label catalogue of an indicator's breakdowns
      // (domain/dimension_labels.h): a row with value '' names the
      // dimension itself, the others its values, in `position` order.
      {24, "dimension_labels",
       R"SQL(
CREATE TABLE indicator_dimension_labels (
  indicator_id {int} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  dimension TEXT NOT NULL,
  value TEXT NOT NULL,
  position {int} NOT NULL,
  label_nb TEXT NOT NULL,
  label_en TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (indicator_id, dimension, value)
);
)SQL"},
      // Phase scales as data (docs/strategy-model.md, "Phase scales"): the
      // five roadmap phases, until now fixed in code, become the default
      // scale "veikart" with the same keys; every strategy uses it until it
      // names another; an item's phases are kept by key rather than by
      // their place on the scale, so that data written before keeps its
      // meaning (0 konsept ... 4 i_bruk).
      {25, "phase_scales",
       R"SQL(
CREATE TABLE phase_scales (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  name_nb TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT ''
);
CREATE TABLE phase_scale_phases (
  scale_id {int} NOT NULL REFERENCES phase_scales(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  key TEXT NOT NULL,
  name_nb TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (scale_id, key)
);
INSERT INTO phase_scales (key, name_nb, name_en, source) VALUES ('veikart', 'Veikartets faser',
  'The roadmap''s phases',
  'Veikart for Nasjonal e-helsestrategi – Helsedirektoratets leveranser (Helsedirektoratet)');
INSERT INTO phase_scale_phases (scale_id, position, key, name_nb, name_en)
  SELECT id, 0, 'konsept', 'Konsept', 'Concept' FROM phase_scales WHERE key = 'veikart';
INSERT INTO phase_scale_phases (scale_id, position, key, name_nb, name_en)
  SELECT id, 1, 'utvikling', 'Utvikling og begrenset utprøving', 'Development and limited trial'
  FROM phase_scales WHERE key = 'veikart';
INSERT INTO phase_scale_phases (scale_id, position, key, name_nb, name_en)
  SELECT id, 2, 'tilpasning', 'Tilpasning og utvidet utprøving', 'Adaptation and extended trial'
  FROM phase_scales WHERE key = 'veikart';
INSERT INTO phase_scale_phases (scale_id, position, key, name_nb, name_en)
  SELECT id, 3, 'innforing', 'Innføring', 'Rollout' FROM phase_scales WHERE key = 'veikart';
INSERT INTO phase_scale_phases (scale_id, position, key, name_nb, name_en)
  SELECT id, 4, 'i_bruk', 'I bruk', 'In use' FROM phase_scales WHERE key = 'veikart';
ALTER TABLE strategies ADD COLUMN phase_scale TEXT NOT NULL DEFAULT 'veikart';
ALTER TABLE plan_items ADD COLUMN phase_from_key TEXT;
ALTER TABLE plan_items ADD COLUMN phase_to_key TEXT;
UPDATE plan_items SET
  phase_from_key = CASE phase_from WHEN 0 THEN 'konsept' WHEN 1 THEN 'utvikling'
    WHEN 2 THEN 'tilpasning' WHEN 3 THEN 'innforing' WHEN 4 THEN 'i_bruk' END,
  phase_to_key = CASE phase_to WHEN 0 THEN 'konsept' WHEN 1 THEN 'utvikling'
    WHEN 2 THEN 'tilpasning' WHEN 3 THEN 'innforing' WHEN 4 THEN 'i_bruk' END
  WHERE phase_from IS NOT NULL AND phase_to IS NOT NULL;
ALTER TABLE plan_items DROP COLUMN phase_from;
ALTER TABLE plan_items DROP COLUMN phase_to;
)SQL"},
      // Approved minutes stay public while a correction of them is under
      // way (docs/governance.md, "Minutes"): the version last approved, as
      // JSON {attendance, cases, approval_case_id, source}, or NULL.
      {26, "minutes_approved_version",
       R"SQL(
ALTER TABLE minutes ADD COLUMN approved_version TEXT;
)SQL"},
      // Several OpenID Connect providers at once (docs/sign-in.md): the
      // provider a sign-in under way was sent to ('' for the one of the
      // plain --oidc-* flags), so that only its answer finishes it, and the
      // provider a session signed in with (NULL for a password), so that
      // signing out goes on to that provider.
      {27, "oidc_providers",
       R"SQL(
ALTER TABLE oidc_logins ADD COLUMN provider TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN oidc_provider TEXT;
)SQL"},
      // Status scales as data (docs/strategy-model.md, "Status scales"): the
      // four records that were fixed in code (traffic light, five-point, the
      // ICT resource report's words, the knowledge base's robustness
      // rating) are stored with the same keys, levels, words, colours and
      // shapes, so every strategy's status_scale and every assessment's
      // status keep their meaning. A scale's levels are kept by position in
      // the record's order; good_end says which end is good.
      {28, "status_scales",
       R"SQL(
CREATE TABLE status_scales (
  id {pk},
  key TEXT NOT NULL UNIQUE,
  name_nb TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  good_end TEXT NOT NULL DEFAULT 'first'
);
CREATE TABLE status_scale_levels (
  scale_id {int} NOT NULL REFERENCES status_scales(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  key TEXT NOT NULL,
  name_nb TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  colour TEXT NOT NULL,
  shape TEXT NOT NULL DEFAULT 'circle',
  PRIMARY KEY (scale_id, key)
);
INSERT INTO status_scales (key, name_nb, name_en, source, good_end) VALUES
  ('traffic_light', 'Trafikklys', 'Traffic light', '', 'first'),
  ('five_point', 'Fempunktsskala', 'Five-point scale', '', 'first'),
  ('ikt_ressursrapport', 'IKT-ressursrapportens vurdering', 'The ICT resource report''s rating',
   'Saksdokumenter til NUIT-møte 3/22, 19. mai 2022 (Direktoratet for e-helse, 2022), IKT-ressursrapport', 'first'),
  ('robusthet', 'Vurdering av strategiens robusthet', 'Rating of the strategy''s robustness',
   'Ny nasjonal e-helsestrategi – kunnskapsgrunnlag, versjon 0.7 (Direktoratet for e-helse, 2021)', 'first');
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 0, 'green', 'Grønn', 'Green', '#1a7f37', 'circle' FROM status_scales WHERE key = 'traffic_light';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 1, 'yellow', 'Gul', 'Yellow', '#d4a72c', 'triangle' FROM status_scales WHERE key = 'traffic_light';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 2, 'red', 'Rød', 'Red', '#c62828', 'square' FROM status_scales WHERE key = 'traffic_light';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 0, 'green', 'Grønn', 'Green', '#1a7f37', 'circle' FROM status_scales WHERE key = 'five_point';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 1, 'amber_green', 'Gul/grønn', 'Amber/Green', '#7fa32c', 'diamond' FROM status_scales WHERE key = 'five_point';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 2, 'amber', 'Gul', 'Amber', '#d4a72c', 'triangle' FROM status_scales WHERE key = 'five_point';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 3, 'amber_red', 'Gul/rød', 'Amber/Red', '#e06c1f', 'triangle_down' FROM status_scales WHERE key = 'five_point';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 4, 'red', 'Rød', 'Red', '#c62828', 'square' FROM status_scales WHERE key = 'five_point';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 0, 'kommet_langt', 'Kommet langt', 'Far along', '#1a7f37', 'circle' FROM status_scales WHERE key = 'ikt_ressursrapport';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 0, 'i_noen_grad', 'I noen grad', 'To some degree', '#7fa32c', 'diamond' FROM status_scales WHERE key = 'robusthet';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 1, 'i_begrenset_grad', 'I begrenset grad', 'To a limited degree', '#e06c1f', 'triangle_down' FROM status_scales WHERE key = 'robusthet';
INSERT INTO status_scale_levels (scale_id, position, key, name_nb, name_en, colour, shape)
  SELECT id, 2, 'i_liten_grad', 'I liten grad', 'To a small degree', '#c62828', 'square' FROM status_scales WHERE key = 'robusthet';
)SQL"},
      // Evaluations of a strategy as a whole (docs/strategy-model.md,
      // "Evaluations"): titled, dated by a year or a date, citing their
      // source, each on one stored status scale, with ordered questions
      // whose answers are level keys of that scale or 'not_assessed'.
      {29, "strategy_evaluations",
       R"SQL(
CREATE TABLE strategy_evaluations (
  id {pk},
  strategy_id {int} NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  title_nb TEXT NOT NULL,
  title_en TEXT NOT NULL DEFAULT '',
  evaluated TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  status_scale_id {int} NOT NULL REFERENCES status_scales(id),
  UNIQUE (strategy_id, key)
);
CREATE INDEX strategy_evaluations_by_scale ON strategy_evaluations (status_scale_id);
CREATE TABLE strategy_evaluation_questions (
  evaluation_id {int} NOT NULL REFERENCES strategy_evaluations(id) ON DELETE CASCADE,
  position {int} NOT NULL,
  question_nb TEXT NOT NULL,
  question_en TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT 'not_assessed',
  comment_nb TEXT NOT NULL DEFAULT '',
  comment_en TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evaluation_id, position)
);
)SQL"},
      // The measurements' qualifier check, spelled so that SQLite checks it
      // without a temporary index per row (SpellQualifierCheckWithOr). The
      // same rule; PostgreSQL's check was never slow, so it stays.
      {30, "qualifier_check_without_in_list", "SELECT 1", "", SpellQualifierCheckWithOr},
      // Evaluations written through the API and the browser form carry a
      // version for the optimistic-concurrency check (docs/strategy-model.md,
      // "Evaluations"); existing ones start at 1.
      {31, "strategy_evaluation_version",
       R"SQL(
ALTER TABLE strategy_evaluations ADD COLUMN version {int} NOT NULL DEFAULT 1;
)SQL"},
      {32, "dimension_spellings",
       R"SQL(
-- The dimension values of each indicator by match key, so that a new
-- measurement finds the stored spelling of a typed value without reading
-- every value (storage/dimension_spelling_store.h). An index kept beside
-- the data: complete only while the indicator's version equals its
-- spellings_version, and 0 (never) until a writer builds it.
CREATE TABLE dimension_spellings (
  indicator_id {int} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  dim_position {int} NOT NULL,
  match_key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (indicator_id, dim_position, match_key, value)
){without_rowid};
ALTER TABLE indicators ADD COLUMN spellings_version {int} NOT NULL DEFAULT 0;
)SQL"},
      // The round's basis (migration 16) is stamped anew only when a value
      // it is built from changes, not whenever such a column is written:
      // every edit of a plan item writes all its columns, so an edit of a
      // description used to make every server build the basis again.
      {33, "round_basis_restamp_on_change",
       R"SQL(
DROP TRIGGER round_basis_items_update;
CREATE TRIGGER round_basis_items_update
AFTER UPDATE OF strategy_id, parent_id, key, code, level, title, sort_order ON plan_items
WHEN OLD.strategy_id IS NOT NEW.strategy_id OR OLD.parent_id IS NOT NEW.parent_id OR OLD.key IS NOT NEW.key
  OR OLD.code IS NOT NEW.code OR OLD.level IS NOT NEW.level OR OLD.title IS NOT NEW.title
  OR OLD.sort_order IS NOT NEW.sort_order
BEGIN UPDATE round_basis SET stamp = random(); END;
DROP TRIGGER round_basis_strategies_update;
CREATE TRIGGER round_basis_strategies_update AFTER UPDATE OF key, reporting_levels ON strategies
WHEN OLD.key IS NOT NEW.key OR OLD.reporting_levels IS NOT NEW.reporting_levels
BEGIN UPDATE round_basis SET stamp = random(); END;
DROP TRIGGER round_basis_indicators_update;
CREATE TRIGGER round_basis_indicators_update
AFTER UPDATE OF code, name, responsible_organisation_id ON indicators
WHEN OLD.code IS NOT NEW.code OR OLD.name IS NOT NEW.name
  OR OLD.responsible_organisation_id IS NOT NEW.responsible_organisation_id
BEGIN UPDATE round_basis SET stamp = random(); END;
DROP TRIGGER round_basis_organisations_update;
CREATE TRIGGER round_basis_organisations_update AFTER UPDATE OF short_name ON organisations
WHEN OLD.short_name IS NOT NEW.short_name
BEGIN UPDATE round_basis SET stamp = random(); END;
)SQL",
       R"SQL(
DROP TRIGGER round_basis_items ON plan_items;
CREATE TRIGGER round_basis_items AFTER INSERT OR DELETE ON plan_items
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_items_update
AFTER UPDATE OF strategy_id, parent_id, key, code, level, title, sort_order ON plan_items
FOR EACH ROW WHEN (OLD.strategy_id IS DISTINCT FROM NEW.strategy_id OR OLD.parent_id IS DISTINCT FROM NEW.parent_id
  OR OLD.key IS DISTINCT FROM NEW.key OR OLD.code IS DISTINCT FROM NEW.code OR OLD.level IS DISTINCT FROM NEW.level
  OR OLD.title IS DISTINCT FROM NEW.title OR OLD.sort_order IS DISTINCT FROM NEW.sort_order)
EXECUTE FUNCTION round_basis_restamp();
DROP TRIGGER round_basis_strategies ON strategies;
CREATE TRIGGER round_basis_strategies AFTER DELETE ON strategies
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_strategies_update AFTER UPDATE OF key, reporting_levels ON strategies
FOR EACH ROW WHEN (OLD.key IS DISTINCT FROM NEW.key OR OLD.reporting_levels IS DISTINCT FROM NEW.reporting_levels)
EXECUTE FUNCTION round_basis_restamp();
DROP TRIGGER round_basis_indicators ON indicators;
CREATE TRIGGER round_basis_indicators AFTER INSERT OR DELETE ON indicators
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_indicators_update AFTER UPDATE OF code, name, responsible_organisation_id ON indicators
FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.name IS DISTINCT FROM NEW.name
  OR OLD.responsible_organisation_id IS DISTINCT FROM NEW.responsible_organisation_id)
EXECUTE FUNCTION round_basis_restamp();
DROP TRIGGER round_basis_organisations ON organisations;
CREATE TRIGGER round_basis_organisations AFTER UPDATE OF short_name ON organisations
FOR EACH ROW WHEN (OLD.short_name IS DISTINCT FROM NEW.short_name)
EXECUTE FUNCTION round_basis_restamp();
)SQL"},
      // Saving an indicator is an upsert (INSERT ... ON CONFLICT DO UPDATE),
      // and PostgreSQL fires a statement's INSERT triggers for it even when
      // every row took the update: each save of an unchanged indicator, from
      // the editor or a bundle import, stamped the round's basis anew. Row
      // triggers fire only for rows inserted. SQLite's triggers are row
      // triggers already.
      {34, "round_basis_indicator_inserts",
       R"SQL(
-- Nothing to change on SQLite: its AFTER INSERT triggers are row triggers.
)SQL",
       R"SQL(
DROP TRIGGER round_basis_indicators ON indicators;
CREATE TRIGGER round_basis_indicators_insert AFTER INSERT ON indicators
FOR EACH ROW EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_indicators_delete AFTER DELETE ON indicators
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
)SQL"},
      // The basis stamp also keys the indicators and plan items kept in
      // memory (storage/kept_rows.h), which one process may keep for
      // several databases. Migration 16 began every database at 1, and a
      // database whose plan and indicators have not changed since still
      // has it: a random stamp tells such databases apart. An item's user
      // groups are written with the item (a new version) and a group's key
      // never changes; these triggers keep the stamp right should either
      // be written alone.
      {35, "kept_rows_stamp",
       R"SQL(
UPDATE round_basis SET stamp = random();
CREATE TRIGGER round_basis_item_groups_insert AFTER INSERT ON plan_item_user_groups
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_item_groups_delete AFTER DELETE ON plan_item_user_groups
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_item_groups_update AFTER UPDATE ON plan_item_user_groups
BEGIN UPDATE round_basis SET stamp = random(); END;
CREATE TRIGGER round_basis_user_groups_update AFTER UPDATE OF key ON user_groups
WHEN OLD.key IS NOT NEW.key
BEGIN UPDATE round_basis SET stamp = random(); END;
)SQL",
       R"SQL(
UPDATE round_basis SET stamp = floor(random() * 9.2e18)::bigint;
CREATE TRIGGER round_basis_item_groups AFTER INSERT OR DELETE OR UPDATE ON plan_item_user_groups
FOR EACH STATEMENT EXECUTE FUNCTION round_basis_restamp();
CREATE TRIGGER round_basis_user_groups_update AFTER UPDATE OF key ON user_groups
FOR EACH ROW WHEN (OLD.key IS DISTINCT FROM NEW.key)
EXECUTE FUNCTION round_basis_restamp();
)SQL"},
      // Periods and dimension values stored as integer codes that keep
      // their order (storage/period_code.h, storage/dimension_value_codes.h),
      // so that both tables' keys are of fixed width: what a bulk import
      // spends on the key's index (bench/README.md, "Import into
      // PostgreSQL"). The version trigger is made again for the new table.
      {36, "measurement_codes",
       CodedMeasurements(kSqliteVersionTrigger),
       CodedMeasurements(R"SQL(
CREATE TRIGGER measurements_version BEFORE UPDATE ON measurements
FOR EACH ROW EXECUTE FUNCTION measurements_bump_version();
)SQL")},
      // Reads of seldom-written tables kept in memory across requests
      // under a stamp these triggers renew (storage/kept_tables.h).
      {37, "tables_stamp", TablesStamp(false), TablesStamp(true)},
  };
  return kMigrations;
}

int SchemaVersion(SqlConnection& conn) {
  try {
    auto rows = conn.Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    return rows.empty() ? 0 : static_cast<int>(rows[0].Int(0));
  } catch (const Failure&) {
    return 0;  // no migration table yet: an empty database
  }
}

int Migrate(SqlConnection& conn, int up_to) {
  EnsureMigrationTable(conn);
  int applied = 0;
  for (const Migration& m : AllMigrations()) {
    if (m.version > up_to) break;
    WriteTransaction tx(conn);
    if (conn.dialect() == SqlDialect::kPostgres) conn.Query(kMigrationLock);
    auto done = conn.Query("SELECT 1 FROM schema_migrations WHERE version = ?",
                           {static_cast<int64_t>(m.version)});
    if (!done.empty()) continue;  // another process got there first
    try {
      const bool pg = conn.dialect() == SqlDialect::kPostgres;
      if (!pg && m.sqlite_code) {
        m.sqlite_code(conn);
      } else {
        conn.ExecuteScript(ForDialect(pg && !m.postgres_sql.empty() ? m.postgres_sql : m.sql, conn.dialect()));
      }
    } catch (const Failure& f) {
      throw Failure(FailureCode::kInternal, "migration " +
                                                std::to_string(m.version) +
                                                " (" + m.name + ") failed: " +
                                                f.what());
    }
    conn.Execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
        {static_cast<int64_t>(m.version), m.name, UtcNow()});
    tx.Commit();
    conn.SchemaChanged();
    ++applied;
  }
  return applied;
}

}  // namespace fremdrift
