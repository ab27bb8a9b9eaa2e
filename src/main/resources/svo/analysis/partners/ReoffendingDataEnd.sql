-- The end of the police data: the last day on which an active occurrence was committed. Follow-up stops there.
SELECT max(CAST(committed_from AS DATE)) FROM occurrence
