-- Question: how many assault attendances at emergency departments in the span were for an assault with a knife or
--           another bladed or sharp object, with a patient aged under 25? (Home Office VRU success measure: hospital
--           admissions for assault with a knife or sharp object, victims under 25; ED attendances are the partnership's
--           measure of it, from the Cardiff Model / ISTV data)
-- Grain:    one row: numerator, denominator (none: a count), available.
-- Reads:    ed_attendance (partner data: docs/datasets/ed-attendances.md).
-- Rules:    the span is the arrival time; under 25 is a single age under 25, or an age band wholly under 25 (e.g. 18-24,
--           under 18) when no single age is given. Available only when the loaded attendances cover the span: the
--           first arrival within the span's first month or before it, the last within its last month or after it
--           (an empty ed_attendance, or one covering only part of the 12 months, is "not loaded", never a count of 0
--           that the board would read as a fall).
-- Parameters: 1 = span start, 2 = span end (exclusive).
WITH span AS (SELECT CAST(? AS TIMESTAMP) AS s, CAST(? AS TIMESTAMP) AS e),
cover AS (SELECT min(arrival) AS first_arrival, max(arrival) AS last_arrival FROM ed_attendance)
SELECT (SELECT count(*)
        FROM ed_attendance
        WHERE assault_method IN ('knife', 'other_bladed')
          AND arrival >= span.s AND arrival < span.e
          AND (age < 25
               OR (age IS NULL AND (coalesce(under_18, false)
                                    OR lower(trim(age_band)) IN ('under 18', 'under 25')
                                    OR TRY_CAST(regexp_extract(age_band, '^\s*\d+\s*-\s*(\d+)\s*$', 1) AS INTEGER) < 25)))
       ) AS numerator,
       CAST(NULL AS BIGINT) AS denominator,
       coalesce(cover.first_arrival < span.s + INTERVAL 1 MONTH AND cover.last_arrival >= span.e - INTERVAL 1 MONTH, false) AS available
FROM span, cover
