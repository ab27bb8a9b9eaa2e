-- Question: per month, district, offence type and age group of the youngest victim, how many occurrences does the
--           definition include? (the early warning's count cube; margins are added in Java)
-- Grain:    one row per month x district x offence type x age group that has occurrences. district is '' when the
--           occurrence is placed in no district; the age group is 'no victim age' when no victim's age is recorded
--           (possession of weapons has no victim).
-- Reads:    occurrence, person.
-- Splices:  {definition}: Definition.sqlCondition() of the definition the control counts under.
-- Parameters: 1 = first moment counted, 2 = first moment after the last month.
WITH occ AS (
    SELECT occurrence_id, CAST(date_trunc('month', committed_from) AS DATE) AS month,
           coalesce(district_code, '') AS district, offence_group
    FROM occurrence
    WHERE {definition} AND committed_from >= ? AND committed_from < ?
), youngest AS (
    SELECT p.occurrence_id, min(p.age) AS age
    FROM person p
    WHERE p.role = 'victim' AND p.age IS NOT NULL AND p.occurrence_id IN (SELECT occurrence_id FROM occ)
    GROUP BY p.occurrence_id
)
SELECT o.month, o.district, o.offence_group,
       CASE WHEN y.age IS NULL THEN 'no victim age' WHEN y.age < 18 THEN '0-17' WHEN y.age < 25 THEN '18-24' ELSE '25+' END AS age_group,
       count(*) AS occurrences
FROM occ o
LEFT JOIN youngest y USING (occurrence_id)
GROUP BY ALL
