-- Children's social care (SNA §18.1): referrals, child protection plans, admissions to care, care leavers, and
-- referral outcomes, by financial year, authority, measure, outcome and sex.
-- Grain: one row per year, authority, measure, outcome and sex as imported ('all' rows kept apart from the rows
-- for each sex, never added to them). A year is in the period when its middle (1 October) falls in a span.
-- Parameters: the spans, then the area condition.
WITH spans AS ({spans})
SELECT c.year, c.period_start, c.la_name, c.measure, c.outcome, c.sex, sum(c.count) AS n
FROM social_care c
JOIN spans s ON CAST(c.period_start + INTERVAL 6 MONTH AS DATE) >= s.start_day
            AND CAST(c.period_start + INTERVAL 6 MONTH AS DATE) < s.end_day
WHERE {area}
GROUP BY ALL
