-- Question: how many occurrences were committed in each calendar month of the period? (SNA 2025 §4.3 line
--           chart; §1.1 "around 200 offences per month", peak July 2023)
-- Grain:    one row per calendar month that has occurrences (months with none are filled in by Monthly.java).
-- Reads:    in_scope (see InScope). An occurrence is placed by the month of committed_from.
-- Parameters: none.
SELECT CAST(date_trunc('month', committed_from) AS DATE) AS month, count(*) AS occurrences
FROM in_scope
GROUP BY 1
ORDER BY 1
