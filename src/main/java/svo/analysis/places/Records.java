package svo.analysis.places;

import svo.BadInputException;
import svo.analysis.Area;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.definitions.Definition;
import svo.store.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The located records a place analysis counts, as the SQL relation {@code records}: either police
 * occurrences under the scope's definition (the default), or police.uk street-level crimes — under a police.uk
 * definition ({@code police-uk-sv-lower}, {@code police-uk-sv-upper}: the definitions' approximate mapping), or,
 * with no definition, of chosen crime types ({@code source=police-uk}, {@code crime_types=Robbery;Possession of
 * weapons}). Either way each record carries the period span it falls in, its coordinates and area codes,
 * so the analyses' SQL does not care where records came from.
 *
 * <p>Columns: record_id, span_index, span_label, day, at (timestamp, NULL for police.uk), easting, northing,
 * lsoa_code, ward_code, neighbourhood_code, district_code, nte_area_code, offence (offence code, or the
 * police.uk crime type), location_type (NULL for police.uk).
 */
final class Records {
    /** Where records come from. */
    enum Source { OCCURRENCES, POLICE_UK }

    /** police.uk types that together approximate serious violence: the closest the open data allows. */
    static final List<String> DEFAULT_POLICE_UK_TYPES = List.of("Violence and sexual offences", "Robbery", "Possession of weapons");

    private final Source source;
    private final Scope scope;
    private final List<String> crimeTypes;

    private Records(Source source, Scope scope, List<String> crimeTypes) {
        this.source = source;
        this.scope = scope;
        this.crimeTypes = crimeTypes;
    }

    /**
     * Reads the source from the scope: a definition over the {@code police_uk_crime} view (e.g.
     * {@code police-uk-sv-upper}) selects police.uk crimes; {@code source=police-uk} with {@code crime_types} (and no
     * occurrence definition) selects them by type; otherwise occurrences under the definition.
     */
    static Records of(Scope scope) {
        Params p = new Params(scope);
        Definition d = scope.definition();
        boolean policeUkDefinition = d != null && "police_uk_crime".equals(d.view());
        String s = p.choice("source", policeUkDefinition ? "police-uk" : "occurrences", "occurrences", "police-uk");
        if (s.equals("occurrences")) {
            if (policeUkDefinition) {
                throw BadInputException.of("source", "occurrences", "police-uk, or a definition over occurrences: "
                        + d.label() + " applies to police.uk crimes");
            }
            if (p.given("crime_types")) {
                throw BadInputException.of("crime_types", p.raw("crime_types"),
                        "no crime_types with source=occurrences (occurrences are chosen by the definition); add source=police-uk");
            }
            return new Records(Source.OCCURRENCES, scope, List.of());
        }
        for (Period.Span span : scope.period().spans()) {
            if (span.start().getDayOfMonth() != 1 || span.endExclusive().getDayOfMonth() != 1) {
                throw BadInputException.of("--period", scope.period().text(),
                        "whole months for police.uk data, which has only the month of each crime (e.g. YE2021-12 or 2020-01-01..2020-12-31)");
            }
        }
        if (policeUkDefinition) {
            if (p.given("crime_types")) {
                throw BadInputException.of("crime_types", p.raw("crime_types"), "no crime_types: the definition " + d.label()
                        + " already chooses the police.uk crime types");
            }
            return new Records(Source.POLICE_UK, scope, List.of());
        }
        if (d != null && !p.given("crime_types")) {
            throw BadInputException.of("--definition", d.label(), "a police.uk definition (police-uk-sv-lower or police-uk-sv-upper) or"
                    + " crime_types=… for source=police-uk: " + d.label() + " applies to occurrences, which police.uk data does not have");
        }
        return new Records(Source.POLICE_UK, scope, p.list("crime_types", DEFAULT_POLICE_UK_TYPES));
    }

    /** True when police.uk crimes are chosen by a police.uk definition rather than by crime types. */
    private boolean byDefinition() {
        return policeUk() && crimeTypes.isEmpty();
    }

    /** The same source and crime types over another scope (another period or area). */
    Records forScope(Scope other) {
        return new Records(source, other, crimeTypes);
    }

    Source source() {
        return source;
    }

    boolean policeUk() {
        return source == Source.POLICE_UK;
    }

    List<String> crimeTypes() {
        return crimeTypes;
    }

    /** Data sets read, for {@code Analysis.datasets()} style notes. */
    String dataset() {
        return policeUk() ? "police-uk-street" : "occurrences";
    }

    /** What is counted, for notes: "occurrences under svb-2024 v1.0" or the police.uk types with the caveat. */
    String describe() {
        if (policeUk()) {
            String what = byDefinition() ? "police.uk street-level crimes under " + scope.definition().label() + ", "
                    + scope.definition().title() : "police.uk street-level crimes of the types " + String.join(", ", crimeTypes);
            return what + " (an approximate grouping: police.uk crime types are broader than any serious violence definition"
                    + " and its locations are snapped to anonymised map points)";
        }
        return scope.definition() == null ? "all occurrences (no definition given)"
                : "occurrences under " + scope.definition().label() + (scope.asInForce() ? " (as in force)" : "");
    }

    /** The SELECT that defines {@code records} and its parameters. */
    Fragment fragment() {
        List<Object> params = new ArrayList<>();
        StringBuilder spans = new StringBuilder();
        List<Period.Span> list = scope.period().spans();
        for (int i = 0; i < list.size(); i++) {
            Period.Span s = list.get(i);
            spans.append(i == 0 ? "" : ", ").append("(?::INTEGER, ?::VARCHAR, ?::DATE, ?::DATE)");
            params.add(i);
            params.add(s.label());
            params.add(s.start());
            params.add(s.endExclusive());
        }
        String template = Sql.load(Records.class, policeUk() ? "records_police_uk" : "records_occurrence");
        String condition;
        if (byDefinition()) {
            condition = "(" + scope.definition().sqlCondition() + ")";
        } else if (policeUk()) {
            condition = "crime_type IN (" + "?, ".repeat(crimeTypes.size() - 1) + "?)";
            params.addAll(crimeTypes);
        } else {
            condition = scope.definition() == null ? "TRUE" : "(" + scope.definition().sqlCondition() + ")";
        }
        params.add(scope.period().start());
        params.add(scope.period().endExclusive());
        String area = areaCondition(scope.area(), params);
        String sql = template.replace("{{spans}}", spans.toString())
                .replace("{{condition}}", condition)
                .replace("{{area}}", area);
        return new Fragment(stripComments(sql), params);
    }

    /** The condition on district_code for the scope's area, appending its parameters. */
    static String areaCondition(Area area, List<Object> params) {
        return switch (area.kind()) {
            case ALL -> "";
            case DISTRICT -> {
                params.add(area.code());
                yield "AND r.district_code = ?";
            }
            case CITY, COUNTY -> {
                params.add(area.kind() == Area.Kind.CITY ? "city" : "county");
                yield "AND r.district_code IN (SELECT code FROM area WHERE level = 'district' AND city_county = ?)";
            }
        };
    }

    /** The condition on {@code area a} (districts) for the scope's area, appending its parameters. */
    static String districtCondition(Area area, List<Object> params) {
        return switch (area.kind()) {
            case ALL -> "";
            case DISTRICT -> {
                params.add(area.code());
                yield "AND a.code = ?";
            }
            case CITY, COUNTY -> {
                params.add(area.kind() == Area.Kind.CITY ? "city" : "county");
                yield "AND a.city_county = ?";
            }
        };
    }

    private static String stripComments(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) continue;
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** SQL text and the values for its {@code ?} in order. */
    record Fragment(String sql, List<Object> params) {}

    /** First day of the month after {@code d}: helper for notes about police.uk month resolution. */
    static LocalDate nextMonth(LocalDate d) {
        return d.withDayOfMonth(1).plusMonths(1);
    }
}
