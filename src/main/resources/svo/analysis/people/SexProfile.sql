-- Question: how many victims (or suspects) of in-scope occurrences were male, female, of another sex, or of
--   unrecorded sex, in each period? (SNA 2025 §4.4 for victims, §4.6 for suspects.)
-- Grain: one row per (period row, sex) with a number of people. A person counts once per period row: once in
--   each span, once in the whole window. Their sex is the first M, F or X recorded at their occurrences in
--   that period row; U or blank everywhere is NULL (not recorded).
-- Parameters: the in-scope parameters; roles VARCHAR[] (victim; or suspect and offender).
WITH {{in_scope}},
link AS (
    SELECT pr.row_period, pr.row_order, p.person_key, s.committed_from, p.sex
    FROM person p
    JOIN scoped s USING (occurrence_id)
    JOIN period_row pr ON pr.period = s.period
    WHERE list_contains(?::VARCHAR[], p.role)
)
SELECT row_order, row_period AS period, sex, count(*) AS people
FROM (SELECT row_period, row_order, person_key,
             arg_min(sex, (committed_from, sex)) FILTER (WHERE sex IN ('M', 'F', 'X')) AS sex
      FROM link
      GROUP BY row_period, row_order, person_key)
GROUP BY row_order, row_period, sex
