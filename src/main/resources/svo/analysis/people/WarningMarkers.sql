-- Question: how many in-scope occurrences involved a suspect who carries a warning marker, by marker type?
--   (SNA 2025 §4.6.)
-- Grain: one row per (span, marker type) with a number of occurrences n; span -1 is the whole period (the sum of
--   the spans: an occurrence is in one). Besides the marker types:
--   '*any'      occurrences with at least one marked suspect (each once, whatever the types)
--   '*suspect'  occurrences with a known suspect
--   '*all'      in-scope occurrences
--   An occurrence counts once under each marker type any of its suspects (or offenders) carries.
-- Reads: in_scope, in_scope_person (svo.analysis.InScope), in_scope_occurrence_people (PeopleTables);
--   warning_marker.
-- Parameters: 1 which markers count: 'any' (every marker on the person, as the SNA) or 'at-offence' (markers
--   set on or before the day of the occurrence; markers with no date count).
WITH flagged AS (
    SELECT DISTINCT p.span, p.occ_row, w.marker_type
    FROM in_scope_person p
    JOIN warning_marker w ON w.person_key = p.person_key
    CROSS JOIN (SELECT ?::VARCHAR AS timing) param
    WHERE p.role <> 'victim'
      AND (param.timing = 'any' OR w.date_set IS NULL OR w.date_set <= p.committed_from::DATE)
)
SELECT coalesce(span, -1) AS span, marker_type, count(*) AS n
FROM flagged
GROUP BY GROUPING SETS ((span, marker_type), (marker_type))
UNION ALL
SELECT coalesce(span, -1), '*any', count(DISTINCT occ_row)
FROM flagged
GROUP BY GROUPING SETS ((span), ())
HAVING count(*) > 0
UNION ALL
SELECT coalesce(span, -1), '*suspect', count(*) FILTER (WHERE s_rows > 0)
FROM in_scope_occurrence_people
GROUP BY GROUPING SETS ((span), ())
HAVING count(*) > 0
UNION ALL
SELECT coalesce(span, -1), '*all', count(*)
FROM in_scope
GROUP BY GROUPING SETS ((span), ())
HAVING count(*) > 0
