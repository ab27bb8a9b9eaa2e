package svo.definitions;

import svo.BadInputException;
import svo.store.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every definition the product knows: the files shipped with it ({@code src/main/resources/svo/definitions/shipped/})
 * and, optionally, the analyst's own folder of {@code .def} files, which may add definitions or replace a
 * shipped one of the same name. Every file is checked on load; a bad one is refused with its file, line and
 * the name that was not recognised.
 *
 * <pre>
 * DefinitionRegistry registry = DefinitionRegistry.load(analystFolderOrNull);
 * Definition fixed   = registry.resolve("svb-2024", false);   // svb-2024 for every occurrence
 * Definition inForce = registry.resolve("svb-2024", true);    // svb-2024, then svb-2025 from 1 October 2025
 * String where = inForce.sqlCondition();                       // over the occurrence view
 * </pre>
 */
public final class DefinitionRegistry {
    static final String SHIPPED_FOLDER = "svo/definitions/shipped";

    private final Map<String, FileDefinition> byName;
    private final Map<String, Definition> byFamily;

    private DefinitionRegistry(Map<String, FileDefinition> byName, Map<String, Definition> byFamily) {
        this.byName = byName;
        this.byFamily = byFamily;
    }

    /** A file's name, where it came from, and its text. */
    record Source(String fileName, String origin, String text) {}

    /** The shipped definitions only. */
    public static DefinitionRegistry standard() {
        return load(null);
    }

    /** The shipped definitions plus every {@code .def} file in {@code analystFolder} (null: none). */
    public static DefinitionRegistry load(Path analystFolder) {
        List<Source> sources = new ArrayList<>(shipped());
        if (analystFolder != null) sources.addAll(folder(analystFolder));
        return of(sources);
    }

    /** A registry of exactly these files, later files replacing earlier ones of the same name. */
    static DefinitionRegistry of(List<Source> sources) {
        Map<String, FileDefinition> parsed = new LinkedHashMap<>();
        for (Source s : sources) {
            FileDefinition d = DefinitionFileParser.parse(s.fileName(), s.origin(), s.text());
            parsed.put(d.name(), d);
        }
        return new Binder(parsed).bindAll();
    }

    /** Every definition, in name order. */
    public List<FileDefinition> definitions() {
        return byName.values().stream().sorted(Comparator.comparing(FileDefinition::name)).toList();
    }

    /** The definition with this name, if there is one. */
    public Optional<FileDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The definition with this name; an unknown name is bad input that lists the known ones. */
    public FileDefinition get(String name) {
        FileDefinition d = byName.get(name);
        if (d == null) {
            throw BadInputException.of("--definition", name, "one of " + String.join(", ", byName.keySet()
                    .stream().sorted().toList()));
        }
        return d;
    }

    /** The names of the families, in name order. */
    public List<String> families() {
        return byFamily.keySet().stream().sorted().toList();
    }

    /**
     * A family judged "as in force", named by the family ({@code svb}) or by any member ({@code svb-2024}). A
     * family of one definition is that definition.
     */
    public Definition asInForce(String nameOrFamily) {
        FileDefinition member = byName.get(nameOrFamily);
        String family = member != null ? member.family() : nameOrFamily;
        Definition d = byFamily.get(family);
        if (d == null) {
            List<String> known = new ArrayList<>(byName.keySet());
            known.addAll(byFamily.keySet());
            throw BadInputException.of("--definition", nameOrFamily, "a definition or family: " + String.join(", ",
                    known.stream().distinct().sorted().toList()));
        }
        return d;
    }

    /**
     * What the command line's {@code --definition NAME [--as-in-force]} means: the named definition applied to
     * every occurrence, or (as in force) its family judged by date. A family name alone ({@code svb}) is only
     * valid as in force.
     */
    public Definition resolve(String name, boolean asInForce) {
        if (asInForce) return asInForce(name);
        if (!byName.containsKey(name) && byFamily.containsKey(name)) {
            throw BadInputException.of("--definition", name, "a definition (" + name + " is a family of "
                    + ((InForceDefinition) byFamily.get(name)).members().stream().map(FileDefinition::name).toList()
                    + "; name one of them, or add --as-in-force)");
        }
        return get(name);
    }

    /** The definitions a classification or explanation covers by default: every definition, then every family of two or more. */
    public List<Definition> everything() {
        List<Definition> all = new ArrayList<>(definitions());
        for (String f : families()) if (byFamily.get(f) instanceof InForceDefinition d) all.add(d);
        return all;
    }

    /** Resolves {@code meets} references (checking for loops) and families. */
    private static final class Binder {
        private final Map<String, FileDefinition> parsed;
        private final Map<String, List<FileDefinition>> familyMembers = new TreeMap<>();
        private final Map<String, FileDefinition> bound = new LinkedHashMap<>();
        private final Map<String, Definition> families = new LinkedHashMap<>();
        private final Set<String> visiting = new HashSet<>();

