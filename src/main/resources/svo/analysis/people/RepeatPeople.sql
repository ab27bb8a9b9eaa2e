-- Question: how much of the in-scope violence involves the same victims, or the same suspects, again?
--   (SNA 2025 §4.4 repeat victims, §4.6 repeat suspects.)
-- Grain: one row per (span, cohort), cohort 'victims' or 'suspects' (suspects and offenders); span -1 is the
--   whole period:
--   occurrences          occurrences with at least one known person of the cohort
--   people               individual people (pseudonyms), each once
--   repeat_people        people with two or more occurrences in that span
--   repeat_occurrences   occurrences involving at least one repeat person
--   top_occurrences      the occurrence counts of the N people with the most, added up
--   Each span is a window of its own and the whole period is one more: a person with one occurrence in each
--   of two years is a repeat person of the whole period but of neither year. Rows are never summed.
-- How repeat_occurrences is counted: the repeat people's occurrences added up count an occurrence once per
--   repeat person in it; only occurrences with two or more person rows in a role can hold two, so those few
--   are looked at person by person and the surplus taken off.
-- Reads: in_scope_people, in_scope_occurrence_people (see PeopleTables) and in_scope_person.
-- Parameters: 1 N, the number of top people (25 in the SNA).
WITH people AS (
    SELECT span, 'victims' AS cohort, v_occ AS occ FROM in_scope_people WHERE v_occ > 0
    UNION ALL
    SELECT span, 'suspects', s_occ FROM in_scope_people WHERE s_occ > 0
),
per_people AS (
    SELECT span, cohort,
           count(*) AS people,
           count(*) FILTER (WHERE occ >= 2) AS repeat_people,
           coalesce(sum(occ) FILTER (WHERE occ >= 2), 0) AS repeat_person_occurrences,
           list_sum(max(occ, ?)) AS top_occurrences
    FROM people
    GROUP BY span, cohort
),
occurrences AS (
    SELECT coalesce(span, -1) AS span,
           count(*) FILTER (WHERE v_rows > 0) AS victims,
           count(*) FILTER (WHERE s_rows > 0) AS suspects
    FROM in_scope_occurrence_people
    GROUP BY GROUPING SETS ((span), ())
    HAVING count(*) > 0
),
multi_person AS (
    SELECT DISTINCT p.span, p.occ_row, CASE WHEN p.role = 'victim' THEN 'victims' ELSE 'suspects' END AS cohort,
           p.person_key
    FROM in_scope_person p
    WHERE p.occ_row IN (SELECT occ_row FROM in_scope_occurrence_people WHERE v_rows > 1 OR s_rows > 1)
),
repeat_in_occurrence AS (
    SELECT t.span, m.cohort, m.occ_row,
           count(*) FILTER (WHERE CASE WHEN m.cohort = 'victims' THEN t.v_occ ELSE t.s_occ END >= 2) AS r
    FROM multi_person m JOIN in_scope_people t ON t.person_key = m.person_key AND t.span = m.span
    GROUP BY t.span, m.cohort, m.occ_row
    UNION ALL
    SELECT t.span, m.cohort, m.occ_row,
           count(*) FILTER (WHERE CASE WHEN m.cohort = 'victims' THEN t.v_occ ELSE t.s_occ END >= 2)
    FROM multi_person m JOIN in_scope_people t ON t.person_key = m.person_key AND t.span = -1
    GROUP BY t.span, m.cohort, m.occ_row
),
surplus AS (
    SELECT span, cohort, sum(greatest(r - 1, 0)) AS n
    FROM repeat_in_occurrence
    GROUP BY span, cohort
)
SELECT p.span, p.cohort,
       CASE WHEN p.cohort = 'victims' THEN o.victims ELSE o.suspects END AS occurrences,
       p.people, p.repeat_people,
       p.repeat_person_occurrences - coalesce(s.n, 0) AS repeat_occurrences,
       p.top_occurrences
FROM per_people p
JOIN occurrences o ON o.span = p.span
LEFT JOIN surplus s ON s.span = p.span AND s.cohort = p.cohort
