-- Reference geography: areas at every level with a boundary in British National Grid,
-- population by area, year, age band and sex; schools; deprivation.

CREATE TABLE area (
    level        VARCHAR NOT NULL CHECK (level IN ('district', 'ward', 'lsoa', 'neighbourhood', 'nte')),
    code         VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    parent_code  VARCHAR,                     -- the district for a ward, LSOA, neighbourhood or NTE area
    city_county  VARCHAR,                     -- districts only: city (unitary, E06) or county (E07)
    geom_wkb     BLOB,                        -- polygon or multipolygon, EPSG:27700, well-known binary
    min_e        DOUBLE,
    min_n        DOUBLE,
    max_e        DOUBLE,
    max_n        DOUBLE,
    batch_id     BIGINT,
    PRIMARY KEY (level, code)
);

CREATE TABLE population (
    area_code  VARCHAR NOT NULL,
    year       INTEGER NOT NULL,
    age_band   VARCHAR NOT NULL,              -- 'all' for every age, else e.g. '0-15', '16-24', '65+'
    sex        VARCHAR NOT NULL,              -- 'all', 'M', 'F'
    count      BIGINT NOT NULL,
    batch_id   BIGINT,
    PRIMARY KEY (area_code, year, age_band, sex)
);

CREATE TABLE school (
    urn           VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    la_code       VARCHAR,
    la_name       VARCHAR,
    type          VARCHAR,
    type_group    VARCHAR,
    phase         VARCHAR,
    pupils        INTEGER,
    easting       DOUBLE,
    northing      DOUBLE,
    latitude      DOUBLE,
    longitude     DOUBLE,
    lsoa_code     VARCHAR,
    district_code VARCHAR,
    batch_id      BIGINT
);

CREATE TABLE imd (
    lsoa_code   VARCHAR PRIMARY KEY,
    score       DOUBLE,
    rank        INTEGER,
    decile      INTEGER NOT NULL,
    batch_id    BIGINT
);
