-- Question: how many offences of the night-time economy (NTE) types happened in NTE areas at night?
-- Grain: one row per span, offence type and district with at least one such offence.
-- An offence is in an NTE area when it has an nte_area_code (point in an NTE polygon); {{hours}} keeps
-- committed-from times of day from the start (included) to the end (excluded), over midnight.
-- {{type}} maps offence codes to the SNA's NTE offence types (police.uk: the crime type as published).
WITH records AS ({{records}})
SELECT r.span_index,
       r.span_label,
       {{type}}                                              AS offence_type,
       coalesce(r.district_code, 'unknown')                  AS district_code,
       coalesce(d.name, r.district_code, 'Unknown district') AS district,
       count(*)                                              AS offences
FROM records r
LEFT JOIN area d ON d.level = 'district' AND d.code = r.district_code
WHERE r.nte_area_code IS NOT NULL {{hours}}
GROUP BY ALL
ORDER BY r.span_index, offence_type, district
