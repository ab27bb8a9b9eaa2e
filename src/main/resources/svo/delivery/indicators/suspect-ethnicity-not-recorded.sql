-- Question: of the suspects and offenders in the occurrences in scope (one per person and occurrence), what share
--           have no self-defined ethnicity recorded? (SNA §4.6: "31% not recorded")
-- Grain:    one row: numerator, denominator, available.
-- Reads:    in_scope_person.
-- Parameters: none.
WITH s AS (
    SELECT occurrence_id, person_key, max(ethnicity) AS ethnicity
    FROM in_scope_person WHERE role IN ('suspect', 'offender') GROUP BY ALL
)
SELECT count(*) FILTER (WHERE ethnicity IS NULL OR ethnicity = 'not_recorded') AS numerator, count(*) AS denominator,
       true AS available
FROM s
