-- Question: per period, in how many searches for the object was it found, by age band of the person searched?
--           (SNA 2025 §10, "Offensive weapon found by age group")
-- Grain:    one row per span and age band (null when not recorded).
-- Reads:    the stop_search view; bands as recorded (the police.uk bands under 10, 10-17, 18-24, 25-34, over 34).
-- Splices:  {span}, {period}, {area} as in StopSearch.sql.
-- Parameters: the span bounds, the object of search (lower case), the period bounds, the area.
SELECT {span} AS span, age_band, count(*) AS found
FROM stop_search
WHERE lower(object_of_search) = ? AND object_found AND {period} AND {area}
GROUP BY 1, 2
