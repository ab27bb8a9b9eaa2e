-- Question (police.uk): which crimes of the chosen types were located, and where? police.uk has no day,
-- time or victim age, so only the spatial part of the school-proximity analysis can be computed.
-- Grain: one row per crime in scope.
WITH records AS ({{records}})
SELECT r.record_id,
       r.span_index,
       r.span_label,
       r.easting,
       r.northing,
       coalesce(d.name, r.district_code, 'Unknown district') AS district
FROM records r
LEFT JOIN area d ON d.level = 'district' AND d.code = r.district_code
ORDER BY r.span_index, r.record_id
