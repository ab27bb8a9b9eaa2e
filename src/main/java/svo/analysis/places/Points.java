package svo.analysis.places;

import svo.store.Sql;
import svo.store.Store;

import java.util.Arrays;

/**
 * The records in scope as parallel arrays: id, span index, day (epoch day) and national-grid coordinates
 * (NaN when a record has no location). Loaded once per analysis; the algorithms take the arrays.
 */
record Points(String[] id, int[] span, long[] day, double[] x, double[] y, int located) {
    private static final String SQL = Sql.load(Points.class, "points");

    static Points load(Store store, Records records) {
        Records.Fragment f = records.fragment();
        Builder b = new Builder();
        new PlacesQuery(SQL).with("records", f.sql(), f.params()).bind().query(store.connection(), rs -> {
            double e = rs.getDouble(4);
            boolean located = !rs.wasNull();
            double n = rs.getDouble(5);
            located &= !rs.wasNull();
            b.add(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate().toEpochDay(),
                    located ? e : Double.NaN, located ? n : Double.NaN);
            return null;
        });
        return b.build();
    }

    int size() {
        return id.length;
    }

    /** Grows the arrays as rows arrive. */
    private static final class Builder {
        String[] id = new String[1024];
        int[] span = new int[1024];
        long[] day = new long[1024];
        double[] x = new double[1024], y = new double[1024];
        int size, located;

        void add(String i, int s, long d, double e, double n) {
            if (size == id.length) {
                int c = size * 2;
                id = Arrays.copyOf(id, c);
                span = Arrays.copyOf(span, c);
                day = Arrays.copyOf(day, c);
                x = Arrays.copyOf(x, c);
                y = Arrays.copyOf(y, c);
            }
            id[size] = i;
            span[size] = s;
            day[size] = d;
            x[size] = e;
            y[size] = n;
            if (!Double.isNaN(e)) located++;
            size++;
        }

        Points build() {
            return new Points(Arrays.copyOf(id, size), Arrays.copyOf(span, size), Arrays.copyOf(day, size),
                    Arrays.copyOf(x, size), Arrays.copyOf(y, size), located);
        }
    }
}
