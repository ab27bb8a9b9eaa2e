-- Question: which figures have the documents published about each intervention, as stated and with their source?
-- Grain:    one row per published figure.
-- Reads:    intervention, intervention_measure.
-- Parameters: none.
SELECT i.intervention_id, i.name, i.owner, m.measure, m.value, m.value_qualifier, m.unit, m.period_text, m.source, m.quote, m.note
FROM intervention_measure m
JOIN intervention i USING (intervention_id)
ORDER BY i.batch_id, i.line, m.batch_id, m.line
