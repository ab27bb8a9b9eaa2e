-- Partner data (docs/partners.md, docs/datasets/): health (emergency departments, ambulance), youth justice,
-- probation, schools, children's social care, NEET, index events for reoffending, and hospitals as reference
-- data. Like the police tables: <name>_all holds the rows of every batch, the view <name> only active batches.
-- No CHECK constraints (the Appender writes these tables; importers validate in Java).

-- Hospitals: the shipped reference list (hospital_default, migration V031, the same rows as
-- src/main/resources/svo/ingest/partners/hospitals.csv) and imported lists (hospitals data set). The view
-- shows, per code, the row of the newest active import, else the shipped row.
CREATE TABLE hospital_default (
    code     VARCHAR PRIMARY KEY,
    name     VARCHAR NOT NULL,
    trust    VARCHAR,
    area     VARCHAR,                 -- where the hospital is (district or place), as text
    in_area  BOOLEAN NOT NULL,        -- the site lies inside the partnership area
    aliases  VARCHAR                  -- other names source files use, separated by ;
);
CREATE TABLE hospital_all (
    batch_id BIGINT NOT NULL,
    line     BIGINT,
    code     VARCHAR NOT NULL,
    name     VARCHAR NOT NULL,
    trust    VARCHAR,
    area     VARCHAR,
    in_area  BOOLEAN NOT NULL,
    aliases  VARCHAR
);
CREATE VIEW hospital AS
WITH imported AS (
    SELECT h.code, h.name, h.trust, h.area, h.in_area, h.aliases, 'import' AS origin,
           row_number() OVER (PARTITION BY h.code ORDER BY h.batch_id DESC, h.line DESC) AS newest
    FROM hospital_all h
    WHERE h.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active')
)
SELECT code, name, trust, area, in_area, aliases, origin FROM imported WHERE newest = 1
UNION ALL
SELECT d.code, d.name, d.trust, d.area, d.in_area, d.aliases, 'shipped' AS origin FROM hospital_default d
WHERE d.code NOT IN (SELECT code FROM imported);

-- Emergency-department assault attendances (Cardiff Model / ISTV, ISB 1594), one attendance per row, anonymous.
CREATE TABLE ed_attendance_all (
    batch_id           BIGINT NOT NULL,
    line               BIGINT,
    attendance_id      VARCHAR,
    hospital_code      VARCHAR NOT NULL,    -- hospital.code
    arrival            TIMESTAMP NOT NULL,  -- ISTV: date and time of arrival at the ED
    incident           TIMESTAMP,           -- ISTV: date and time of the incident
    incident_location  VARCHAR,             -- ISTV: specific location of the incident (place, not person)
    primary_method     VARCHAR,             -- ISTV primary means of assault: body_part, weapon
    assault_method     VARCHAR,             -- detailed method code (docs/datasets/ed-attendances.md)
    age                INTEGER,
    age_band           VARCHAR,             -- as supplied when no single age is given
    under_18           BOOLEAN,             -- aged 0–17 (from age or a band that lies wholly below 18); NULL unknown
    sex                VARCHAR,
    location_category  VARCHAR,             -- open_space, street, own_home, ...
    district_code      VARCHAR              -- district where the assault happened, when known
);
CREATE VIEW ed_attendance AS
    SELECT e.* FROM ed_attendance_all e
    WHERE e.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- Ambulance assault incidents, one patient per row.
CREATE TABLE ambulance_all (
    batch_id          BIGINT NOT NULL,
    line              BIGINT,
    incident_id       VARCHAR,
    incident_at       TIMESTAMP NOT NULL,
    response_type     VARCHAR NOT NULL,     -- hear_and_treat, see_and_treat, see_treat_and_convey
    sex               VARCHAR,
    age               INTEGER,
    age_band          VARCHAR,
    district_code     VARCHAR,
    destination_code  VARCHAR               -- hospital.code, conveyed patients only
);
CREATE VIEW ambulance AS
    SELECT a.* FROM ambulance_all a
    WHERE a.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- Youth justice offences, one offence per row.
