package svo.analysis.people;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Comparison;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Victims (SNA §4.4) or suspects (§4.6) by sex in each period, with the change in the latest year against the
 * scope's comparison basis ("falling from 1532 to 1154", §4.6).
 */
final class SexProfile implements Analysis {
    private static final String SQL = Sql.load(SexProfile.class);
    private static final List<String> CODES = Arrays.asList("M", "F", "X", null);
    private final String id, noun, section;
    private final boolean victims;

    private SexProfile(String id, String noun, String section, boolean victims) {
        this.id = id; this.noun = noun; this.section = section; this.victims = victims;
    }

    static SexProfile victims() { return new SexProfile("victims.sex", "victims", "SNA 2025 §4.4", true); }
    static SexProfile suspects() { return new SexProfile("suspects.sex", "suspects", "SNA 2025 §4.6", false); }

    public String id() { return id; }
    public String title() { return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " by sex"; }
    public String section() { return section; }
    public List<String> datasets() { return List.of("occurrences", "persons"); }

    public Result run(Store store, Scope scope) {
        Tally t = new Tally(PeopleQuery.rows(store, SQL, scope, victims), "people", "period", "sex");
        var bySex = Table.builder("by_sex", title()).columns(Column.text("period", "Period"), Column.text("sex", "Sex"),
                Column.count("people", "People"), Column.percent("share_pct", "% of " + noun, "people"));
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String p : t.periods()) {
            long all = CODES.stream().mapToLong(s -> t.get(p, s)).sum();
            for (String s : CODES) bySex.row(p, label(s), t.get(p, s), Rounding.percent(t.get(p, s), all));
            if (p.equals(t.window())) {
                figures.put("male_pct", Rounding.percent(t.get(p, "M"), all));
                figures.put("female_pct", Rounding.percent(t.get(p, "F"), all));
            }
        }
        List<String> spans = scope.period().labels();
        var change = Table.builder("change", title() + ": change " + scope.comparison().wording())
                .columns(Column.text("sex", "Sex"), Column.text("from_period", "From"), Column.text("to_period", "To"),
                        Column.count("from_people", "People then"), Column.count("to_people", "People now"),
                        Column.number("change", "Change"), Column.percent("change_pct", "% change", "from_people"));
        if (spans.size() > 1 && !t.periods().isEmpty()) {
            String to = spans.get(spans.size() - 1), from = scope.comparison() == Comparison.FIRST ? spans.get(0) : spans.get(spans.size() - 2);
            for (String s : CODES) {
                long a = t.get(from, s), b = t.get(to, s);
                change.row(label(s), from, to, a, b, b - a, Rounding.percent(b - a, a));
            }
        }
        String counted = "People are counted once in each year and once in the whole period; sex is the first one recorded.";
        return new Result(id, title(), scope, List.of(bySex.note(counted).build(), change.note(counted).build()), figures,
                List.of(scope.describe()));
    }

    private static String label(String code) {
        return code == null ? Labels.NOT_RECORDED : Labels.SEX.get(code);
    }
}
