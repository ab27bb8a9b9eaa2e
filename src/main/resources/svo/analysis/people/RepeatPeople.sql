-- Question: how much of the in-scope violence involves the same victims, or the same suspects, again?
--   (SNA 2025 §4.4 repeat victims, §4.6 repeat suspects.)
-- Grain: one row per (cohort, period row), cohort 'victims' or 'suspects' (suspects and offenders):
--   occurrences          occurrences with at least one known person of the cohort
--   people               individual people (pseudonyms), each once
--   repeat_people        people with two or more occurrences in that period row
--   repeat_occurrences   occurrences involving at least one repeat person
--   top_occurrences      the occurrence counts of the N people with the most, added up
--   Each span is a window of its own and the whole period is one more: a person with one occurrence in each
--   of two years is a repeat person of the whole period but of neither year. Rows are never summed.
-- Reads: in_scope_person (the scope's people, see svo.analysis.InScope) and in_scope_span.
-- Parameters: 1 the label of the whole-period row (NULL for a period of one span); 2 N, the number of top
--   people (25 in the SNA).
WITH period_row AS (
    -- each span is a row of its own; the whole period is one more when it has several spans
    SELECT span, label AS row_period, span AS row_order FROM in_scope_span
    UNION ALL
    SELECT s.span, w.label, 1000000 FROM in_scope_span s, (SELECT ?::VARCHAR AS label) w WHERE w.label IS NOT NULL
),
link AS MATERIALIZED (
    SELECT DISTINCT CASE WHEN p.role = 'victim' THEN 'victims' ELSE 'suspects' END AS cohort,
           pr.row_period, pr.row_order, p.occurrence_id, p.person_key
    FROM in_scope_person p
    JOIN period_row pr ON pr.span = p.span
),
per_person AS (
    SELECT cohort, row_period, person_key, count(*) AS occurrences
    FROM link
    GROUP BY cohort, row_period, person_key
),
per_occurrence AS (
    SELECT l.cohort, l.row_period, l.row_order, l.occurrence_id, max(pp.occurrences) >= 2 AS has_repeat
    FROM link l
    JOIN per_person pp ON pp.cohort = l.cohort AND pp.row_period = l.row_period AND pp.person_key = l.person_key
    GROUP BY l.cohort, l.row_period, l.row_order, l.occurrence_id
),
top_people AS (
    SELECT cohort, row_period, sum(occurrences)::BIGINT AS top_occurrences
    FROM (SELECT cohort, row_period, occurrences,
                 row_number() OVER (PARTITION BY cohort, row_period ORDER BY occurrences DESC) AS rank
          FROM per_person)
    WHERE rank <= ?
    GROUP BY cohort, row_period
)
SELECT o.cohort, o.row_order, o.row_period AS period, o.occurrences, p.people, p.repeat_people,
       o.repeat_occurrences, t.top_occurrences
FROM (SELECT cohort, row_period, row_order, count(*) AS occurrences,
             count(*) FILTER (WHERE has_repeat) AS repeat_occurrences
      FROM per_occurrence
      GROUP BY cohort, row_period, row_order) o
JOIN (SELECT cohort, row_period, count(*) AS people,
             count(*) FILTER (WHERE occurrences >= 2) AS repeat_people
      FROM per_person
      GROUP BY cohort, row_period) p ON p.cohort = o.cohort AND p.row_period = o.row_period
JOIN top_people t ON t.cohort = o.cohort AND t.row_period = o.row_period
