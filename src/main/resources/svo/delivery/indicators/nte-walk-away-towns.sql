-- Question: how many occurrences in scope happened between 18:00 and 06:00 in the night-time economy areas of the
--           Walk Away campaign's towns (the four areas named by the parameters)?
-- Grain:    one row: numerator, denominator (none: a count), available (false when none of the named NTE areas
--           is loaded, so the figure cannot be computed).
-- Reads:    in_scope, occurrence_all (for the NTE area code, which in_scope leaves out; joined by its row number),
--           area.
-- Parameters: 1-4 and 5-8: the NTE area names, lower case (twice: for the availability check and for the count).
WITH towns AS (SELECT code FROM area WHERE level = 'nte' AND lower(name) IN (?, ?, ?, ?))
SELECT count(*) AS numerator, CAST(NULL AS BIGINT) AS denominator,
       (SELECT count(*) FROM area WHERE level = 'nte' AND lower(name) IN (?, ?, ?, ?)) > 0 AS available
FROM in_scope o
JOIN occurrence_all a ON a.rowid = o.occ_row
WHERE a.nte_area_code IN (SELECT code FROM towns)
  AND (hour(o.committed_from) >= 18 OR hour(o.committed_from) < 6)
