package svo.analysis.health;

import svo.BadInputException;
import svo.analysis.PartnerScope;
import svo.analysis.Scope;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hospital reference list as the health analyses need it: names for codes, the in-area flag, the hospital parameter. */
final class HospitalList {
    private static final String SQL = Sql.load(HospitalList.class, "Hospitals");

    record Hospital(String code, String name, boolean inArea) {}

    private final Map<String, Hospital> byCode = new LinkedHashMap<>();

    HospitalList(Store store) {
        for (Hospital h : Jdbc.query(store.connection(), SQL, rs -> new Hospital(rs.getString(1), rs.getString(2), rs.getBoolean(3)))) {
            byCode.put(h.code(), h);
        }
    }

    /** The printed name of a hospital code (the code itself when the list no longer has it). */
    String name(String code) {
        Hospital h = byCode.get(code);
        return h == null ? code : h.name();
    }

    /** Whether the hospital lies inside the partnership area; null when unknown. */
    Boolean inArea(String code) {
        Hospital h = byCode.get(code);
        return h == null ? null : h.inArea();
    }

    /**
     * The condition selecting the hospital named by the {@code hospital} parameter (code or name, any case), or
     * every hospital when it is not given; an unknown hospital is bad input listing the known ones.
     */
    PartnerScope.Fragment condition(Scope scope, String column) {
        String wanted = scope.parameter("hospital", null);
        if (wanted == null || wanted.isBlank()) return new PartnerScope.Fragment("TRUE", List.of());
        for (Hospital h : byCode.values()) {
            if (h.code().equalsIgnoreCase(wanted.strip()) || h.name().equalsIgnoreCase(wanted.strip())) {
                return new PartnerScope.Fragment(column + " = ?", List.of(h.code()));
            }
        }
        throw BadInputException.of("--param hospital", wanted, "a hospital code or name: " + String.join(", ", byCode.keySet()));
    }
}
