-- Question: how many victims (or suspects) of in-scope occurrences were male, female, of another sex, or of
--   unrecorded sex, in each period? (SNA 2025 §4.4 for victims, §4.6 for suspects.)
-- Grain: one row per (period row, sex) with a number of people. A person counts once per period row: once in
--   each span, once in the whole window. Their sex is the first M, F or X recorded at their occurrences in
--   that period row; U or blank everywhere is NULL (not recorded).
-- Reads: in_scope_person (the scope's people, see svo.analysis.InScope) and in_scope_span.
-- Parameters: 1 the label of the whole-period row (NULL for a period of one span); 2 roles VARCHAR[] (victim;
--   or suspect and offender).
WITH period_row AS (
    -- each span is a row of its own; the whole period is one more when it has several spans
    SELECT span, label AS row_period, span AS row_order FROM in_scope_span
    UNION ALL
    SELECT s.span, w.label, 1000000 FROM in_scope_span s, (SELECT ?::VARCHAR AS label) w WHERE w.label IS NOT NULL
),
link AS (
    SELECT pr.row_period, pr.row_order, p.person_key, p.committed_from, p.sex
    FROM in_scope_person p
    JOIN period_row pr ON pr.span = p.span
    WHERE list_contains(?::VARCHAR[], p.role)
)
SELECT row_order, row_period AS period, sex, count(*) AS people
FROM (SELECT row_period, row_order, person_key,
             arg_min(sex, (committed_from, sex)) FILTER (WHERE sex IN ('M', 'F', 'X')) AS sex
      FROM link
      GROUP BY row_period, row_order, person_key)
GROUP BY row_order, row_period, sex
