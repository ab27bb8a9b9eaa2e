-- Question: what share of in-scope occurrences carried an alcohol and/or a drugs qualifier, by offence type
--   and year, and how many carried no qualifier at all? (SNA 2025 §6.)
-- Grain: one row per (period row, offence type) and one per period row for all offence types together
--   (offence_type NULL), with counts of occurrences: all, with alcohol, with drugs, with alcohol or drugs (each
--   occurrence once), with both, and with none of the five qualifiers (alcohol, drugs, youth, mental health,
--   night-time economy). Qualifiers are optional for officers, so the shares are lower bounds.
-- Reads: in_scope (the scope's occurrences, see svo.analysis.InScope) and in_scope_span.
-- Parameters: 1 the label of the whole-period row (NULL for a period of one span).
WITH period_row AS (
    -- each span is a row of its own; the whole period is one more when it has several spans
    SELECT span, label AS row_period, span AS row_order FROM in_scope_span
    UNION ALL
    SELECT s.span, w.label, 1000000 FROM in_scope_span s, (SELECT ?::VARCHAR AS label) w WHERE w.label IS NOT NULL
)
SELECT pr.row_order, pr.row_period AS period,
       CASE s.offence WHEN 'robbery_business' THEN 'Robbery (Business)'
                      WHEN 'robbery_personal' THEN 'Robbery (Personal)'
                      ELSE s.offence_group END AS offence_type,
       count(*) AS occurrences,
       count(*) FILTER (WHERE s.q_alcohol) AS alcohol,
       count(*) FILTER (WHERE s.q_drugs) AS drugs,
       count(*) FILTER (WHERE s.q_alcohol OR s.q_drugs) AS alcohol_or_drugs,
       count(*) FILTER (WHERE s.q_alcohol AND s.q_drugs) AS alcohol_and_drugs,
       count(*) FILTER (WHERE NOT (s.q_alcohol OR s.q_drugs OR s.q_youth OR s.q_mental_health OR s.q_nte)) AS no_qualifier
FROM in_scope s
JOIN period_row pr ON pr.span = s.span
GROUP BY GROUPING SETS ((pr.row_order, pr.row_period, offence_type), (pr.row_order, pr.row_period))
