-- Question: what figures have the documents published about each intervention, as stated and with their source?
-- Grain:    one row per published figure, in register order.
-- Reads:    intervention, intervention_measure.
-- Parameters: none.
SELECT i.name, m.measure, m.unit, m.value, m.value_qualifier, m.period_text, m.source
FROM intervention_measure m
JOIN intervention i USING (intervention_id)
ORDER BY i.batch_id, i.line, m.batch_id, m.line
