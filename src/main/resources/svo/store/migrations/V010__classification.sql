-- Stored classifications: for each definition asked (`./svo classify`), every active occurrence, in or out,
-- and the rule that decided it. Analyses do not read this table (they apply Definition.sqlCondition() to the
-- occurrence view directly); it is for export, audit and the benchmark.

CREATE TABLE classification (
    definition     VARCHAR NOT NULL,   -- definition name (svb-2024), or family name when "as in force" (svb)
    judged_by      VARCHAR NOT NULL,   -- the definition and version that judged the row: 'svb-2025 v1.0'
    batch_id       BIGINT NOT NULL,
    occurrence_id  VARCHAR NOT NULL,
    included       BOOLEAN NOT NULL,
    rule           VARCHAR NOT NULL    -- 'include homicide', 'exclude domestic-abuse', 'no inclusion rule';
                                       -- as in force with the deciding definition: 'include abh (svb-2025)'
);

-- One row per definition classified: what produced the rows above.
CREATE TABLE classification_run (
    definition     VARCHAR PRIMARY KEY,
    label          VARCHAR NOT NULL,   -- as printed: 'svb-2024 v1.0', or the members when "as in force"
    as_in_force    BOOLEAN NOT NULL,
    rules_sha256   VARCHAR NOT NULL,   -- SHA-256 of the definition file(s), in member order, joined by ','
    occurrences    BIGINT NOT NULL,
    included       BIGINT NOT NULL,
    seconds        DOUBLE NOT NULL,
    classified_at  TIMESTAMP NOT NULL
);
