package svo.analysis.people;

import java.util.Map;

/** One row of an analysis query, by column name. Counts come back as whole numbers whatever their SQL type. */
record SqlRow(Map<String, Object> values) {
    String text(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    long count(String column) {
        Object v = values.get(column);
        return v == null ? 0 : ((Number) v).longValue();
    }

    Integer whole(String column) {
        Object v = values.get(column);
        return v == null ? null : ((Number) v).intValue();
    }
}
