-- Question: how many in-scope occurrences involved a suspect who carries a warning marker, by marker type?
--   (SNA 2025 §4.6.)
-- Grain: one row per (period row, marker type) with a number of occurrences n. Besides the marker types:
--   '*any'      occurrences with at least one marked suspect (each once, whatever the types)
--   '*suspect'  occurrences with a known suspect
--   '*all'      in-scope occurrences
--   An occurrence counts once under each marker type any of its suspects (or offenders) carries.
-- Reads: in_scope, in_scope_person and in_scope_span (the scope, see svo.analysis.InScope); warning_marker.
-- Parameters: 1 the label of the whole-period row (NULL for a period of one span); 2 which markers count:
--   'any' (every marker on the person, as the SNA) or 'at-offence' (markers set on or before the day of the
--   occurrence; markers with no date count).
WITH period_row AS (
    -- each span is a row of its own; the whole period is one more when it has several spans
    SELECT span, label AS row_period, span AS row_order FROM in_scope_span
    UNION ALL
    SELECT s.span, w.label, 1000000 FROM in_scope_span s, (SELECT ?::VARCHAR AS label) w WHERE w.label IS NOT NULL
),
suspect AS MATERIALIZED (
    SELECT DISTINCT pr.row_period, pr.row_order, p.occurrence_id, p.committed_from, p.person_key
    FROM in_scope_person p
    JOIN period_row pr ON pr.span = p.span
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
FROM in_scope o
JOIN period_row pr ON pr.span = o.span
GROUP BY pr.row_order, pr.row_period
