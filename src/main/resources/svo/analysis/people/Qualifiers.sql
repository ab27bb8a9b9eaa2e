-- Question: what share of in-scope occurrences carried an alcohol and/or a drugs qualifier, by offence type
--   and year, and how many carried no qualifier at all? (SNA 2025 §6.)
-- Grain: one row per (span, offence type), and per span for all offence types together (offence_type NULL);
--   span -1 is the whole period. Counts of occurrences: all, with alcohol, with drugs, with alcohol or drugs
--   (each occurrence once), with both, and with none of the five qualifiers (alcohol, drugs, youth, mental
--   health, night-time economy). Qualifiers are optional for officers, so the shares are lower bounds.
-- Reads: in_scope (svo.analysis.InScope).
-- Parameters: none.
SELECT coalesce(span, -1) AS span, offence_type,
       count(*) AS occurrences,
       count(*) FILTER (WHERE q_alcohol) AS alcohol,
       count(*) FILTER (WHERE q_drugs) AS drugs,
       count(*) FILTER (WHERE q_alcohol OR q_drugs) AS alcohol_or_drugs,
       count(*) FILTER (WHERE q_alcohol AND q_drugs) AS alcohol_and_drugs,
       count(*) FILTER (WHERE NOT (q_alcohol OR q_drugs OR q_youth OR q_mental_health OR q_nte)) AS no_qualifier
FROM (SELECT *,
             -- the SNA reports robbery of business and of personal property apart (§4.4, §4.6, §6)
             CASE offence WHEN 'robbery_business' THEN 'Robbery (Business)'
                          WHEN 'robbery_personal' THEN 'Robbery (Personal)'
                          ELSE offence_group END AS offence_type
      FROM in_scope)
GROUP BY GROUPING SETS ((span, offence_type), (span), (offence_type), ())
HAVING count(*) > 0
