-- constraint missionkpi_migrations.missionkpi_migrations_pkey
PRIMARY KEY (identifier);
-- constraint observation.observation_check
CHECK ((period_end >= period_start));
-- constraint observation.observation_contract_id_check
CHECK ((contract_id <> ''::text));
-- constraint observation.observation_kpi_id_check
CHECK ((kpi_id <> ''::text));
-- constraint observation.observation_note_check
CHECK (((note IS NULL) OR (note <> ''::text)));
-- constraint observation.observation_period_check
CHECK ((period <> ''::text));
-- constraint observation.observation_period_end_check
CHECK ((period_end <= '9999-12-31'::date));
-- constraint observation.observation_period_start_check
CHECK ((period_start >= '0001-01-01'::date));
-- constraint observation.observation_pkey
PRIMARY KEY (contract_id, kpi_id, period_start, period_end, version);
-- constraint observation.observation_row_check
CHECK (("row" >= 2));
-- constraint observation.observation_value_check
CHECK (((value > '-Infinity'::double precision) AND (value < 'Infinity'::double precision)));
-- constraint observation.observation_version_check
CHECK ((version >= 1));
-- constraint observation_series.observation_series_observations_check
CHECK ((observations >= 1));
-- constraint observation_series.observation_series_pkey
PRIMARY KEY (contract_id, kpi_id);
-- constraint published_assessment.published_assessment_check
CHECK ((period_end >= period_start));
-- constraint published_assessment.published_assessment_classification_check
CHECK ((classification = ANY (ARRAY['met'::text, 'slightlyBelow'::text, 'below'::text, 'significantlyBelow'::text, 'other'::text])));
-- constraint published_assessment.published_assessment_classification_descri
CHECK (((classification_description IS NULL) OR (classification_description <> ''::text)));
-- constraint published_assessment.published_assessment_contract_id_check
CHECK ((contract_id <> ''::text));
-- constraint published_assessment.published_assessment_kpi_id_check
CHECK ((kpi_id <> ''::text));
-- constraint published_assessment.published_assessment_measure_check
CHECK (((measure IS NULL) OR (measure <> ''::text)));
-- constraint published_assessment.published_assessment_notice_type_check
CHECK ((notice_type <> ''::text));
-- constraint published_assessment.published_assessment_period_check
CHECK ((period <> ''::text));
-- constraint published_assessment.published_assessment_period_end_check
CHECK ((period_end <= '9999-12-31'::date));
-- constraint published_assessment.published_assessment_period_start_check
CHECK ((period_start >= '0001-01-01'::date));
-- constraint published_assessment.published_assessment_pkey
PRIMARY KEY (contract_id, kpi_id, period_start, period_end, release_id);
-- constraint published_assessment.published_assessment_release_date_check
CHECK ((release_date <> ''::text));
-- constraint published_assessment.published_assessment_release_id_check
CHECK ((release_id <> ''::text));
-- constraint returns_file.returns_file_path_check
CHECK ((path <> ''::text));
-- constraint returns_file.returns_file_pkey
PRIMARY KEY (id);
-- constraint returns_file.returns_file_recorded_at_check
CHECK ((recorded_at <> ''::text));
-- constraint returns_file.returns_file_rows_check
CHECK ((rows >= 0));
-- constraint returns_file.returns_file_sha256_check
CHECK ((length(sha256) = 64));
-- constraint returns_file.returns_file_sha256_key
UNIQUE (sha256);
-- function missionkpi_files_exist
CREATE OR REPLACE FUNCTION public.missionkpi_files_exist()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT file_id FROM added) a
            WHERE NOT EXISTS (SELECT 1 FROM returns_file f WHERE f.id = a.file_id)) THEN
        RAISE EXCEPTION 'an observation names a returns file the tracker does not hold'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$function$;
-- function missionkpi_refuse
CREATE OR REPLACE FUNCTION public.missionkpi_refuse()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END
$function$;
-- function missionkpi_series_kept
CREATE OR REPLACE FUNCTION public.missionkpi_series_kept()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    IF current_setting('missionkpi.series', true) IS DISTINCT FROM 'kept' THEN
        RAISE EXCEPTION '% on %: observations are added by missionkpi record, which keeps observation_series in step', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$function$;
