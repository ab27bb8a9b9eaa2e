-- Question: which "other outcome" types closed the most occurrences, per period? (SNA 2025 §11, top five)
-- Grain:    one row per outcome type (as recorded) and span, for occurrences whose category is "other".
-- Reads:    in_scope (see InScope).
-- Parameters: none.
SELECT outcome, span, count(*) AS occurrences
FROM in_scope
WHERE outcome_category = 'other' AND outcome IS NOT NULL
GROUP BY outcome, span
