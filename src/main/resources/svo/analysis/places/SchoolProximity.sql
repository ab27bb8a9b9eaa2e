-- Question: how many offences in scope had at least one victim of school age, and which of them happened in
-- the school-day window at a kind of place that can count (an education establishment, or a place type
-- allowed as "nearby")? The distance test is done in Java over a spatial index of the schools.
-- Grain: rows of kind 0 = one per span, with the number of offences with a school-age victim; rows of kind 1 =
-- one per candidate offence, with its day of week (ISO, 1 = Monday), second of the day, coordinates, place type
-- and district. An occurrence counts once however many school-age victims it has.
-- Parameters: ? = youngest age, ? = oldest age (both included); {{window}} = the days and hours (both ends of
-- the hours included); {{places}} = the place types that can count.
WITH records AS ({{records}}),
     school_age AS MATERIALIZED (
         SELECT r.span_index, r.span_label, r.at, r.easting, r.northing, r.location_type, r.district_code
         FROM records r
         WHERE EXISTS (SELECT 1 FROM person p
                       WHERE p.occurrence_id = r.record_id AND p.role = 'victim' AND p.age BETWEEN ? AND ?)),
     candidates AS (
         SELECT s.*,
                isodow(s.at)                                               AS dow,
                hour(s.at) * 3600 + minute(s.at) * 60 + second(s.at)       AS second_of_day
         FROM school_age s)
SELECT 0 AS row_kind, span_index, any_value(span_label), count(*), NULL, NULL, NULL, NULL, NULL, NULL
FROM school_age
GROUP BY span_index
UNION ALL
SELECT 1, c.span_index, c.span_label, NULL, c.dow, c.second_of_day, c.easting, c.northing, c.location_type,
       coalesce(d.name, c.district_code, 'Unknown district')
FROM candidates c
LEFT JOIN area d ON d.level = 'district' AND d.code = c.district_code
WHERE {{window}} AND {{places}}
