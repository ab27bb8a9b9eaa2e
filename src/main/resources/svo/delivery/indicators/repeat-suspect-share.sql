-- Question: of the occurrences in scope with a known suspect, how many involved a repeat suspect: a suspect or
--           offender in two or more of the window's occurrences? (the SNA's "% of occurrences for repeat people", §4.6)
-- Grain:    one row: numerator, denominator, available.
-- Reads:    in_scope_person.
-- Parameters: none.
WITH suspects AS (
    SELECT DISTINCT occurrence_id, person_key FROM in_scope_person WHERE role IN ('suspect', 'offender')
), repeaters AS (
    SELECT person_key FROM suspects GROUP BY person_key HAVING count(*) >= 2
), occurrences AS (
    SELECT s.occurrence_id, bool_or(r.person_key IS NOT NULL) AS repeat
    FROM suspects s LEFT JOIN repeaters r USING (person_key)
    GROUP BY s.occurrence_id
)
SELECT count(*) FILTER (WHERE repeat) AS numerator, count(*) AS denominator, true AS available FROM occurrences
