-- Users of the web application and the append-only audit log (docs/web.md).
-- Sessions are held in the server's memory only (a restart signs everyone out), so no bearer secret
-- ever sits in the store file.

CREATE TABLE app_user (
    user_id              BIGINT PRIMARY KEY,          -- max + 1 (no sequence: a backup copies sequences at their start)
    username             VARCHAR NOT NULL UNIQUE,     -- lower case, [a-z0-9._-], 2 to 64 characters
    display_name         VARCHAR NOT NULL,
    role                 VARCHAR NOT NULL CHECK (role IN ('admin', 'analyst', 'board', 'provider', 'tasking')),
    organisation         VARCHAR,                     -- for providers: the provider whose interventions they own
    password_hash        VARCHAR NOT NULL,            -- Argon2id, PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash)
    password_changed_at  TIMESTAMP NOT NULL,
    disabled             BOOLEAN NOT NULL DEFAULT false,
    created_at           TIMESTAMP NOT NULL,
    created_by           VARCHAR NOT NULL
);

-- Append-only: the code has no UPDATE or DELETE of this table (a test scans every source file for one).
-- Each entry carries the SHA-256 of the previous entry's hash and its own fields, so an entry edited or
-- removed with a DuckDB shell breaks the chain, and `svo audit --verify` and the admin page say where.
CREATE TABLE audit_log (
    audit_id   BIGINT PRIMARY KEY,      -- 1, 2, 3, … without gaps (a gap is a removed entry)
    occurred_at TIMESTAMP NOT NULL,     -- UTC
    actor      VARCHAR NOT NULL,        -- username, or '-' when nobody is signed in
    role       VARCHAR NOT NULL,        -- the actor's role at the time, or 'public'
    action     VARCHAR NOT NULL,        -- signin.success, signin.failure, import, export, report, user.add, …
    target     VARCHAR,                 -- what it was done to: a data set, an analysis id, a username, a path
    detail     VARCHAR,                 -- a short description; never a password, token or personal identifier
    address    VARCHAR NOT NULL,        -- client IP address, or 'cli' for the command line
    outcome    VARCHAR NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed')),
    prev_hash  VARCHAR NOT NULL,
    hash       VARCHAR NOT NULL
);
