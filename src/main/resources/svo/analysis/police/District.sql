-- Question: how many occurrences were there in each district in each period? (SNA 2025 §4.2; PA report May
--           2026 §3.3 with rates per 1,000 population)
-- Grain:    one row per district code (null when the occurrence has no district) and span.
-- Reads:    in_scope (see InScope). The district is the occurrence's district_code (given, or derived from
--           its coordinates at import).
-- Parameters: none.
SELECT district_code, span, count(*) AS occurrences
FROM in_scope
GROUP BY district_code, span
