package svo.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL fragments that put partner records into a scope: the period's spans as rows to join on, and the area
 * as a condition. Values are bound with {@code ?}; only column names chosen by the analysis are spliced in.
 *
 * <pre>
 * PartnerScope.Fragment spans = PartnerScope.spans(scope.period());
 * // WITH spans AS (SELECT * FROM (VALUES (0, ?, ?, ?), …) s(span, label, start_day, end_day)) …
 * PartnerScope.Fragment area = PartnerScope.byDistrict(scope.area(), "e.district_code");
 * </pre>
 */
public final class PartnerScope {
    private PartnerScope() {}

    /** A piece of SQL and the values its {@code ?} take, in order. */
    public record Fragment(String sql, List<Object> params) {
        public Fragment {
            params = List.copyOf(params);
        }
    }

    /**
     * The spans of a period as a query with columns {@code span} (0 = the first), {@code label},
     * {@code start_day} (included) and {@code end_day} (excluded), both DATE.
     */
    public static Fragment spans(Period period) {
        StringBuilder sb = new StringBuilder("SELECT * FROM (VALUES ");
        List<Object> params = new ArrayList<>();
        List<Period.Span> spans = period.spans();
        for (int i = 0; i < spans.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append("(").append(i).append(", CAST(? AS VARCHAR), CAST(? AS DATE), CAST(? AS DATE))");
            params.add(spans.get(i).label());
            params.add(spans.get(i).start());
            params.add(spans.get(i).endExclusive());
        }
        sb.append(") s(span, label, start_day, end_day)");
        return new Fragment(sb.toString(), params);
    }

    /**
     * The area as a condition on a district-code column: everything, the districts marked city or county in
     * the loaded geography, or one district. Rows without a district are outside every area but "all".
     */
    public static Fragment byDistrict(Area area, String districtColumn) {
        return switch (area.kind()) {
            case ALL -> new Fragment("TRUE", List.of());
            case CITY, COUNTY -> new Fragment(districtColumn + " IN (SELECT code FROM area WHERE level = 'district' AND city_county = ?)",
                    List.of(area.kind() == Area.Kind.CITY ? "city" : "county"));
            case DISTRICT -> new Fragment(districtColumn + " = ?", List.of(area.code()));
        };
    }

    /**
     * The area as a condition on records of a local authority or service ({@code area} = city or county): the
     * city or county rows, or, for one district, the authority that is that district (a unitary city). A
     * two-tier district has no records of its own in such data, so nothing matches.
     */
    public static Fragment byAuthority(Area area, String areaColumn, String laCodeColumn, String laNameColumn) {
        return switch (area.kind()) {
            case ALL -> new Fragment("TRUE", List.of());
            case CITY, COUNTY -> new Fragment(areaColumn + " = ?", List.of(area.kind() == Area.Kind.CITY ? "city" : "county"));
            case DISTRICT -> new Fragment("(" + laCodeColumn + " = ? OR lower(" + laNameColumn + ") IN (lower(?), lower(?) || ' city'))",
                    List.of(area.code(), area.name(), area.name()));
        };
    }

    /** True when records placed by authority cannot be cut to this area (a two-tier district). */
    public static boolean belowAuthority(Area area) {
        return area.kind() == Area.Kind.DISTRICT && area.code() != null && area.code().startsWith("E07");
    }
}
