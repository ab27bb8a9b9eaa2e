-- Question: how many assaults occasioning actual bodily harm (ABH) were there per period, all ages and with
--           a victim, or a suspect, aged max_age or under? ABH is outside the SNA 2025's definition, so it is
--           counted under the definition that adds it (abh-definition, svb-2025 by default). (SNA 2025 §3.2)
-- Grain:    one row per span.
-- Reads:    the occurrence and person views directly (ABH is not in the scope's in_scope table).
-- Splices:  {definition} from Definition.sqlCondition(); {span} the span CASE, {period} and {area} the
--           scope's conditions, each with bound parameters (InScope.spanCase / periodCondition / areaCondition).
-- Parameters: the span bounds, the period bounds, the area, then max_age (victims), max_age (suspects).
WITH abh AS (
    SELECT occurrence_id, {span} AS span
    FROM occurrence
    WHERE offence = 'abh' AND ({definition}) AND {period} AND {area}
),
young AS (
    SELECT p.occurrence_id,
           bool_or(p.role = 'victim' AND p.age <= ?) AS young_victim,
           bool_or(p.role IN ('suspect', 'offender') AND p.age <= ?) AS young_suspect
    FROM person p
    JOIN abh a ON a.occurrence_id = p.occurrence_id
    GROUP BY p.occurrence_id
)
SELECT a.span,
       count(*) AS all_occurrences,
       count(*) FILTER (WHERE y.young_victim) AS young_victims,
       count(*) FILTER (WHERE y.young_suspect) AS young_suspects
FROM abh a
LEFT JOIN young y ON y.occurrence_id = a.occurrence_id
GROUP BY a.span
