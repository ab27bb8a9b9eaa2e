-- Emergency-department assault attendances (SNA §13): how many, when they arrive, who, how, where.
-- Grain: one row per tally and key: tally 'year' (k1 = span), 'month' (k1 = YYYY-MM), 'timing' (k1 = arrived
-- Friday to Sunday, k2 = arrived 18:00-03:59), 'age' (k1 = age, k2 = age band as supplied, k3 = under 18),
-- 'method' (k1 = under 18, k2 = primary method, k3 = detailed method), 'location' (k1 = under 18, k2 = category).
-- An attendance is placed by its arrival date-time. Parameters: the spans, then the area and hospital conditions.
WITH spans AS ({spans}),
ed AS (
    SELECT e.hospital_code, s.span, e.arrival, e.age, e.age_band, e.under_18, e.primary_method, e.assault_method,
           coalesce(e.location_category, 'not_known') AS location
    FROM ed_attendance e
    JOIN spans s ON e.arrival >= s.start_day AND e.arrival < s.end_day
    WHERE {area} AND {hospital}
)
SELECT 'year' AS tally, hospital_code, CAST(span AS VARCHAR) AS k1, NULL AS k2, NULL AS k3, count(*) AS n
FROM ed GROUP BY hospital_code, span
UNION ALL
SELECT 'month', hospital_code, strftime(arrival, '%Y-%m'), NULL, NULL, count(*)
FROM ed GROUP BY hospital_code, strftime(arrival, '%Y-%m')
UNION ALL
SELECT 'timing', hospital_code, CAST(isodow(arrival) >= 5 AS VARCHAR), CAST(hour(arrival) >= 18 OR hour(arrival) < 4 AS VARCHAR),
       NULL, count(*)
FROM ed GROUP BY ALL
UNION ALL
SELECT 'age', hospital_code, CAST(age AS VARCHAR), age_band, CAST(under_18 AS VARCHAR), count(*)
FROM ed GROUP BY ALL
UNION ALL
SELECT 'method', hospital_code, CAST(under_18 AS VARCHAR), primary_method, assault_method, count(*)
FROM ed GROUP BY ALL
UNION ALL
SELECT 'location', hospital_code, CAST(under_18 AS VARCHAR), location, NULL, count(*)
FROM ed GROUP BY ALL