-- index missionkpi_migrations_pkey
CREATE UNIQUE INDEX missionkpi_migrations_pkey ON public.missionkpi_migrations USING btree (identifier);
-- index observation_pkey
CREATE UNIQUE INDEX observation_pkey ON public.observation USING btree (contract_id, kpi_id, period_start, period_end, version);
-- index observation_series_pkey
CREATE UNIQUE INDEX observation_series_pkey ON public.observation_series USING btree (contract_id, kpi_id);
-- index published_assessment_pkey
CREATE UNIQUE INDEX published_assessment_pkey ON public.published_assessment USING btree (contract_id, kpi_id, period_start, period_end, release_id);
-- index returns_file_pkey
CREATE UNIQUE INDEX returns_file_pkey ON public.returns_file USING btree (id);
-- index returns_file_sha256_key
CREATE UNIQUE INDEX returns_file_sha256_key ON public.returns_file USING btree (sha256);
-- table missionkpi_migrations
CREATE TABLE missionkpi_migrations (
    identifier text COLLATE "C" NOT NULL
);
-- table observation
CREATE TABLE observation (
    contract_id text COLLATE "C" NOT NULL,
    kpi_id text COLLATE "C" NOT NULL,
    period text COLLATE "C" NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    value double precision NOT NULL,
    note text,
    version integer NOT NULL,
    file_id bigint NOT NULL,
    "row" integer NOT NULL
);
-- table observation_series
CREATE TABLE observation_series (
    contract_id text COLLATE "C" NOT NULL,
    kpi_id text COLLATE "C" NOT NULL,
    observations integer NOT NULL,
    data bytea NOT NULL
);
-- table published_assessment
CREATE TABLE published_assessment (
    contract_id text COLLATE "C" NOT NULL,
    kpi_id text COLLATE "C" NOT NULL,
    period text COLLATE "C" NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    measure text,
    classification text NOT NULL,
    classification_description text,
    release_id text COLLATE "C" NOT NULL,
    release_date text COLLATE "C" NOT NULL,
    notice_type text NOT NULL
);
-- table returns_file
CREATE TABLE returns_file (
    id bigint NOT NULL GENERATED BY DEFAULT AS IDENTITY,
    path text NOT NULL,
    sha256 text COLLATE "C" NOT NULL,
    recorded_at text NOT NULL,
    rows integer NOT NULL
);
-- trigger observation_file_exists
CREATE TRIGGER observation_file_exists AFTER INSERT ON public.observation REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION missionkpi_files_exist();
-- trigger observation_no_delete
CREATE TRIGGER observation_no_delete BEFORE DELETE ON public.observation FOR EACH ROW EXECUTE FUNCTION missionkpi_refuse('observations are never deleted');
-- trigger observation_no_truncate
CREATE TRIGGER observation_no_truncate BEFORE TRUNCATE ON public.observation FOR EACH STATEMENT EXECUTE FUNCTION missionkpi_refuse('observations are never deleted');
-- trigger observation_no_update
CREATE TRIGGER observation_no_update BEFORE UPDATE ON public.observation FOR EACH ROW EXECUTE FUNCTION missionkpi_refuse('observations are never changed: record a correction instead');
-- trigger observation_series_kept
CREATE TRIGGER observation_series_kept AFTER INSERT ON public.observation FOR EACH STATEMENT EXECUTE FUNCTION missionkpi_series_kept();
-- trigger observation_series_no_truncate
CREATE TRIGGER observation_series_no_truncate BEFORE TRUNCATE ON public.observation_series FOR EACH STATEMENT EXECUTE FUNCTION missionkpi_refuse('the series are never deleted');
-- trigger observation_series_writer
CREATE TRIGGER observation_series_writer BEFORE INSERT OR DELETE OR UPDATE ON public.observation_series FOR EACH STATEMENT EXECUTE FUNCTION missionkpi_series_kept();
-- trigger published_assessment_no_delete
CREATE TRIGGER published_assessment_no_delete BEFORE DELETE ON public.published_assessment FOR EACH ROW EXECUTE FUNCTION missionkpi_refuse('published assessments are never deleted');
-- trigger published_assessment_no_truncate
CREATE TRIGGER published_assessment_no_truncate BEFORE TRUNCATE ON public.published_assessment FOR EACH STATEMENT EXECUTE FUNCTION missionkpi_refuse('published assessments are never deleted');
-- trigger published_assessment_no_update
CREATE TRIGGER published_assessment_no_update BEFORE UPDATE ON public.published_assessment FOR EACH ROW EXECUTE FUNCTION missionkpi_refuse('published assessments are never changed');
-- trigger returns_file_no_delete
CREATE TRIGGER returns_file_no_delete BEFORE DELETE ON public.returns_file FOR EACH ROW EXECUTE FUNCTION missionkpi_refuse('recorded files are never deleted');
-- trigger returns_file_no_truncate
CREATE TRIGGER returns_file_no_truncate BEFORE TRUNCATE ON public.returns_file FOR EACH STATEMENT EXECUTE FUNCTION missionkpi_refuse('recorded files are never deleted');
-- trigger returns_file_no_update
CREATE TRIGGER returns_file_no_update BEFORE UPDATE OF id, path, sha256, recorded_at ON public.returns_file FOR EACH ROW EXECUTE FUNCTION missionkpi_refuse('recorded files are never changed');
