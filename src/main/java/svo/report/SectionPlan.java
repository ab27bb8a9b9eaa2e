package svo.report;

import java.util.ArrayList;
import java.util.List;

/** One section of the report plan: its title, what it shows, its blocks and the sentences drafted from them. */
public record SectionPlan(String id, String title, String intro, Kind kind, List<Block> blocks, List<FindingSpec> findings) {
    /** Sections that are not a list of analyses are built by the report itself. */
    public enum Kind { SUMMARY, KEY_FINDINGS, COMPARISON, DEFINITION, ANALYSES, DATA_QUALITY, METHODS }

    public SectionPlan {
        blocks = List.copyOf(blocks);
        findings = List.copyOf(findings);
    }

    public static SectionPlan of(String id, String title, String intro, Block... blocks) {
        return new SectionPlan(id, title, intro, Kind.ANALYSES, List.of(blocks), List.of());
    }

    public static SectionPlan special(String id, String title, String intro, Kind kind) {
        return new SectionPlan(id, title, intro, kind, List.of(), List.of());
    }

    public SectionPlan finding(FindingSpec spec) {
        List<FindingSpec> f = new ArrayList<>(findings);
        f.add(spec);
        return new SectionPlan(id, title, intro, kind, blocks, f);
    }

    public SectionPlan blocks(Block... more) {
        List<Block> b = new ArrayList<>(blocks);
        b.addAll(List.of(more));
        return new SectionPlan(id, title, intro, kind, b, findings);
    }
}
