-- Police data in the canonical layouts (docs/datasets/), police.uk open data, stop and search.

CREATE TABLE occurrence_all (
    batch_id            BIGINT NOT NULL,
    line                BIGINT,                  -- line in the source file where the row starts
    occurrence_id       VARCHAR NOT NULL,
    recorded_date       DATE NOT NULL,
    committed_from      TIMESTAMP NOT NULL,
    committed_to        TIMESTAMP,
    ho_code             VARCHAR,
    offence             VARCHAR NOT NULL,    -- offence vocabulary code (docs/datasets/occurrences.md)
    offence_group       VARCHAR NOT NULL,    -- derived from offence
    knife               BOOLEAN NOT NULL,
    firearm             BOOLEAN NOT NULL,
    other_weapon        BOOLEAN NOT NULL,
    domestic_abuse      BOOLEAN NOT NULL,
    sexual_offence      BOOLEAN NOT NULL,    -- derived from offence group unless given
    q_alcohol           BOOLEAN NOT NULL,
    q_drugs             BOOLEAN NOT NULL,
    q_youth             BOOLEAN NOT NULL,
    q_mental_health     BOOLEAN NOT NULL,
    q_nte               BOOLEAN NOT NULL,
    latitude            DOUBLE,
    longitude           DOUBLE,
    easting             DOUBLE,              -- British National Grid (EPSG:27700), metres
    northing            DOUBLE,
    lsoa_code           VARCHAR,
    ward_code           VARCHAR,
    neighbourhood_code  VARCHAR,
    district_code       VARCHAR,
    nte_area_code       VARCHAR,
    location_type       VARCHAR,
    outcome_category    VARCHAR,             -- positive, other, open
    outcome             VARCHAR,
    outcome_date        DATE
);
CREATE VIEW occurrence AS
    SELECT o.* FROM occurrence_all o
    WHERE o.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

CREATE TABLE person_all (
    batch_id       BIGINT NOT NULL,
    line                BIGINT,                  -- line in the source file where the row starts
    occurrence_id  VARCHAR NOT NULL,
    person_key     BIGINT NOT NULL,          -- keyed HMAC-SHA256 pseudonym (first 64 bits); never the source id
    role           VARCHAR NOT NULL,         -- victim, suspect, offender (checked by the importer)
    age            INTEGER,
    sex            VARCHAR,                  -- M, F, X, U
    ethnicity      VARCHAR,
    relationship   VARCHAR
);
CREATE VIEW person AS
    SELECT p.* FROM person_all p
    WHERE p.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

CREATE TABLE warning_marker_all (
    batch_id     BIGINT NOT NULL,
    line                BIGINT,                  -- line in the source file where the row starts
    person_key   BIGINT NOT NULL,
    marker_type  VARCHAR NOT NULL,
    date_set     DATE
);
CREATE VIEW warning_marker AS
    SELECT w.* FROM warning_marker_all w
    WHERE w.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

CREATE TABLE stop_search_all (
    batch_id            BIGINT NOT NULL,
    line                BIGINT,                  -- line in the source file where the row starts
    search_id           VARCHAR,
    origin              VARCHAR NOT NULL,    -- canonical or police-uk
    search_type         VARCHAR,             -- person, vehicle, person and vehicle
    searched_at         TIMESTAMP NOT NULL,
    policing_operation  VARCHAR,
    latitude            DOUBLE,
    longitude           DOUBLE,
    easting             DOUBLE,
    northing            DOUBLE,
    lsoa_code           VARCHAR,
    ward_code           VARCHAR,
    neighbourhood_code  VARCHAR,
    district_code       VARCHAR,
    age_band            VARCHAR,
    sex                 VARCHAR,
    ethnicity           VARCHAR,             -- self-defined
    officer_ethnicity   VARCHAR,
    legislation         VARCHAR,
    object_of_search    VARCHAR,
    outcome             VARCHAR,
    object_found        BOOLEAN,             -- outcome linked to the object of search
    removal_outer       BOOLEAN
);
CREATE VIEW stop_search AS
    SELECT s.* FROM stop_search_all s
    WHERE s.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- police.uk street-level crime, exactly as published (month resolution, coarse crime types).
CREATE TABLE police_uk_crime_all (
    batch_id              BIGINT NOT NULL,
    line                  BIGINT NOT NULL,
    crime_id              VARCHAR,           -- empty for anti-social behaviour
    month                 DATE NOT NULL,     -- first day of the month
    reported_by           VARCHAR,
    falls_within          VARCHAR,
    longitude             DOUBLE,
    latitude              DOUBLE,
    easting               DOUBLE,
    northing              DOUBLE,
    location              VARCHAR,
    lsoa_code             VARCHAR,
    lsoa_name             VARCHAR,
    crime_type            VARCHAR NOT NULL,
    last_outcome_category VARCHAR,
    context               VARCHAR,
    ward_code             VARCHAR,
    neighbourhood_code    VARCHAR,
    district_code         VARCHAR,
    nte_area_code         VARCHAR
);
CREATE VIEW police_uk_crime AS
    SELECT c.* FROM police_uk_crime_all c
    WHERE c.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');
