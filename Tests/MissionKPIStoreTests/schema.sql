CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
CREATE TABLE observation (
    contract_id TEXT NOT NULL CHECK (contract_id <> ''),
    kpi_id TEXT NOT NULL CHECK (kpi_id <> ''),
    period TEXT NOT NULL CHECK (period <> ''),
    period_start TEXT NOT NULL CHECK (length(period_start) = 10),
    period_end TEXT NOT NULL CHECK (length(period_end) = 10),
    value REAL NOT NULL,
    note TEXT CHECK (note IS NULL OR note <> ''),
    version INTEGER NOT NULL CHECK (version >= 1),
    file_id INTEGER NOT NULL REFERENCES returns_file (id) ON DELETE RESTRICT,
    row INTEGER NOT NULL CHECK (row >= 2),
    CHECK (period_end >= period_start),
    PRIMARY KEY (contract_id, kpi_id, period_start, period_end, version)
) WITHOUT ROWID;
CREATE TRIGGER observation_no_delete BEFORE DELETE ON observation
BEGIN SELECT RAISE(ABORT, 'observations are never deleted'); END;
CREATE TRIGGER observation_no_update BEFORE UPDATE ON observation
BEGIN SELECT RAISE(ABORT, 'observations are never changed: record a correction instead'); END;
CREATE TABLE published_assessment (
    contract_id TEXT NOT NULL CHECK (contract_id <> ''),
    kpi_id TEXT NOT NULL CHECK (kpi_id <> ''),
    period TEXT NOT NULL CHECK (period <> ''),
    period_start TEXT NOT NULL CHECK (length(period_start) = 10),
    period_end TEXT NOT NULL CHECK (length(period_end) = 10),
    measure TEXT CHECK (measure IS NULL OR measure <> ''),
    classification TEXT NOT NULL
        CHECK (classification IN ('met', 'slightlyBelow', 'below', 'significantlyBelow', 'other')),
    classification_description TEXT CHECK (classification_description IS NULL OR classification_description <> ''),
    release_id TEXT NOT NULL CHECK (release_id <> ''),
    release_date TEXT NOT NULL CHECK (release_date <> ''),
    notice_type TEXT NOT NULL CHECK (notice_type <> ''),
    CHECK (period_end >= period_start),
    PRIMARY KEY (contract_id, kpi_id, period_start, period_end, release_id)
) WITHOUT ROWID;
CREATE TRIGGER published_assessment_no_delete BEFORE DELETE ON published_assessment
BEGIN SELECT RAISE(ABORT, 'published assessments are never deleted'); END;
CREATE TRIGGER published_assessment_no_update BEFORE UPDATE ON published_assessment
BEGIN SELECT RAISE(ABORT, 'published assessments are never changed'); END;
CREATE TABLE returns_file (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL CHECK (path <> ''),
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    recorded_at TEXT NOT NULL CHECK (recorded_at <> ''),
    rows INTEGER NOT NULL CHECK (rows >= 0)
);
CREATE TRIGGER returns_file_no_delete BEFORE DELETE ON returns_file
BEGIN SELECT RAISE(ABORT, 'recorded files are never deleted'); END;
CREATE TRIGGER returns_file_no_update BEFORE UPDATE OF id, path, sha256, recorded_at ON returns_file
BEGIN SELECT RAISE(ABORT, 'recorded files are never changed'); END;
