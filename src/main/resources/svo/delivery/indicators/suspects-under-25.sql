-- Question: how many occurrences in scope had at least one suspect or offender aged under 25?
-- Grain:    one row: numerator, denominator (none: a count), available.
-- Reads:    in_scope, in_scope_person.
-- Parameters: none.
SELECT count(*) AS numerator, CAST(NULL AS BIGINT) AS denominator, true AS available
FROM in_scope o
WHERE EXISTS (SELECT 1 FROM in_scope_person p WHERE p.occurrence_id = o.occurrence_id
              AND p.role IN ('suspect', 'offender') AND p.age < 25)
