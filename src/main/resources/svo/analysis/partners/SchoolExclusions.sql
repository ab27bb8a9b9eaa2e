-- Permanent exclusions and suspensions (SNA §17 schools) by academic year, authority, type, phase and reason.
-- Grain: one row per academic year, authority, area, type, phase and reason, with the exclusions (events and
-- aggregate counts added up). An academic year is in the period when its middle (1 March) falls in a span.
-- Parameters: the spans, then the area condition.
WITH spans AS ({spans})
SELECT x.academic_year, x.year_start, x.la_name, coalesce(x.area, '') AS area, x.exclusion_type, x.phase, x.reason,
       sum(x.count) AS exclusions
FROM school_exclusion x
JOIN spans s ON CAST(x.year_start + INTERVAL 6 MONTH AS DATE) >= s.start_day
            AND CAST(x.year_start + INTERVAL 6 MONTH AS DATE) < s.end_day
WHERE {area}
GROUP BY ALL
