package svo.definitions;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A family judged "as in force": each occurrence by the member definition in force on the day it was
 * committed ({@code committed_from}; police.uk: its month). Members are consecutive (checked on load). An
 * occurrence dated before the first member's effective-from date is judged by the first member, and one after
 * the last member's effective-to date by the last: a family's definition is applied to the whole record, as
 * the SNA 2025 applied the 2024 definition back to 2022/23.
 *
 * <pre>
 * svb as in force = svb-2024 for committed_from &lt; 2025-10-01, svb-2025 from then on
 * </pre>
 */
public final class InForceDefinition implements Definition {
    private final String family;
    private final List<FileDefinition> members;

    InForceDefinition(String family, List<FileDefinition> members) {
        if (members.size() < 2) throw new IllegalArgumentException("a family in force needs two or more members");
        this.family = family;
        this.members = List.copyOf(members);
    }

    /** The member definitions, oldest first. */
    public List<FileDefinition> members() {
        return members;
    }

    /** The member in force on the day (the first before it starts, the last after it ends). */
    public FileDefinition memberOn(LocalDate day) {
        for (int i = members.size() - 1; i > 0; i--) {
            if (!day.isBefore(members.get(i).effectiveFrom())) return members.get(i);
        }
        return members.get(0);
    }

    @Override
    public String name() {
        return family;
    }

    /** The members' versions: "svb-2024 v1.0 + svb-2025 v1.0". */
    @Override
    public String version() {
        return members.stream().map(m -> m.name() + " v" + m.version()).collect(Collectors.joining(" + "));
    }

    /** "svb (svb-2024 v1.0 to 2025-09-30, svb-2025 v1.0 from 2025-10-01)": which definition applied when. */
    @Override
    public String label() {
        StringBuilder sb = new StringBuilder(family).append(" (");
        for (int i = 0; i < members.size(); i++) {
            FileDefinition m = members.get(i);
            if (i > 0) sb.append(", ");
            sb.append(m.name()).append(" v").append(m.version());
            if (i < members.size() - 1) sb.append(" to ").append(members.get(i + 1).effectiveFrom().minusDays(1));
            else sb.append(" from ").append(m.effectiveFrom());
        }
        return sb.append(")").append(approximate() ? " (approximate)" : "").toString();
    }

    @Override
    public String title() {
        return members.get(members.size() - 1).title() + ", as in force on each occurrence's date";
    }

    @Override
    public String statement() {
        return "Each occurrence is judged by the definition in force on the day it was committed: "
                + label().substring(family.length() + 2, label().lastIndexOf(')')) + ".";
    }

    @Override
    public LocalDate effectiveFrom() {
        return members.get(0).effectiveFrom();
    }

    @Override
    public LocalDate effectiveTo() {
        return members.get(members.size() - 1).effectiveTo();
    }

    @Override
    public String sqlCondition() {
        return byDate(m -> "(" + m.sqlCondition() + ")");
    }

    @Override
    public String sqlRule() {
        return byDate(m -> m.sqlRule(m.name()));
    }

    /** A SQL expression naming, per row, the member that judges it: {@code 'svb-2025 v1.0'}. */
    String sqlMemberLabel() {
        return byDate(m -> Condition.Compare.literal(m.label()));
    }

    @Override
    public String family() {
        return family;
    }

    @Override
    public String source() {
        return members.stream().map(m -> m.name() + ": " + m.source()).collect(Collectors.joining("; "));
    }

    @Override
    public String view() {
        return members.get(0).view();
    }

    @Override
    public boolean approximate() {
        return members.stream().anyMatch(FileDefinition::approximate);
    }

    private String byDate(java.util.function.Function<FileDefinition, String> each) {
        String date = members.get(0).table().dateColumn();
        StringBuilder sb = new StringBuilder("CASE");
        for (int i = 1; i < members.size(); i++) {
            sb.append(" WHEN ").append(date).append(" < DATE '").append(members.get(i).effectiveFrom()).append("' THEN ")
                    .append(each.apply(members.get(i - 1)));
        }
        return sb.append(" ELSE ").append(each.apply(members.get(members.size() - 1))).append(" END").toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