CREATE TABLE yjs_offence_all (
    batch_id       BIGINT NOT NULL,
    line           BIGINT,
    offence_id     VARCHAR,
    offence_date   DATE NOT NULL,
    offence_type   VARCHAR NOT NULL,        -- as the youth justice service records it
    age            INTEGER,
    sex            VARCHAR,
    area           VARCHAR,                 -- city, county
    district_code  VARCHAR,
    person_key     BIGINT                   -- pseudonym, when the file gives a person identifier
);
CREATE VIEW yjs_offence AS
    SELECT y.* FROM yjs_offence_all y
    WHERE y.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- Probation cases (serious violence), one case per row.
CREATE TABLE probation_case_all (
    batch_id       BIGINT NOT NULL,
    line           BIGINT,
    case_id        VARCHAR,
    start_date     DATE,                    -- when the case began (sentence date); NULL when only the year is known
    year           INTEGER NOT NULL,        -- calendar year of the case
    district_code  VARCHAR,
    age            INTEGER,
    age_group      VARCHAR,                 -- as supplied when no single age is given
    sex            VARCHAR,
    sentence_type  VARCHAR,                 -- custodial, community
    person_key     BIGINT
);
CREATE VIEW probation_case AS
    SELECT p.* FROM probation_case_all p
    WHERE p.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- School suspensions and permanent exclusions: one event per row, or aggregate counts (count > 1 or 0).
CREATE TABLE school_exclusion_all (
    batch_id        BIGINT NOT NULL,
    line            BIGINT,
    academic_year   VARCHAR NOT NULL,       -- 2023/24
    year_start      DATE NOT NULL,          -- 1 September of the academic year
    event_date      DATE,
    la_name         VARCHAR NOT NULL,
    la_code         VARCHAR,
    area            VARCHAR,                -- city, county
    school_urn      VARCHAR,
    phase           VARCHAR,                -- primary, secondary, special, alternative_provision, other
    exclusion_type  VARCHAR NOT NULL,       -- permanent_exclusion, suspension
    reason          VARCHAR,
    sex             VARCHAR,
    age             INTEGER,
    ethnicity       VARCHAR,
    fsm             BOOLEAN,
    sen             BOOLEAN,
    count           BIGINT NOT NULL         -- 1 for an event
);
CREATE VIEW school_exclusion AS
    SELECT s.* FROM school_exclusion_all s
    WHERE s.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- Children's social care, aggregate counts.
CREATE TABLE social_care_all (
    batch_id      BIGINT NOT NULL,
    line          BIGINT,
    year          VARCHAR NOT NULL,         -- financial year 2024/25
    period_start  DATE NOT NULL,            -- 1 April
    la_name       VARCHAR NOT NULL,
    la_code       VARCHAR,
    area          VARCHAR,
    measure       VARCHAR NOT NULL,         -- referrals, child_protection_plans, admissions_to_care, care_leavers, referral_outcome
    outcome       VARCHAR,                  -- for referral_outcome rows
    sex           VARCHAR NOT NULL,         -- all, M, F, X, U
    count         BIGINT NOT NULL
);
CREATE VIEW social_care AS
    SELECT s.* FROM social_care_all s
    WHERE s.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- Young people aged 16-17 not in education, employment or training, aggregate counts.
CREATE TABLE neet_all (
    batch_id      BIGINT NOT NULL,
    line          BIGINT,
    year          INTEGER NOT NULL,         -- as DfE labels it: 2025 = December 2024 to February 2025
    period_start  DATE NOT NULL,
    period_end    DATE NOT NULL,            -- last day included
    la_name       VARCHAR NOT NULL,
    la_code       VARCHAR,
    area          VARCHAR,
    cohort        BIGINT NOT NULL,
    neet          BIGINT NOT NULL,
    not_known     BIGINT
);
CREATE VIEW neet AS
    SELECT n.* FROM neet_all n
    WHERE n.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- Index events for reoffending: releases from custody, non-custodial convictions, cautions.
CREATE TABLE index_event_all (
    batch_id       BIGINT NOT NULL,
    line           BIGINT,
    person_key     BIGINT NOT NULL,
    event_type     VARCHAR NOT NULL,        -- release_from_custody, non_custodial_conviction, caution
    event_date     DATE NOT NULL,
    age            INTEGER,                 -- at the event
    sex            VARCHAR,
    district_code  VARCHAR
);
CREATE VIEW index_event AS
    SELECT i.* FROM index_event_all i
    WHERE i.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');
