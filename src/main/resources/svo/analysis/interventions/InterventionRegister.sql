-- Question: which interventions does the partnership run, for whom, at which tier, with what evidence behind the
--           approach, and what has been published about what each delivered? (SNA 2025 §21; the interventions report)
-- Grain:    one row per intervention of the active register, with its published figures folded into one text cell
--           (the figures table lists them one by one).
-- Reads:    intervention, intervention_measure, evidence_strand, return_value.
-- Parameters: none (the register is as it stands; published figures carry the periods the documents give).
WITH strands AS (
    SELECT i.intervention_id, s.pos, trim(s.strand) AS strand
    FROM intervention i,
         unnest(string_split(i.evidence_strand, ';')) WITH ORDINALITY AS s(strand, pos)
    WHERE i.evidence_strand IS NOT NULL
), rated AS (
    SELECT s.intervention_id,
           string_agg(s.strand || ': ' || coalesce(CASE WHEN e.headline_effect LIKE 'insufficient evidence%' THEN e.headline_effect END,
                      coalesce(e.impact_rating || CASE WHEN e.impact_rating = 'insufficient evidence' THEN '' ELSE ' impact' END, 'rating not found')
                      || coalesce(': ' || e.headline_effect, '')), '; ' ORDER BY s.pos) AS evidence
    FROM strands s LEFT JOIN evidence_strand e ON e.strand = s.strand
    GROUP BY s.intervention_id
), figures AS (
    SELECT intervention_id, count(*) AS published FROM intervention_measure GROUP BY intervention_id
), returns AS (
    SELECT intervention_id, count(DISTINCT quarter) AS quarters, max(quarter) AS latest FROM return_value GROUP BY intervention_id
)
SELECT i.name, i.provider, i.lead_organisation, i.funding_stream, i.tier, i.tier_basis, i.target_group, i.age_range, i.area,
       coalesce(i.period_start_text || ' to ' || i.period_end_text, 'from ' || i.period_start_text, 'until ' || i.period_end_text, i.period_text) AS period,
       replace(i.status, '_', ' ') AS status, r.evidence, coalesce(f.published, 0) AS published, coalesce(q.quarters, 0) AS quarters, q.latest
FROM intervention i
LEFT JOIN rated r USING (intervention_id)
LEFT JOIN figures f USING (intervention_id)
LEFT JOIN returns q USING (intervention_id)
ORDER BY i.batch_id, i.line
