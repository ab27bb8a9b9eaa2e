-- Question: what share of in-scope occurrences carried an alcohol and/or a drugs qualifier, by offence type
--   and year, and how many carried no qualifier at all? (SNA 2025 §6.)
-- Grain: one row per (period row, offence type) and one per period row for all offence types together
--   (offence_type NULL), with counts of occurrences: all, with alcohol, with drugs, with alcohol or drugs (each
--   occurrence once), with both, and with none of the five qualifiers (alcohol, drugs, youth, mental health,
--   night-time economy). Qualifiers are optional for officers, so the shares are lower bounds.
-- Parameters: the in-scope parameters only.
WITH {{in_scope}}
SELECT pr.row_order, pr.row_period AS period, s.offence_type,
       count(*) AS occurrences,
       count(*) FILTER (WHERE s.q_alcohol) AS alcohol,
       count(*) FILTER (WHERE s.q_drugs) AS drugs,
       count(*) FILTER (WHERE s.q_alcohol OR s.q_drugs) AS alcohol_or_drugs,
       count(*) FILTER (WHERE s.q_alcohol AND s.q_drugs) AS alcohol_and_drugs,
       count(*) FILTER (WHERE NOT (s.q_alcohol OR s.q_drugs OR s.q_youth OR s.q_mental_health OR s.q_nte)) AS no_qualifier
FROM scoped s
JOIN period_row pr ON pr.period = s.period
GROUP BY GROUPING SETS ((pr.row_order, pr.row_period, s.offence_type), (pr.row_order, pr.row_period))
