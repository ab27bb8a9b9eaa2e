-- Question: how were suspects related to their victims, each year and in each district, and how do the ages
--   of the victims and suspects of one occurrence compare? (SNA 2025 §4.5.)
-- Grain: one row per (tbl, period row, …) with a count n:
--   tbl 'year'      (period row, relationship): occurrences with a suspect recorded in that relationship
--   tbl 'district'  (period row, district, relationship): the same, by the district of the occurrence
--   tbl 'missing'   (period row): occurrences with a suspect but no relationship recorded for any of them
--   tbl 'ages'      (period row, victim age group, suspect age group): victim-suspect pairs of one occurrence,
--                   both ages recorded, a person never paired with themselves
--   An occurrence counts once under each different relationship its suspects have (usually one). Relationship
--   is recorded on the suspect: "the suspect's relationship to the victim". Age groups: 0, 10, 20, 30, 40 (+).
-- Reads: in_scope_person and in_scope_span (see svo.analysis.InScope); area for district names.
-- Parameters: 1 the label of the whole-period row (NULL for a period of one span).
WITH period_row AS (
    -- each span is a row of its own; the whole period is one more when it has several spans
    SELECT span, label AS row_period, span AS row_order FROM in_scope_span
    UNION ALL
    SELECT s.span, w.label, 1000000 FROM in_scope_span s, (SELECT ?::VARCHAR AS label) w WHERE w.label IS NOT NULL
),
link AS MATERIALIZED (
    SELECT pr.row_period, pr.row_order, p.occurrence_id, coalesce(a.name, p.district_code) AS district, p.person_key,
           p.role = 'victim' AS is_victim, p.age, p.relationship
    FROM in_scope_person p
    JOIN period_row pr ON pr.span = p.span
    LEFT JOIN area a ON a.level = 'district' AND a.code = p.district_code
),
rel AS (
    SELECT DISTINCT row_period, row_order, occurrence_id, district, relationship
    FROM link
    WHERE NOT is_victim
),
pairs AS (
    SELECT v.row_period, v.row_order, v.occurrence_id, v.person_key AS victim, s.person_key AS suspect,
           least(min(v.age), 40) // 10 * 10 AS victim_group, least(min(s.age), 40) // 10 * 10 AS suspect_group
    FROM link v
    JOIN link s ON s.row_period = v.row_period AND s.occurrence_id = v.occurrence_id AND NOT s.is_victim
               AND s.person_key <> v.person_key
    WHERE v.is_victim AND v.age IS NOT NULL AND s.age IS NOT NULL
    GROUP BY v.row_period, v.row_order, v.occurrence_id, v.person_key, s.person_key
)
SELECT 'year' AS tbl, row_order, row_period AS period, relationship, NULL::VARCHAR AS district,
       NULL::INTEGER AS victim_group, NULL::INTEGER AS suspect_group, count(*) AS n
FROM rel WHERE relationship IS NOT NULL
GROUP BY row_order, row_period, relationship
UNION ALL
SELECT 'district', row_order, row_period, relationship, district, NULL, NULL, count(*)
FROM rel WHERE relationship IS NOT NULL
GROUP BY row_order, row_period, relationship, district
UNION ALL
SELECT 'missing', row_order, row_period, NULL, NULL, NULL, NULL, count(*)
FROM (SELECT row_order, row_period, occurrence_id FROM rel
      GROUP BY row_order, row_period, occurrence_id
      HAVING count(relationship) = 0)
GROUP BY row_order, row_period
UNION ALL
SELECT 'ages', row_order, row_period, NULL, NULL, victim_group, suspect_group, count(*)
FROM pairs
GROUP BY row_order, row_period, victim_group, suspect_group
