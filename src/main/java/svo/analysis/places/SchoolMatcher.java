package svo.analysis.places;

/**
 * The spatial and time test of the school-proximity analysis over plain arrays, so it can be tested and
 * benchmarked without a store. An offence counts when it happened on an allowed day, within the hours
 * (both ends included), and either at an education establishment ("at school") or at an allowed kind of
 * place within the distance of a school ("nearby"; distance included). Each counted offence is attributed to
 * its nearest school within the distance, or to none (-1) when an at-school offence has no indexed school
 * that close.
 *
 * <pre>
 * SchoolMatcher m = new SchoolMatcher(schoolE, schoolN, 500, days, 8 * 3600, 16 * 3600);
 * int kind = m.classify(dayOfWeek, secondOfDay, e, n, atEducation, nearbyPlace);   // NONE, AT_SCHOOL or NEARBY
 * int school = m.lastSchool();
 * </pre>
 */
public final class SchoolMatcher {
    public static final int NONE = 0;
    public static final int AT_SCHOOL = 1;
    public static final int NEARBY = 2;

    private final NearestPointIndex index;
    private final boolean[] days;
    private final int from;
    private final int to;
    private int lastSchool = -1;

    /**
     * @param days ISO day numbers allowed, indexed 1 (Monday) to 7
     * @param fromSecond first second of the day included (08:00 = 28,800)
     * @param toSecond last second of the day included (16:00 = 57,600); when before {@code fromSecond} the window
     *                 runs over midnight
     */
    public SchoolMatcher(double[] schoolX, double[] schoolY, double distance, boolean[] days, int fromSecond, int toSecond) {
        this.index = new NearestPointIndex(schoolX, schoolY, distance);
        this.days = days.clone();
        this.from = fromSecond;
        this.to = toSecond;
    }

    /** True when the day and time are inside the window (both ends of the hours included). */
    public boolean inWindow(int isoDayOfWeek, int secondOfDay) {
        if (!days[isoDayOfWeek]) return false;
        return from <= to ? secondOfDay >= from && secondOfDay <= to : secondOfDay >= from || secondOfDay <= to;
    }

    /**
     * Classifies one offence; afterwards {@link #lastSchool()} is its nearest school within the distance (or -1).
     * NaN coordinates mean "no location": such an offence can still be at school, never nearby.
     */
    public int classify(int isoDayOfWeek, int secondOfDay, double x, double y, boolean atEducation, boolean nearbyPlace) {
        lastSchool = -1;
        if (!inWindow(isoDayOfWeek, secondOfDay)) return NONE;
        if (!atEducation && !nearbyPlace) return NONE;
        int s = index.nearest(x, y);
        lastSchool = s;
        if (atEducation) return AT_SCHOOL;
        return s >= 0 ? NEARBY : NONE;
    }

    /** The school of the last classified offence, or -1. */
    public int lastSchool() {
        return lastSchool;
    }

    /** Nearest school within the distance of a point, ignoring day, time and kind of place (the spatial part only). */
    public int nearestSchool(double x, double y) {
        return index.nearest(x, y);
    }
}
