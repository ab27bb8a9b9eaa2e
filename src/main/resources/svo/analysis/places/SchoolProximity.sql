-- Question: which offences in scope had at least one victim of school age, and when and where were they?
-- Grain: one row per occurrence with at least one victim whose age is from the youngest to the oldest age,
-- both included; an occurrence counts once however many such victims it has.
-- Parameters: ? = youngest age, ? = oldest age.
WITH records AS ({{records}})
SELECT r.record_id,
       r.span_index,
       r.span_label,
       r.at,
       r.easting,
       r.northing,
       r.location_type,
       coalesce(d.name, r.district_code, 'Unknown district') AS district
FROM records r
LEFT JOIN area d ON d.level = 'district' AND d.code = r.district_code
WHERE EXISTS (SELECT 1 FROM person p
              WHERE p.occurrence_id = r.record_id AND p.role = 'victim' AND p.age BETWEEN ? AND ?)
ORDER BY r.span_index, r.record_id
