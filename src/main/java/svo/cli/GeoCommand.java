package svo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import svo.BadInputException;
import svo.geo.AreaImport;
import svo.geo.Areas;
import svo.geo.Assigner;
import svo.geo.GeoBenchmark;
import svo.geo.ImdImport;
import svo.geo.ImportSummary;
import svo.geo.Level;
import svo.geo.PopulationImport;
import svo.geo.ReferenceData;
import svo.geo.SchoolImport;
import svo.store.Store;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code svo geo …}: reference geography (boundaries, schools, population, IMD) and point-in-polygon assignment. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Reference geography: import boundaries, schools, population and IMD; assign records to areas.",
        subcommands = {
                GeoCommand.ImportAreas.class,
                GeoCommand.ImportSchools.class,
                GeoCommand.ImportPopulation.class,
                GeoCommand.ImportImd.class,
                GeoCommand.LoadReference.class,
                GeoCommand.Assign.class,
                GeoCommand.ListAreas.class,
                GeoCommand.Bench.class,
        })
final class GeoCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static void print(CommandSpec spec, ImportSummary s) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(s.describe());
        out.flush();
    }

    @Command(name = "import-areas", mixinStandardHelpOptions = true,
            description = "Import the boundaries of one level from GeoJSON or TopoJSON (WGS84 or EPSG:27700), "
                    + "replacing that level's areas.")
    static final class ImportAreas implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Option(names = "--level", required = true, paramLabel = "LEVEL",
                description = "district, ward, lsoa, neighbourhood or nte.")
        String level;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoJSON or TopoJSON files (all of the level).")
        List<Path> files;

        @Option(names = "--code-field", paramLabel = "F", description = "Property holding the code (default: LSOA11CD, WD13CD, LAD13CD, … recognised).")
        String codeField;

        @Option(names = "--name-field", paramLabel = "F", description = "Property holding the name (default: the code's NM twin, or name).")
        String nameField;

        @Option(names = "--parent-field", paramLabel = "F", description = "Property holding the parent district code "
                + "(default: the loaded district holding most of the area).")
        String parentField;

        @Option(names = "--codes", paramLabel = "LIST", split = ",", description = "Import only these codes (comma-separated).")
        Set<String> codes;

        @Option(names = "--city-county", paramLabel = "CODE=city|county,…",
                description = "Districts: override city (default for E06) or county (default for E07).")
        String cityCounty;

        @Override
        public Integer call() {
            var options = new AreaImport.Options(Level.parse(level), codeField, nameField, parentField,
                    codes == null ? Set.of() : new LinkedHashSet<>(codes), AreaImport.parseCityCounty(cityCounty));
            try (Store store = storeOptions.open()) {
                ImportSummary s = store.inTransaction(c -> AreaImport.run(c, files, options));
                print(spec, s);
                spec.commandLine().getOut().println("Records already loaded keep their codes: run `svo geo assign "
                        + "--overwrite` to place them in the new boundaries.");
            }
            return 0;
        }
    }

    @Command(name = "import-schools", mixinStandardHelpOptions = true,
            description = "Import schools from GIAS CSV files (edubasealldata or the snake_case extract), replacing the schools.")
    static final class ImportSchools implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                print(spec, store.inTransaction(c -> SchoolImport.run(c, files)));
            }
            return 0;
        }
    }

    @Command(name = "import-population", mixinStandardHelpOptions = true,
            description = "Import population (area_code,year,age_band,sex,count; Census 2021 by LSOA; IoD2019 File 6), "
                    + "replacing the rows of the same years and level.")
    static final class ImportPopulation implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

        @Option(names = "--year", paramLabel = "YEAR",
                description = "Year of a Census or IoD file when not the usual (Census: 2021; IoD: the mid-year in its header).")
        Integer year;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                print(spec, store.inTransaction(c -> PopulationImport.run(c, files, year)));
            }
            return 0;
        }
    }

    @Command(name = "import-imd", mixinStandardHelpOptions = true,
            description = "Import the Indices of Deprivation 2019 (File 1, File 2, scores), merged by LSOA, replacing the IMD.")
    static final class ImportImd implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                print(spec, store.inTransaction(c -> ImdImport.run(c, files)));
            }
            return 0;
        }
    }

    @Command(name = "load-reference", mixinStandardHelpOptions = true,
            description = "Load all real reference data (districts, wards, LSOAs, schools, population, IMD) from a "
                    + "folder laid out like shared/data, in one transaction.")
    static final class LoadReference implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The data folder (for example ../shared/data).") Path dir;

        @Option(names = "--partnership", paramLabel = "NAME", defaultValue = "derbyshire",
                description = "derbyshire (default) or leicestershire.")
        String partnership;

        @Override
        public Integer call() {
            ReferenceData.Partnership p = ReferenceData.Partnership.parse(partnership);
            long start = System.nanoTime();
            try (Store store = storeOptions.open()) {
                List<ImportSummary> all = store.inTransaction(c -> ReferenceData.load(c, dir, p));
                all.forEach(s -> print(spec, s));
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "Loaded in %.1f s.%n", (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Give located records (occurrences, police.uk crimes, stop and search) and schools their "
                    + "area codes by point in polygon.")
    static final class Assign implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Option(names = "--overwrite", description = "Recompute every code from the current boundaries (after they "
                + "change), not only the missing ones. The police.uk LSOA code from the publisher is kept.")
        boolean overwrite;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOptions.open()) {
                List<Assigner.Result> results = store.inTransaction(c -> Assigner.assignAll(c, overwrite));
                results.forEach(r -> out.println(r.describe()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the areas of a level: code, name, parent, area in km², population (latest year).")
    static final class ListAreas implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Option(names = "--level", required = true, paramLabel = "LEVEL") String level;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv or json.")
        String format;

        @Override
        public Integer call() {
            Level l = Level.parse(level);
            String f = format.toLowerCase(Locale.ROOT);
            if (!List.of("table", "csv", "json").contains(f)) throw BadInputException.of("--format", format, "table, csv or json");
            PrintWriter out = spec.commandLine().getOut();
            List<Areas.Listed> rows;
            try (Store store = storeOptions.open()) {
                rows = Areas.list(store.connection(), l);
            }
            switch (f) {
                case "csv" -> {
                    out.println("code,name,parent_code,city_county,area_km2,population,population_year");
                    for (Areas.Listed r : rows) {
                        out.println(String.join(",", csv(r.code()), csv(r.name()), csv(r.parentCode()),
                                csv(r.cityCounty()), String.format(Locale.ROOT, "%.3f", r.areaKm2()),
                                r.population() == null ? "" : r.population().toString(),
                                r.populationYear() == null ? "" : r.populationYear().toString()));
                    }
                }
                case "json" -> {
                    List<Map<String, Object>> json = rows.stream().map(r -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("code", r.code());
                        m.put("name", r.name());
                        m.put("parent_code", r.parentCode());
                        m.put("city_county", r.cityCounty());
                        m.put("area_km2", Math.round(r.areaKm2() * 1000) / 1000.0);
                        m.put("population", r.population());
                        m.put("population_year", r.populationYear());
                        return m;
                    }).toList();
                    try {
                        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                default -> {
                    if (rows.isEmpty()) {
                        out.println("no " + l.id() + " areas loaded: see `svo geo import-areas --help`");
                        break;
                    }
                    int w = Math.max(4, rows.stream().mapToInt(r -> r.name().length()).max().orElse(4));
                    out.printf(Locale.ROOT, "%-10s %-" + w + "s %-10s %-7s %10s %12s%n", "code", "name", "parent",
                            l == Level.DISTRICT ? "type" : "", "km²", "population");
                    long total = 0;
                    for (Areas.Listed r : rows) {
                        out.printf(Locale.ROOT, "%-10s %-" + w + "s %-10s %-7s %10.2f %12s%n", r.code(), r.name(),
                                r.parentCode() == null ? "" : r.parentCode(), r.cityCounty() == null ? "" : r.cityCounty(),
                                r.areaKm2(), r.population() == null ? "" : String.format(Locale.ROOT, "%,d (%d)",
                                        r.population(), r.populationYear()));
                        if (r.population() != null) total += r.population();
                    }
                    out.printf(Locale.ROOT, "%d %s areas, %.1f km²%s%n", rows.size(), l.id(),
                            rows.stream().mapToDouble(Areas.Listed::areaKm2).sum(),
                            total > 0 ? String.format(Locale.ROOT, ", population %,d", total) : "");
                }
            }
            out.flush();
            return 0;
        }

        private static String csv(String v) {
            if (v == null) return "";
            return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Measure point in polygon and bulk assignment speed over the real reference data (in memory).")
    static final class Bench implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The data folder (for example ../shared/data).") Path dir;

        @Option(names = "--points", defaultValue = "1000000", paramLabel = "N") int points;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "N") long seed;

        @Override
        public Integer call() {
            if (points < 1) throw BadInputException.of("--points", String.valueOf(points), "a positive number");
            GeoBenchmark.run(dir, points, seed, spec.commandLine().getOut());
            return 0;
        }
    }
}
