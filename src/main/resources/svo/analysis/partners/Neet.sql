-- 16-17 year olds not in education, employment or training (SNA §19), by DfE year and authority.
-- Grain: one row per year and authority: the cohort known to the authority, NEET, activity not known (NULL when
-- no row of the year gave it). A year is in the period when the middle of its December to February falls in a span.
-- Parameters: the spans, then the area condition.
WITH spans AS ({spans})
SELECT n.year, n.la_name, coalesce(n.area, '') AS area_kind, sum(n.cohort) AS cohort, sum(n.neet) AS neet,
       CASE WHEN count(n.not_known) > 0 THEN sum(n.not_known) END AS not_known
FROM neet n
JOIN spans s ON n.period_start + CAST((n.period_end - n.period_start) / 2 AS INTEGER) >= s.start_day
            AND n.period_start + CAST((n.period_end - n.period_start) / 2 AS INTEGER) < s.end_day
WHERE {area}
GROUP BY ALL
