-- Question: how many in-scope occurrences involved a suspect who carries a warning marker, by marker type?
--   (SNA 2025 §4.6.)
-- Grain: one row per (period row, marker type) with a number of occurrences n. Besides the marker types:
--   '*any'      occurrences with at least one marked suspect (each once, whatever the types)
--   '*suspect'  occurrences with a known suspect
--   '*all'      in-scope occurrences
--   An occurrence counts once under each marker type any of its suspects (or offenders) carries.
-- Parameters: the in-scope parameters; which markers count: 'any' (every marker on the person, as the SNA) or
--   'at-offence' (markers set on or before the day of the occurrence; markers with no date count).
WITH {{in_scope}},
suspect AS MATERIALIZED (
    SELECT DISTINCT pr.row_period, pr.row_order, s.occurrence_id, s.committed_from, p.person_key
    FROM person p
    JOIN scoped s USING (occurrence_id)
    JOIN period_row pr ON pr.period = s.period
    WHERE p.role <> 'victim'
),
flagged AS (
    SELECT DISTINCT x.row_period, x.row_order, x.occurrence_id, w.marker_type
    FROM suspect x
    JOIN warning_marker w ON w.person_key = x.person_key
    CROSS JOIN (SELECT ?::VARCHAR AS timing) param
    WHERE param.timing = 'any' OR w.date_set IS NULL OR w.date_set <= x.committed_from::DATE
)
SELECT row_order, row_period AS period, marker_type, count(*) AS n
FROM flagged
GROUP BY row_order, row_period, marker_type
UNION ALL
SELECT row_order, row_period, '*any', count(DISTINCT occurrence_id)
FROM flagged
GROUP BY row_order, row_period
UNION ALL
SELECT row_order, row_period, '*suspect', count(DISTINCT occurrence_id)
FROM suspect
GROUP BY row_order, row_period
UNION ALL
SELECT pr.row_order, pr.row_period, '*all', count(*)
FROM scoped s
JOIN period_row pr ON pr.period = s.period
GROUP BY pr.row_order, pr.row_period
