-- Question: where and when was each record in scope?
-- Grain: one row per record in scope; easting/northing NULL when it has no location.
WITH records AS ({{records}})
SELECT record_id, span_index, day, easting, northing
FROM records
ORDER BY span_index, day, record_id
