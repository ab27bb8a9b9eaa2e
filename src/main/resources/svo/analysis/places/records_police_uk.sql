-- The police.uk street-level crimes an analysis of places counts: those of the chosen crime types whose
-- month falls within a span of the period, in the scope's area. police.uk has the month only, so `at` and
-- `location_type` are NULL and `day` is the first of the month.
SELECT coalesce(r.crime_id, 'line-' || r.batch_id || '-' || r.line) AS record_id,
       s.span_index,
       s.span_label,
       r.month                    AS day,
       CAST(NULL AS TIMESTAMP)    AS at,
       r.easting,
       r.northing,
       r.lsoa_code,
       r.ward_code,
       r.neighbourhood_code,
       r.district_code,
       r.nte_area_code,
       r.crime_type               AS offence,
       CAST(NULL AS VARCHAR)      AS location_type
FROM police_uk_crime r
JOIN (VALUES {{spans}}) AS s(span_index, span_label, span_start, span_end)
  ON r.month >= s.span_start AND r.month < s.span_end
WHERE {{condition}}
  AND r.month >= ? AND r.month < ?
  {{area}}
