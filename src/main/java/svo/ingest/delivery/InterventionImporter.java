package svo.ingest.delivery;

import org.duckdb.DuckDBAppender;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Row;
import svo.store.Jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interventions register, one row per intervention. Reads the layout of the shared fixture
 * {@code interventions.csv} (the real Derby and Derbyshire interventions) and a few optional columns a
 * partnership's own register adds: an id, the owner whose provider accounts submit its returns, the districts and
 * strategy objectives it serves, its 5Cs/4Ps tags, its cost, and the measures its quarterly return reports.
 */
public final class InterventionImporter implements Importer {
    static final Layout LAYOUT = new Layout("interventions", "The interventions register, one row per intervention.", List.of(
            Field.required("name", "the intervention's name (unique in the register)"),
            Field.optional("id", "a short id (lower case letters, digits, hyphens); made from the name when absent"),
            Field.optional("provider", "who delivers it"),
            Field.optional("owner", "the organisation whose provider accounts manage it and submit its returns; "
                    + "default: the provider when it names one organisation (no ; , or \"with\"), else the lead organisation"),
            Field.optional("lead_organisation", "who leads or commissions it"),
            Field.optional("funder", "who pays (several separated by ;)"),
            Field.optional("funding_stream", "the funding stream"),
            Field.optional("area", "area served, in words"),
            Field.optional("districts", "districts served: codes or names separated by ; (checked against the loaded districts)"),
            Field.optional("tier", "primary, secondary or tertiary"),
            Field.optional("tier_basis", "stated or inferred (default stated when a tier is given)"),
            Field.optional("tier_reason", "why that tier"),
            Field.optional("objectives", "strategy objectives served, separated by ;: " + String.join(", ", DeliveryVocabulary.OBJECTIVES.keySet())),
            Field.optional("priorities", "5Cs and 4Ps tags, separated by ;: " + String.join(", ", new TreeSet<>(DeliveryVocabulary.PRIORITIES))),
            Field.optional("target_group", "who it is for"),
            Field.optional("age_range", "ages served, e.g. 10-17, 18+ (other text is kept as stated)"),
            Field.optional("period_start", "YYYY-MM-DD, YYYY-MM or YYYY"),
            Field.optional("period_end", "YYYY-MM-DD, YYYY-MM or YYYY; blank while ongoing"),
            Field.optional("period_text", "the period in words"),
            Field.required("status", String.join(", ", new TreeSet<>(DeliveryVocabulary.STATUSES))),
            Field.optional("evidence_strand", "Youth Endowment Fund Toolkit strand(s), separated by ; (./svo interventions strands lists them)"),
            Field.optional("evidence_strand_basis", "stated or inferred"),
            Field.optional("cost_gbp", "total cost in pounds, 0 or more"),
            Field.optional("measures", "what its quarterly return reports, separated by ;: name[:unit[:kind]][*][=plan per quarter] "
                    + "(* = required); blank: the standard measures, none required"),
            Field.optional("sources", "documents that describe it"),
            Field.optional("notes", "caveats")));

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern AGES = Pattern.compile("(\\d{1,3})\\s*(?:-|–|to)\\s*(\\d{1,3})");
    private static final Pattern AGE_PLUS = Pattern.compile("(\\d{1,3})\\s*\\+");

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "intervention_all";
    }

    @Override
    public String periodSql() {
        // An intervention still running has no end: the register then reaches forward without limit, so a corrected
        // register (--replace) always supersedes the one before it.
        return "SELECT coalesce(min(period_start), DATE '1900-01-01'), max(coalesce(period_end, DATE '9999-12-31')) "
                + "FROM intervention_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        DuckDBAppender measures = ctx.appender("return_measure_all");
        long batch = ctx.batchId();
        Map<String, String> strands = new LinkedHashMap<>();
        for (String s : Jdbc.query(ctx.connection(), "SELECT strand FROM evidence_strand ORDER BY strand", rs -> rs.getString(1))) {
            strands.put(s.toLowerCase(Locale.ROOT), s);
        }
        Map<String, String> districts = new LinkedHashMap<>();
        Jdbc.query(ctx.connection(), "SELECT code, name FROM area WHERE level = 'district'", rs -> {
            districts.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(1));
            districts.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(1));
            return null;
        });
        return new Load() {
            @Override
            public void row(Row r) throws SQLException {
                String name = r.required("name");
                String id = r.text("id");
                if (id != null) {
                    id = id.toLowerCase(Locale.ROOT);
                    if (!ID.matcher(id).matches()) {
                        r.error("id", id, "'" + id + "' is not an id; expected lower case letters, digits and hyphens (up to 80)");
                    }
                } else if (name != null) {
                    id = DeliveryVocabulary.slug(name);
                    if (id.isEmpty()) r.error("name", name, "'" + name + "' has no letters or digits to make an id from; give an id");
                }
                String provider = r.text("provider");
                String lead = r.text("lead_organisation");
                String owner = r.text("owner");
                if (owner == null) owner = provider != null && !names(provider) ? provider : lead;
                if (owner == null) {
                    r.error("owner", "", "is empty and cannot be derived (no single provider and no lead organisation); give an owner");
                }
                String tier = r.oneOf("tier", false, DeliveryVocabulary.TIERS);
                String tierBasis = r.oneOf("tier_basis", false, DeliveryVocabulary.BASES);
                if (tier != null && tierBasis == null && r.text("tier_basis") == null) tierBasis = "stated";
                String objectives = listOf(r, "objectives", DeliveryVocabulary.OBJECTIVES.keySet());
                String priorities = listOf(r, "priorities", DeliveryVocabulary.PRIORITIES);
                String districtCodes = districtsOf(r, districts);
                String ageText = r.text("age_range");
                Integer ageMin = null, ageMax = null;
                if (ageText != null) {
                    Matcher m = AGES.matcher(ageText);
                    Matcher p = AGE_PLUS.matcher(ageText);
                    if (m.matches()) {
                        ageMin = Integer.parseInt(m.group(1));
                        ageMax = Integer.parseInt(m.group(2));
                        if (ageMin > ageMax || ageMax > 120) r.error("age_range", ageText, "'" + ageText + "' is not a range of ages (the first age must not exceed the second)");
                    } else if (p.matches()) {
                        ageMin = Integer.parseInt(p.group(1));
                    }
                }
                String startText = r.text("period_start");
                String endText = r.text("period_end");
                LocalDate start = stated(r, "period_start", startText, true);
                LocalDate end = stated(r, "period_end", endText, false);
                if (start != null && end != null && end.isBefore(start)) {
                    r.error("period_end", endText, "'" + endText + "' is before the start (" + startText + ")");
                }
                String status = r.oneOf("status", true, DeliveryVocabulary.STATUSES);
                String strand = strandsOf(r, strands);
                String strandBasis = r.oneOf("evidence_strand_basis", false, DeliveryVocabulary.BASES);
                Double cost = r.decimal("cost_gbp", false, 0, 1e12);
                List<ReturnMeasure> defs = List.of();
                try {
                    defs = ReturnMeasure.parseList(r.text("measures"));
                } catch (IllegalArgumentException e) {
                    r.error("measures", r.text("measures"), e.getMessage());
                }
                if (!r.ok()) return;
                out.beginRow();
                out.append(batch);
                out.append(r.line());
                out.append(id);
                out.append(name);
                Append.text(out, provider);
                out.append(owner);
                Append.text(out, lead);
                Append.text(out, r.text("funder"));
                Append.text(out, r.text("funding_stream"));
                Append.text(out, r.text("area"));
                Append.text(out, districtCodes);
                Append.text(out, tier);
                Append.text(out, tierBasis);
                Append.text(out, r.text("tier_reason"));
                Append.text(out, objectives);
                Append.text(out, priorities);
                Append.text(out, r.text("target_group"));
                Append.text(out, ageText);
                Append.whole(out, ageMin);
                Append.whole(out, ageMax);
                Append.date(out, start);
                Append.text(out, startText);
                Append.date(out, end);
                Append.text(out, endText);
                Append.text(out, r.text("period_text"));
                out.append(status);
                Append.text(out, strand);
                Append.text(out, strandBasis);
                Append.number(out, cost);
                Append.text(out, r.text("sources"));
                Append.text(out, r.text("notes"));
                out.endRow();
                int position = 0;
                for (ReturnMeasure m : defs) {
                    measures.beginRow();
                    measures.append(batch);
                    measures.append(r.line());
                    measures.append(id);
                    measures.append(++position);
                    measures.append(m.name());
                    measures.append(m.unit());
                    measures.append(m.kind());
                    measures.append(m.required());
                    Append.number(measures, m.planPerQuarter());
                    measures.endRow();
                }
            }

            @Override
            public void finish() {
                ctx.rejectWhere("""
                        SELECT i.line, 'name' AS column_name, i.name AS value,
                               'the intervention ''' || i.intervention_id || ''' is also on line ' || d.first_line
                               || '; each intervention appears once in the register' AS reason
                        FROM intervention_all i
                        JOIN (SELECT intervention_id, min(line) AS first_line FROM intervention_all WHERE batch_id = ?
                              GROUP BY intervention_id HAVING count(*) > 1) d ON d.intervention_id = i.intervention_id
                        WHERE i.batch_id = ? AND i.line > d.first_line""", batch, batch);
                ctx.rejectWhere("""
                        SELECT i.line, 'name' AS column_name, i.name AS value,
                               'the intervention ''' || i.intervention_id || ''' is already in the register (batch '
                               || a.batch_id || '); to correct the register, import it again with --replace' AS reason
                        FROM intervention_all i
                        JOIN intervention_all a ON a.intervention_id = i.intervention_id AND a.batch_id <> i.batch_id
                        WHERE i.batch_id = ?
                          AND a.batch_id IN (SELECT batch_id FROM batch WHERE status = 'active')
                          AND a.batch_id NOT IN (""" + ctx.replacingSqlList() + ")", batch);
                Jdbc.update(ctx.connection(), "DELETE FROM return_measure_all WHERE batch_id = ? AND line NOT IN "
                        + "(SELECT line FROM intervention_all WHERE batch_id = ?)", batch, batch);
            }
        };
    }

    /**
     * True when the text names several organisations ("A; B", "A, B and C", "A with B"). "and" alone does not count:
     * "Safe and Sound" is one organisation.
     */
    private static boolean names(String provider) {
        String p = provider.toLowerCase(Locale.ROOT);
        return p.contains(";") || p.contains(",") || p.contains(" with ");
    }

    private static LocalDate stated(Row r, String column, String text, boolean first) {
        if (text == null) return null;
        LocalDate d = DeliveryVocabulary.statedDate(text, first);
        if (d == null) r.error(column, text, "'" + text + "' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY");
        return d;
    }

    private static String listOf(Row r, String column, java.util.Collection<String> allowed) {
        String text = r.text(column);
        if (text == null) return null;
        List<String> values = DeliveryVocabulary.list(text);
        for (String v : values) {
            if (!allowed.contains(v)) {
                r.error(column, text, "'" + v + "' is not one of " + String.join(", ", allowed));
                return null;
            }
        }
        return values.isEmpty() ? null : String.join(";", values);
    }

    private static String districtsOf(Row r, Map<String, String> districts) {
        String text = r.text("districts");
        if (text == null) return null;
        List<String> codes = new ArrayList<>();
        for (String v : DeliveryVocabulary.list(text)) {
            if (districts.isEmpty()) {
                codes.add(v.toUpperCase(Locale.ROOT));
                continue;
            }
            String code = districts.get(v);
            if (code == null) {
                r.error("districts", text, "'" + v + "' is not a loaded district (code or name)");
                return null;
            }
            codes.add(code);
        }
        return codes.isEmpty() ? null : String.join(";", codes);
    }

    private static String strandsOf(Row r, Map<String, String> strands) {
        String text = r.text("evidence_strand");
        if (text == null) return null;
        List<String> out = new ArrayList<>();
        for (String v : DeliveryVocabulary.list(text)) {
            String s = strands.get(v);
            if (s == null) {
                r.error("evidence_strand", text, "'" + v + "' is not an evidence strand; expected one of "
                        + String.join(", ", strands.values()));
                return null;
            }
            out.add(s);
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }
}
