package svo.report;

import svo.report.Finding.Placement;

import java.util.List;

/**
 * The report as a plan: sections in the SNA's order, each naming the analyses (by catalogue id, with definition
 * variants and parameters) whose tables and charts it shows, and the sentences drafted from them. A section whose
 * analyses are not in the catalogue yet, or whose data sets are not loaded, prints one line saying so, so the
 * report grows as analyses land without changing this file's shape.
 */
public record ReportPlan(List<SectionPlan> sections) {
    /** The definition of knife crime the knife section runs under. */
    public static final String KNIFE = "svb-knife";

    public ReportPlan {
        sections = List.copyOf(sections);
    }

    /** The Strategic Needs Assessment, in the order of the SNA 2025. */
    public static ReportPlan sna() {
        TableLayout measures = TableLayout.measures();
        return new ReportPlan(List.of(
                SectionPlan.special("summary", "Executive summary",
                        "Drafted from the tables of this report; each sentence links to the table it comes from.",
                        SectionPlan.Kind.SUMMARY),
                SectionPlan.special("key-findings", "Key findings",
                        "The figures a reader needs first, each linked to its table.", SectionPlan.Kind.KEY_FINDINGS),
                SectionPlan.special("comparison", "Compared with the partnership",
                        "This district beside the whole partnership area.", SectionPlan.Kind.COMPARISON),
                SectionPlan.special("definition", "Definition used",
                        "Which crimes this report counts. Every table names the definition and version it used.",
                        SectionPlan.Kind.DEFINITION),
                SectionPlan.of("headline", "Headline trends",
                                "Serious violence and knife crime for each year, by offence type, with victims and "
                                        + "suspects aged 18 and under, and the estimated cost to society.",
                                Block.of("headline").layout("headline", TableLayout.independent()).layout("*", measures).hide("sentence"),
                                Block.of("trend.offence-type").layout("*", measures),
                                Block.of("trend.violence-with-injury").layout("*", measures),
                                Block.of("cost").layout("*", measures).hide("unit_cost"))
                        .finding(new FindingSpec.Change("serious violence", "trend.offence-type", null, null, "Total", Placement.SUMMARY, true))
                        .finding(new FindingSpec.Change("knife crime", "trend.offence-type", KNIFE, null, "Total", Placement.SUMMARY, true))
                        .finding(new FindingSpec.Change("homicide", "trend.offence-type", null, null, "Homicide", Placement.KEY, false))
                        .finding(new FindingSpec.Change("robbery", "trend.offence-type", null, null, "Robbery", Placement.KEY, false))
                        .finding(new FindingSpec.Change("violence with injury", "trend.offence-type", null, null, "Violence with injury", Placement.KEY, false)),
                SectionPlan.of("districts", "Serious violence by district",
                                "Counts for each district and year, and the rate per 1,000 residents of the same year.",
                                Block.of("district").hide("district_code", "population", "population_year")
                                        .chart(ChartSpec.bars("by_district", "per_1000")))
                        .finding(new FindingSpec.Largest("serious violence", "district", null, "by_district", Placement.KEY)),
                SectionPlan.of("temporal", "When serious violence happens",
                                "By month across the period, and by hour of the day and day of the week of the time the "
                                        + "offence was committed from.",
                                Block.of("monthly").chart(ChartSpec.line()),
                                Block.of("hour-weekday").chart(ChartSpec.hourWeekday("all"))
                                        .chart(ChartSpec.hourWeekday("victims_0_17")).chart(ChartSpec.hourWeekday("victims_18_plus")))
                        .finding(new FindingSpec.Peak("serious violence", "monthly", null, null, Placement.KEY))
                        .finding(new FindingSpec.Share("{value} of serious violence happened on Friday and Saturday nights "
                                + "(18:00 to 06:00) over {window}.", "friday-saturday-night share", "hour-weekday", null, null, null,
                                "figure:fri_sat_night_share_pct", Placement.SUMMARY)),
                SectionPlan.of("victims", "Victims",
                        "Victims by age group and sex, and repeat victims: people who were victims in more than one "
                                + "occurrence in the period.",
                        Block.of("victims.age").only("by_group", "summary").chart(ChartSpec.periodBars("by_group")),
                        Block.of("victims.sex").layout("*", measures),
                        Block.of("repeat").heading("Repeat victims and suspects").layout("*", measures),
                        Block.of("overlap").layout("*", measures)),
                SectionPlan.of("relationships", "Victim and suspect relationship",
                        "How the suspect was related to the victim, by year and by district, and the age group of each.",
                        Block.of("relationship").hideIn("by_district", "occurrences")),
                SectionPlan.of("suspects", "Suspects",
                        "Suspects by age group, sex and self-defined ethnicity, and the warning markers they carry.",
                        Block.of("suspects.age").only("by_group", "summary").chart(ChartSpec.periodBars("by_group")),
                        Block.of("suspects.sex").layout("*", measures),
                        Block.of("ethnicity"),
                        Block.of("warning-markers").layout("*", measures)),
                SectionPlan.of("hotspots", "Hotspots",
                        "Neighbourhood areas ranked by volume and rate (the SNA's own method), the wards with most "
                                + "serious violence, and statistical hotspots.",
                        Block.of("hotspots.ranked").chart(ChartSpec.map("rates")).layout("*", measures),
                        Block.of("hotspots.wards"),
                        Block.of("hotspots.statistical").chart(ChartSpec.map("hotspots")).layout("*", measures)
                                .printRows("hot_cells", 15).printRows("hot_areas", 15).workbookOnly("change", "trend", "trend_units"),
                        Block.of("near-repeat").layout("*", measures)),
                SectionPlan.of("qualifiers", "Qualifiers",
                        "The share of occurrences recorded with alcohol or drugs qualifiers. Qualifiers are optional "
                                + "when a crime is recorded, so these are lower bounds.",
                        Block.of("qualifiers").layout("*", measures)),
                SectionPlan.of("knife", "Knife crime",
                                "Serious violence involving a knife or bladed article, under the knife definition; the "
                                        + "share of serious violence it makes up; and the Home Office knife-crime table for "
                                        + "years ending December.",
                                Block.of("trend.offence-type").under(KNIFE).heading("Knife crime by offence type")
                                        .layout("*", measures),
                                Block.of("knife").layout("*", measures),
                                Block.of("knife.ho").shift(Block.PeriodShift.YEARS_ENDING_DECEMBER).layout("*", measures))
                        .finding(new FindingSpec.Share("{value} of serious violence involved a knife or bladed article in {period}.",
                                "knife share", "knife", null, "share", "all", null, Placement.SUMMARY)),
                SectionPlan.of("schools-proximity", "School proximity",
                        "Offences against victims of school age at or near a school during the school day.",
                        Block.of("schools.proximity").chart(ChartSpec.map("schools")).layout("*", measures).printRows("schools", 15)),
                SectionPlan.of("nte", "Night-time economy",
                        "Offences in the night-time economy areas between 18:00 and 06:00.",
                        Block.of("nte").layout("*", measures)),
                SectionPlan.of("stop-search", "Stop and search",
                        "Searches, searches for offensive weapons, weapons found and the find rate.",
                        Block.of("stop-search").layout("*", measures)),
                SectionPlan.of("outcomes", "Outcomes",
                        "Police outcomes of serious violence: positive, other, and not yet complete.",
                        Block.of("outcomes").layout("*", measures)),
                SectionPlan.of("reoffending", "Reoffending",
                        "How soon people reoffended after release from custody, a conviction or a caution: the share "
                                + "still not reoffending at each month, by cohort (the SNA's prison data, §12).",
                        Block.of("reoffending").layout("*", measures)),
                SectionPlan.of("health", "Health",
                        "Assault-related emergency department attendances and ambulance responses. Health figures "
                                + "follow the NHS convention for small numbers in public reports.",
                        Block.of("health.ed"),
                        Block.of("health.ambulance")),
                SectionPlan.of("youth-justice", "Youth justice", "Offences dealt with by the youth justice services.",
                        Block.of("yjs")),
                SectionPlan.of("probation", "Probation", "Serious violence cases supervised by probation.",
                        Block.of("probation")),
                SectionPlan.of("schools", "Schools", "Permanent exclusions and suspensions.",
                        Block.of("schools.exclusions")),
                SectionPlan.of("social-care", "Children's social care",
                        "Referrals, child protection plans, admissions to care and care leavers.",
                        Block.of("social-care")),
                SectionPlan.of("neet", "Not in education, employment or training",
                        "Young people aged 16 and 17 not in education, employment or training.",
                        Block.of("neet")),
                SectionPlan.of("deprivation", "Deprivation",
                        "Serious violence by the deprivation decile of the neighbourhood where it happened.",
                        Block.of("deprivation").layout("*", measures)),
                SectionPlan.of("interventions", "Interventions",
                        "The interventions the partnership commissions, what they delivered and for whom.",
                        Block.of("interventions")),
                SectionPlan.special("data-quality", "Data quality",
                        "Computed from the data, not written: what is missing, what was rejected at import, and which "
                                + "totals do not agree with each other.", SectionPlan.Kind.DATA_QUALITY)
                        .blocks(Block.of("data-quality").layout("*", measures)),
                SectionPlan.special("methods", "Appendix: methods and data",
                        "Every definition, parameter and data batch behind the figures, so that any figure can be "
                                + "reproduced.", SectionPlan.Kind.METHODS)));
    }
}
