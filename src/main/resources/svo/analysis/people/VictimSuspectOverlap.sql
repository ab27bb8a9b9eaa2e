-- Question: who is involved in in-scope violence? How many victims, how many suspects, and how many people
--   were both, with their ages and sex (SNA 2025 §4.1; §7.2 when the definition is knife crime)?
-- Grain: one row per (period row, cohort, age band, sex) with a number of people. Cohorts:
--   victims             people who were a victim at an in-scope occurrence in the period row
--   suspects            people who were a suspect or an offender
--   victim_and_suspect  people who were both, at the same or different occurrences of the period row
--   A person counts once per period row and cohort. Age band (0-24, 25-39, 40+; NULL when none is recorded)
--   is from the age recorded at their first occurrence in that row in the cohort's role(s) that records one;
--   sex is the first M, F or X recorded likewise (NULL: not recorded). Pseudonyms only; no person is output.
-- Reads: in_scope_person (the scope's people, see svo.analysis.InScope) and in_scope_span.
-- Parameters: 1 the label of the whole-period row (NULL for a period of one span).
WITH period_row AS (
    -- each span is a row of its own; the whole period is one more when it has several spans
    SELECT span, label AS row_period, span AS row_order FROM in_scope_span
    UNION ALL
    SELECT s.span, w.label, 1000000 FROM in_scope_span s, (SELECT ?::VARCHAR AS label) w WHERE w.label IS NOT NULL
),
link AS MATERIALIZED (
    SELECT pr.row_period, pr.row_order, p.person_key, p.role = 'victim' AS is_victim, p.committed_from, p.age, p.sex
    FROM in_scope_person p
    JOIN period_row pr ON pr.span = p.span
),
per_role AS (
    SELECT row_period, row_order, CASE WHEN is_victim THEN 'victims' ELSE 'suspects' END AS cohort,
           arg_min(age, (committed_from, age)) FILTER (WHERE age IS NOT NULL) AS age,
           arg_min(sex, (committed_from, sex)) FILTER (WHERE sex IN ('M', 'F', 'X')) AS sex
    FROM link
    GROUP BY row_period, row_order, person_key, is_victim
),
per_person AS (
    SELECT row_period, row_order, 'victim_and_suspect' AS cohort,
           arg_min(age, (committed_from, age)) FILTER (WHERE age IS NOT NULL) AS age,
           arg_min(sex, (committed_from, sex)) FILTER (WHERE sex IN ('M', 'F', 'X')) AS sex
    FROM link
    GROUP BY row_period, row_order, person_key
    HAVING bool_or(is_victim) AND bool_or(NOT is_victim)
)
SELECT row_order, row_period AS period, cohort,
       CASE WHEN age IS NULL THEN NULL WHEN age < 25 THEN '0-24' WHEN age < 40 THEN '25-39' ELSE '40+' END AS band,
       sex, count(*) AS people
FROM (SELECT * FROM per_role UNION ALL SELECT * FROM per_person)
GROUP BY ALL
