-- The located occurrences an analysis of places counts: those the definition includes, committed within a
-- span of the period (committed_from on or after the span's first day and before the day after its last),
-- in the scope's area. One row per occurrence; span_index orders the spans in time.
SELECT r.occurrence_id            AS record_id,
       s.span_index,
       s.span_label,
       CAST(r.committed_from AS DATE) AS day,
       r.committed_from           AS at,
       r.easting,
       r.northing,
       r.lsoa_code,
       r.ward_code,
       r.neighbourhood_code,
       r.district_code,
       r.nte_area_code,
       r.offence,
       r.location_type
FROM occurrence r
JOIN (VALUES {{spans}}) AS s(span_index, span_label, span_start, span_end)
  ON r.committed_from >= s.span_start AND r.committed_from < s.span_end
WHERE {{condition}}
  AND r.committed_from >= ? AND r.committed_from < ?
  {{area}}
