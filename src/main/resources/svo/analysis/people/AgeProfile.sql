-- Question: how old are the victims (or the suspects) of in-scope occurrences? By age group and period, by
--   age group and offence type, by single year of age (SNA 2025 §4.4 for victims, §4.6 for suspects).
-- Grain: one row per (tbl, period row, age group or single age, offence type) with a number of people:
--   tbl 'group'   age group × period row
--   tbl 'offence' age group × offence type × period row
--   tbl 'age'     single year of age × period row
--   A person counts once per period row: once in each span, once in the whole window. Their age is the age
--   recorded at their first occurrence in that period row that has one; NULL when none has. In the offence
--   rows a person counts once under each offence type they were involved in.
-- Reads: in_scope_person, in_scope (for the offence) and in_scope_span (see svo.analysis.InScope).
-- Parameters: 1 the label of the whole-period row (NULL for a period of one span); 2 roles VARCHAR[] (victim;
--   or suspect and offender); 3 the upper age of the first group (5 gives 0-5, 6-10, …); 4 the first age of the
--   open top group (66 gives 66+).
WITH period_row AS (
    -- each span is a row of its own; the whole period is one more when it has several spans
    SELECT span, label AS row_period, span AS row_order FROM in_scope_span
    UNION ALL
    SELECT s.span, w.label, 1000000 FROM in_scope_span s, (SELECT ?::VARCHAR AS label) w WHERE w.label IS NOT NULL
),
link AS MATERIALIZED (
    SELECT pr.row_period, pr.row_order, p.person_key, p.committed_from, p.age,
           -- the SNA reports robbery of business and of personal property apart (§4.4, §4.6)
           CASE o.offence WHEN 'robbery_business' THEN 'Robbery (Business)'
                          WHEN 'robbery_personal' THEN 'Robbery (Personal)'
                          ELSE p.offence_group END AS offence_type
    FROM in_scope_person p
    JOIN in_scope o ON o.occurrence_id = p.occurrence_id
    JOIN period_row pr ON pr.span = p.span
    WHERE list_contains(?::VARCHAR[], p.role)
),
grouping AS (
    SELECT ?::INTEGER AS first_upper, ?::INTEGER AS top
),
person_period AS (
    SELECT x.row_period, x.row_order, x.person_key, x.age,
           CASE WHEN x.age IS NULL THEN NULL
                WHEN x.age >= g.top THEN g.top
                WHEN x.age <= g.first_upper THEN 0
                ELSE g.first_upper + 1 + (x.age - g.first_upper - 1) // 5 * 5 END AS group_from
    FROM (SELECT row_period, row_order, person_key,
                 -- the first occurrence with a recorded age; the lower age when one moment gives two
                 arg_min(age, (committed_from, age)) FILTER (WHERE age IS NOT NULL) AS age
          FROM link
          GROUP BY row_period, row_order, person_key) x
    CROSS JOIN grouping g
)
SELECT 'group' AS tbl, row_order, row_period AS period, group_from, NULL::VARCHAR AS offence_type,
       NULL::INTEGER AS age, count(*) AS people
FROM person_period
GROUP BY row_order, row_period, group_from
UNION ALL
SELECT 'offence', o.row_order, o.row_period, pp.group_from, o.offence_type, NULL, count(*)
FROM (SELECT DISTINCT row_period, row_order, person_key, offence_type FROM link) o
JOIN person_period pp ON pp.row_period = o.row_period AND pp.person_key = o.person_key
GROUP BY o.row_order, o.row_period, pp.group_from, o.offence_type
UNION ALL
SELECT 'age', row_order, row_period, NULL, NULL, age, count(*)
FROM person_period
GROUP BY row_order, row_period, age
