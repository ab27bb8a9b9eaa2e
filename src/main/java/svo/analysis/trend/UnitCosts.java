package svo.analysis.trend;

import svo.ingest.CsvReader;
import svo.store.Sql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Home Office unit costs of crime (Heeks et al. 2018, Research Report 99, Table 1; 2015/16 prices) by
 * offence code, read from {@code unit-costs.csv} beside this class. An offence that is not listed has no unit
 * cost: it is "not costed", never costed at zero.
 */
final class UnitCosts {
    /** One offence's unit cost, its cost category, price year and source. */
    record UnitCost(String offence, String category, long pounds, String priceYear, String source) {}

    private static final Map<String, UnitCost> BY_OFFENCE = load();

    private UnitCosts() {}

    /** The unit cost of an offence code, or null when it has none. */
    static UnitCost of(String offence) {
        return BY_OFFENCE.get(offence);
    }

    /** Every unit cost, in file order. */
    static Map<String, UnitCost> all() {
        return BY_OFFENCE;
    }

    private static Map<String, UnitCost> load() {
        Map<String, UnitCost> m = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.of(Sql.resource("/svo/analysis/trend/unit-costs.csv"), "unit-costs.csv")) {
            csv.next();
            for (String[] r; (r = csv.next()) != null; ) m.put(r[0], new UnitCost(r[0], r[1], Long.parseLong(r[2]), r[3], r[4]));
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
