package svo.geo;

import svo.BadInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a partnership's real reference geography from a folder laid out like {@code ../shared/data}
 * (see its SOURCES.md): districts (the subset of the England LAD TopoJSON), 2013 wards and 2011 LSOAs of
 * those districts, GIAS schools, Census 2021 and mid-2015 population, and IMD 2019 (File 1, File 2 and the
 * scores). All of it in the caller's transaction: it loads completely or not at all.
 *
 * <pre>
 * store.inTransaction(c -> ReferenceData.load(c, Path.of("../shared/data"), ReferenceData.Partnership.DERBYSHIRE));
 * </pre>
 */
public final class ReferenceData {
    /** The partnership areas the real data folder covers: their district codes and file-name suffix. */
    public enum Partnership {
        DERBYSHIRE("derbyshire_pfa", "E06000015", "E07000032", "E07000033", "E07000034", "E07000035", "E07000036",
                "E07000037", "E07000038", "E07000039"),
        LEICESTERSHIRE("leicestershire_pfa", "E06000016", "E06000017", "E07000129", "E07000130", "E07000131",
                "E07000132", "E07000133", "E07000134", "E07000135");

        private final String suffix;
        private final List<String> districts;

        Partnership(String suffix, String... districts) {
            this.suffix = suffix;
            this.districts = List.of(districts);
        }

        /** The ONS codes of the partnership's districts. */
        public List<String> districts() {
            return districts;
        }

        public static Partnership parse(String text) {
            for (Partnership p : values()) if (p.name().equalsIgnoreCase(text == null ? "" : text.strip())) return p;
            throw BadInputException.of("partnership", text, Arrays.stream(values())
                    .map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or ")));
        }
    }

    private ReferenceData() {}

    /** Loads everything, in the caller's transaction; returns one summary per import, in order. */
    public static List<ImportSummary> load(Connection c, Path dir, Partnership p) {
        Path boundaries = dir.resolve("boundaries/martinjc_UK-GeoJSON");
        Path lad = boundaries.resolve("lad/topo_lad_england.json");
        require(dir, lad);
        List<ImportSummary> out = new ArrayList<>();
        out.add(AreaImport.run(c, List.of(lad), AreaImport.Options.of(Level.DISTRICT)
                .withCodes(new LinkedHashSet<>(p.districts()))));
        out.add(AreaImport.run(c, perDistrict(dir, boundaries.resolve("wards_by_lad"), p), AreaImport.Options.of(Level.WARD)));
        out.add(AreaImport.run(c, perDistrict(dir, boundaries.resolve("lsoa_2011_by_lad"), p), AreaImport.Options.of(Level.LSOA)));
        out.add(SchoolImport.run(c, List.of(one(dir, "schools", "gias_", p))));
        out.add(PopulationImport.run(c, List.of(one(dir, "population", "census2021_usual_residents", p)), null));
        out.add(PopulationImport.run(c, List.of(one(dir, "population", "IoD2019_File6_population", p)), null));
        out.add(ImdImport.run(c, List.of(one(dir, "imd2019", "IoD2019_File1_IMD", p),
                one(dir, "imd2019", "IoD2019_File2_domains", p), one(dir, "imd2019", "IMD2019_score_decile", p))));
        return out;
    }

    private static List<Path> perDistrict(Path dir, Path folder, Partnership p) {
        List<Path> files = new ArrayList<>();
        for (String code : p.districts()) {
            Path f = folder.resolve(code + ".json");
            require(dir, f);
            files.add(f);
        }
        return files;
    }

    /** The one file in {@code dir/folder} whose name starts with {@code prefix} and names the partnership. */
    private static Path one(Path dir, String folder, String prefix, Partnership p) {
        Path f = dir.resolve(folder);
        require(dir, f);
        try (var files = Files.list(f)) {
            Set<Path> match = files.filter(x -> {
                String n = x.getFileName().toString();
                return n.startsWith(prefix) && n.contains(p.suffix) && n.endsWith(".csv");
            }).collect(Collectors.toCollection(LinkedHashSet::new));
            if (match.size() != 1) {
                throw new BadInputException(f + ": expected one file named " + prefix + "…" + p.suffix + "….csv, found "
                        + match.size() + ". Is this a copy of shared/data (see its SOURCES.md)?");
            }
            return match.iterator().next();
        } catch (java.io.IOException e) {
            throw new BadInputException(f + ": cannot be listed (" + e.getMessage() + ").");
        }
    }

    private static void require(Path dir, Path f) {
        if (!Files.exists(f)) {
            throw new BadInputException(dir + ": " + dir.relativize(f) + " is missing. The folder must be laid out like "
                    + "shared/data (see its SOURCES.md).");
        }
    }
}
