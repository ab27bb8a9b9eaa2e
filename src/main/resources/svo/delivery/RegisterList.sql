-- Question: what is in the interventions register, how many figures have been published about each intervention
--           and how do its quarterly returns stand? (The strand's YEF rating is joined in Java: a cell may name
--           several strands.)
-- Grain:    one row per intervention of the active register.
-- Reads:    intervention, intervention_all, intervention_measure, return_value, batch.
-- Parameters: none (a provider's list is filtered by owner in Java).
WITH figures AS (
    SELECT intervention_id, count(*) AS published FROM intervention_measure GROUP BY intervention_id
), returns AS (
    SELECT intervention_id, count(DISTINCT quarter) AS returned, max(quarter) AS latest FROM return_value GROUP BY intervention_id
)
SELECT i.intervention_id, i.name, i.provider, i.owner, i.lead_organisation, i.funder, i.funding_stream, i.area,
       i.districts, i.tier, i.tier_basis, i.objectives, i.priorities, i.target_group, i.age_range, i.age_min, i.age_max,
       i.period_start, i.period_start_text, i.period_end, i.period_end_text, i.period_text, i.status,
       i.evidence_strand, i.evidence_strand_basis, coalesce(f.published, 0) AS published, coalesce(r.returned, 0) AS returned,
       r.latest, i.cost_gbp, i.sources, i.notes, first.registered
FROM intervention i
-- registered: when the intervention first entered the register, through any batch (a corrected register that
-- supersedes the first keeps that date, so the quarters owed since then stay owed)
JOIN (SELECT a.intervention_id, CAST(min(b.loaded_at) AS DATE) AS registered
      FROM intervention_all a JOIN batch b USING (batch_id) GROUP BY a.intervention_id) first USING (intervention_id)
LEFT JOIN figures f USING (intervention_id)
LEFT JOIN returns r USING (intervention_id)
ORDER BY i.batch_id, i.line
