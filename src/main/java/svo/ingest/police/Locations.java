package svo.ingest.police;

import svo.ingest.Row;

/**
 * Coordinates of a located row: WGS84 latitude/longitude and/or British National Grid easting/northing.
 * Only plausibility is checked here (a value on the globe, or on the grid); whether a point lies in the
 * partnership area is a data-quality question answered after point-in-polygon assignment, and stray points
 * such as 0,0 are named by the analyses that would be distorted by them.
 */
record Locations(Double latitude, Double longitude, Double easting, Double northing) {
    static Locations read(Row r, String lat, String lon, String east, String north) {
        Double la = r.decimal(lat, false, -90, 90);
        Double lo = r.decimal(lon, false, -180, 180);
        Double e = east == null ? null : r.decimal(east, false, 0, 700_000);
        Double n = north == null ? null : r.decimal(north, false, 0, 1_300_000);
        if ((la == null) != (lo == null) && r.ok()) {
            r.error(la == null ? lat : lon, "", "is empty but " + (la == null ? lon : lat)
                    + " is given; give both coordinates or neither");
        }
        if ((e == null) != (n == null) && r.ok()) {
            r.error(e == null ? east : north, "", "is empty but " + (e == null ? north : east)
                    + " is given; give both coordinates or neither");
        }
        return new Locations(la, lo, e, n);
    }
}
