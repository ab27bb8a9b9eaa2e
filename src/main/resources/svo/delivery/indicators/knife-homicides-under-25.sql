-- Question: how many homicides in scope had a victim aged under 25? (Home Office VRU success measure; run under
--           ho-knife-crime, so every one involved a knife or sharp instrument)
-- Grain:    one row: numerator, denominator (none: a count), available.
-- Reads:    in_scope, in_scope_person.
-- Parameters: none.
SELECT count(*) AS numerator, CAST(NULL AS BIGINT) AS denominator, true AS available
FROM in_scope o
WHERE o.offence_group = 'Homicide'
  AND EXISTS (SELECT 1 FROM in_scope_person p WHERE p.occurrence_id = o.occurrence_id AND p.role = 'victim' AND p.age < 25)
