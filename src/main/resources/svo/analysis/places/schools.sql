-- Question: where are the schools?
-- Grain: one row per school with coordinates (schools without coordinates cannot be near anything).
-- {{phase_filter}} optionally limits the phases of education.
SELECT s.urn,
       s.name,
       s.phase,
       s.easting,
       s.northing,
       coalesce(d.name, s.district_code, s.la_name) AS district
FROM school s
LEFT JOIN area d ON d.level = 'district' AND d.code = s.district_code
WHERE s.easting IS NOT NULL AND s.northing IS NOT NULL {{phase_filter}}
ORDER BY s.urn
