-- Delivery (docs/delivery.md): the interventions register and the figures published about them, the measures
-- each intervention's quarterly return reports, the returns themselves (every version kept), participant lists
-- for evaluation, and the strategy's action plan. Each is imported as a batch (svo.ingest.delivery); the views
-- without the _all suffix show active batches only. No CHECK constraints: the Appender writes these tables and
-- the importers validate in Java (docs/architecture.md).

-- The register: one row per intervention.
CREATE TABLE intervention_all (
    batch_id              BIGINT NOT NULL,
    line                  BIGINT NOT NULL,
    intervention_id       VARCHAR NOT NULL,   -- given, or made from the name (lower case, hyphens)
    name                  VARCHAR NOT NULL,
    provider              VARCHAR,            -- who delivers it, as named
    owner                 VARCHAR NOT NULL,   -- the organisation whose provider accounts manage it and submit its returns
    lead_organisation     VARCHAR,
    funder                VARCHAR,
    funding_stream        VARCHAR,
    area                  VARCHAR,            -- area served, as described
    districts             VARCHAR,            -- district codes served, separated by ';' (blank: not stated)
    tier                  VARCHAR,            -- primary, secondary, tertiary
    tier_basis            VARCHAR,            -- stated, inferred
    tier_reason           VARCHAR,
    objectives            VARCHAR,            -- strategy objective codes served, separated by ';'
    priorities            VARCHAR,            -- 5Cs and 4Ps tags, separated by ';'
    target_group          VARCHAR,
    age_range             VARCHAR,            -- as stated
    age_min               INTEGER,
    age_max               INTEGER,
    period_start          DATE,               -- first day of what was stated (a month or year stated gives its first day)
    period_start_text     VARCHAR,            -- as stated: 2025-04, 2024, 2025-07-31
    period_end            DATE,               -- last day of what was stated
    period_end_text       VARCHAR,
    period_text           VARCHAR,
    status                VARCHAR NOT NULL,   -- planned, pilot, ongoing, reduced_capacity, paused, completed, stopped
    evidence_strand       VARCHAR,            -- evidence_strand.strand
    evidence_strand_basis VARCHAR,            -- stated, inferred
    cost_gbp              DOUBLE,             -- total cost, when known (for cost per participant)
    sources               VARCHAR,
    notes                 VARCHAR
);
CREATE VIEW intervention AS
    SELECT i.* FROM intervention_all i
    WHERE i.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- What each intervention's quarterly return reports: measure, unit, whether required, planned value per quarter.
-- Written by the register importer from the register's measures column.
CREATE TABLE return_measure_all (
    batch_id           BIGINT NOT NULL,
    line               BIGINT NOT NULL,       -- the register line that defined it
    intervention_id    VARCHAR NOT NULL,
    position           INTEGER NOT NULL,      -- order on the return form
    measure            VARCHAR NOT NULL,
    unit               VARCHAR NOT NULL,      -- count, people, hours, gbp, pct, date
    kind               VARCHAR NOT NULL,      -- input, output, outcome
    required           BOOLEAN NOT NULL,
    plan_per_quarter   DOUBLE                 -- the planned value for a quarter, if any
);
CREATE VIEW return_measure AS
    SELECT m.* FROM return_measure_all m
    WHERE m.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- Figures published about an intervention (the interventions report, the PA report, the SNA): as stated, with
-- their qualifier ("over", "approximately") and source. Not returns: their periods are as the documents give them.
CREATE TABLE intervention_measure_all (
    batch_id          BIGINT NOT NULL,
    line              BIGINT NOT NULL,
    intervention_id   VARCHAR NOT NULL,
    measure           VARCHAR NOT NULL,
    value             DOUBLE NOT NULL,
    value_qualifier   VARCHAR NOT NULL,       -- exact, approx, more_than, nearly, at_least
    unit              VARCHAR NOT NULL,
    period_text       VARCHAR,
    source            VARCHAR,
    quote             VARCHAR,
    note              VARCHAR
);
CREATE VIEW intervention_measure AS
    SELECT m.* FROM intervention_measure_all m
    WHERE m.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- Quarterly returns: one row per intervention, quarter and measure. A later batch holding the same intervention
