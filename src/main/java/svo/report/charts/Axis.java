package svo.report.charts;

/** A value axis from zero to a round maximum, with four or five gridlines at round steps. */
record Axis(double max, double step) {
    static Axis of(double dataMax) {
        if (!(dataMax > 0)) return new Axis(1, 1);
        double raw = dataMax / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] nice = {1, 2, 2.5, 5, 10};
        double step = mag;
        for (double f : nice) {
            if (f * mag >= raw) {
                step = f * mag;
                break;
            }
        }
        if (step < 1 && dataMax >= 1) step = 1;
        return new Axis(Math.ceil(dataMax / step) * step, step);
    }

    /** A tick label: whole numbers with thousands separators, else one decimal. */
    static String label(double v) {
        if (v == Math.rint(v)) return String.format(java.util.Locale.UK, "%,d", (long) v);
        return String.format(java.util.Locale.UK, "%,.1f", v);
    }
}
