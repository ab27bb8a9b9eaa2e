-- Core bookkeeping: one batch per imported file, and the rows it refused.
-- Data tables keep the rows of every batch (active and superseded) in <name>_all tables;
-- the views without the suffix show only active batches, so a replaced extract never counts twice.

CREATE SEQUENCE batch_seq START 1;

CREATE TABLE batch (
    batch_id      BIGINT PRIMARY KEY,
    dataset       VARCHAR NOT NULL,          -- occurrences, persons, police-uk-street, ...
    source        VARCHAR NOT NULL,          -- who supplied it; --replace works within one dataset and source
    file_name     VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    encoding      VARCHAR,
    mode          VARCHAR NOT NULL CHECK (mode IN ('strict', 'lenient')),
    rows_read     BIGINT NOT NULL,
    rows_loaded   BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    period_from   DATE,                      -- earliest event date in the file
    period_to     DATE,                      -- latest event date in the file
    status        VARCHAR NOT NULL CHECK (status IN ('active', 'superseded')),
    superseded_by BIGINT,
    synthetic     BOOLEAN NOT NULL DEFAULT false,
    loaded_by     VARCHAR NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,
    CHECK (rows_read = rows_loaded + rows_rejected)
);

CREATE TABLE reject (
    batch_id    BIGINT NOT NULL,
    line        BIGINT NOT NULL,             -- physical line in the file where the row starts (header = 1)
    column_name VARCHAR,
    value       VARCHAR,                     -- personal identifiers are withheld, never stored
    reason      VARCHAR NOT NULL
);

-- Settings of the store itself (for example synthetic=true for the demo store).
CREATE TABLE store_setting (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