-- and quarter is a correction: intervention_return shows the latest version, the earlier ones stay here.
CREATE TABLE return_value_all (
    batch_id          BIGINT NOT NULL,
    line              BIGINT NOT NULL,
    intervention_id   VARCHAR NOT NULL,
    quarter           VARCHAR NOT NULL,       -- 2025Q4 (calendar quarter: October to December 2025)
    quarter_start     DATE NOT NULL,
    quarter_end       DATE NOT NULL,          -- last day of the quarter
    measure           VARCHAR NOT NULL,
    unit              VARCHAR NOT NULL,
    value             DOUBLE,                 -- numbers
    value_date        DATE,                   -- dates (unit date)
    note              VARCHAR
);
-- Every version of every return: version 1 is the first submission, each correction adds one.
CREATE VIEW return_version AS
    SELECT intervention_id, quarter, batch_id,
           row_number() OVER (PARTITION BY intervention_id, quarter ORDER BY batch_id) AS version,
           count(*) OVER (PARTITION BY intervention_id, quarter) AS versions
    FROM (SELECT DISTINCT r.intervention_id, r.quarter, r.batch_id FROM return_value_all r
          WHERE r.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active')) v;
-- The current version of each return.
CREATE VIEW return_value AS
    SELECT r.*, v.version FROM return_value_all r
    JOIN return_version v ON v.intervention_id = r.intervention_id AND v.quarter = r.quarter AND v.batch_id = r.batch_id
    WHERE v.version = v.versions;

-- Pseudonymised participant lists for evaluation (person_key as in person).
CREATE TABLE intervention_participant_all (
    batch_id          BIGINT NOT NULL,
    line              BIGINT NOT NULL,
    intervention_id   VARCHAR NOT NULL,
    person_key        BIGINT NOT NULL,
    start_date        DATE NOT NULL,
    end_date          DATE,
    age               INTEGER,                -- at the start, when the provider knows it
    sex               VARCHAR,
    district_code     VARCHAR
);
CREATE VIEW intervention_participant AS
    SELECT p.* FROM intervention_participant_all p
    WHERE p.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- The strategy's action plan.
CREATE TABLE action_all (
    batch_id            BIGINT NOT NULL,
    line                BIGINT NOT NULL,
    action_id           VARCHAR NOT NULL,
    action              VARCHAR NOT NULL,
    owner_organisation  VARCHAR NOT NULL,
    objective           VARCHAR NOT NULL,     -- strategy objective code
    priorities          VARCHAR,
    due_date            DATE,
    status              VARCHAR NOT NULL,     -- not_started, in_progress, done, dropped
    notes               VARCHAR
);
CREATE VIEW action AS
    SELECT a.* FROM action_all a
    WHERE a.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active');

-- Reference data: the Youth Endowment Fund Toolkit strands the register's evidence_strand names, with the
-- impact the YEF publishes for each and where it says so. Filled by V041.
CREATE TABLE evidence_strand (
    strand              VARCHAR PRIMARY KEY,  -- as the register writes it: mentoring, focused deterrence, ...
    toolkit_title       VARCHAR NOT NULL,     -- the strand's title in the YEF Toolkit
    impact_rating       VARCHAR,              -- the Toolkit's word: high, moderate, low, insufficient evidence; NULL if not found
    headline_effect     VARCHAR,              -- the published headline figure, in words
    headline_effect_pct DOUBLE,               -- the same figure as a number (a reduction of 21% is 21)
    evidence_note       VARCHAR,              -- what the YEF says about the strength of the evidence
    source_url          VARCHAR NOT NULL,     -- the Toolkit page
    figure_source_url   VARCHAR,              -- the page that states the headline figure, when it is not the Toolkit page
    checked             DATE NOT NULL         -- when these were copied
);