        Binder(Map<String, FileDefinition> parsed) {
            this.parsed = parsed;
            for (FileDefinition d : parsed.values()) {
                familyMembers.computeIfAbsent(d.family(), k -> new ArrayList<>()).add(d);
            }
        }

        DefinitionRegistry bindAll() {
            for (String name : parsed.keySet()) definition(name, null);
            for (String f : familyMembers.keySet()) family(f, null);
            for (FileDefinition d : bound.values()) {
                if (d.approximates() != null && !parsed.containsKey(d.approximates())) {
                    throw new BadInputException(fileOf(d), 0, null, d.approximates(),
                            "the name of a definition for \"approximates:\" (" + String.join(", ", parsed.keySet()) + ")",
                            null);
                }
            }
            return new DefinitionRegistry(Map.copyOf(bound), Map.copyOf(families));
        }

        private FileDefinition definition(String name, Condition.Meets from) {
            FileDefinition done = bound.get(name);
            if (done != null) return done;
            if (!visiting.add(name)) throw loop(from);
            FileDefinition d = parsed.get(name);
            FileDefinition b = d.bind(m -> target(d, m));
            visiting.remove(name);
            bound.put(name, b);
            return b;
        }

        private Definition family(String family, Condition.Meets from) {
            Definition done = families.get(family);
            if (done != null) return done;
            if (!visiting.add("family " + family)) throw loop(from);
            List<FileDefinition> members = new ArrayList<>();
            for (FileDefinition m : familyMembers.get(family)) members.add(definition(m.name(), from));
            members.sort(Comparator.comparing(FileDefinition::effectiveFrom));
            for (int i = 1; i < members.size(); i++) {
                FileDefinition prev = members.get(i - 1), next = members.get(i);
                if (prev.effectiveTo() == null || !prev.effectiveTo().plusDays(1).equals(next.effectiveFrom())) {
                    throw new BadInputException(fileOf(next), 0, null, String.valueOf(next.effectiveFrom()),
                            "\"effective from\" the day after " + prev.name() + " ends ("
                                    + (prev.effectiveTo() == null ? "it has no \"effective to\"" : prev.effectiveTo().plusDays(1)) + ")",
                            "Definitions of one family (" + family + ") must follow one another without a gap or an overlap.");
                }
                if (prev.table() != next.table()) {
                    throw new BadInputException(fileOf(next), 0, null, next.view(), "the view of " + prev.name() + " ("
                            + prev.view() + ")", "Definitions of one family apply to the same view.");
                }
            }
            visiting.remove("family " + family);
            Definition d = members.size() == 1 ? members.get(0) : new InForceDefinition(family, members);
            families.put(family, d);
            return d;
        }

        private Definition target(FileDefinition owner, Condition.Meets m) {
            Definition t;
            if (parsed.containsKey(m.name())) t = definition(m.name(), m);
            else if (familyMembers.containsKey(m.name())) t = family(m.name(), m);
            else {
                List<String> known = new ArrayList<>(parsed.keySet());
                known.addAll(familyMembers.keySet());
                throw new BadInputException(m.file(), m.line(), String.valueOf(m.column()), m.name(),
                        "a definition or family: " + String.join(", ", known.stream().distinct().sorted().toList()), null);
            }
            if (!t.view().equals(owner.view())) {
                throw new BadInputException(m.file(), m.line(), String.valueOf(m.column()), m.name(),
                        "a definition over the " + owner.view() + " view", null);
            }
            return t;
        }

        private BadInputException loop(Condition.Meets at) {
            return new BadInputException(at.file(), at.line(), String.valueOf(at.column()), at.name(),
                    "a definition that does not, in the end, refer back to this one",
                    "\"meets\" references must not form a loop.");
        }

        private static String fileOf(FileDefinition d) {
            return d.name() + DefinitionFileParser.EXTENSION;
        }
    }

    private static List<Source> shipped() {
        List<Source> out = new ArrayList<>();
        for (String file : listShipped()) {
            if (!file.endsWith(DefinitionFileParser.EXTENSION)) continue;
            out.add(new Source(file, file + " (shipped)", Sql.resource("/" + SHIPPED_FOLDER + "/" + file)));
        }
        return out;
    }

    private static List<Source> folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw BadInputException.of("--definitions", dir.toString(), "a folder of .def files");
        }
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(DefinitionFileParser.EXTENSION))
                    .sorted().toList()) {
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)))
                            .toString();
                } catch (CharacterCodingException e) {
                    throw new BadInputException(p.toString(), 0, null, null, "UTF-8 text",
                            "Save the file as UTF-8.");
                }
                out.add(new Source(p.getFileName().toString(), p.toAbsolutePath().toString(), text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the definitions folder " + dir, e);
        }
        return out;
    }

    private static List<String> listShipped() {
        URL url = DefinitionRegistry.class.getClassLoader().getResource(SHIPPED_FOLDER);
        if (url == null) throw new IllegalStateException("the shipped definitions are missing from the class path");
        try {
            URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                dir = fs.getPath(SHIPPED_FOLDER);
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the shipped definitions in " + url + ": " + e.getMessage(), e);
        }
    }
}
