package svo.analysis;

import svo.definitions.Definition;
import svo.store.Store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a consumer of analyses — the report, the web pages — needs from the store, so that it never touches JDBC:
 * run an analysis, whether a data set is loaded, the batches behind the figures (with their checksums, for the
 * methods appendix), whether the store holds synthetic data, the definitions by name and the districts.
 *
 * <pre>
 * AnalysisContext ctx = AnalysisContext.of(store, definitions::find);
 * if (ctx.loaded("occurrences")) { Result r = ctx.run(analysis, scope); }
 * </pre>
 */
public interface AnalysisContext {
    /** Runs one analysis over the store. */
    Result run(Analysis analysis, Scope scope);

    /** True when the data set has at least one active batch (or, for reference data, rows). */
    boolean loaded(String dataset);

    /** The active batches of these data sets, oldest first. */
    List<Batch> batches(Collection<String> datasets);

    /** True when the store says its data are synthetic ({@code store_setting synthetic = true}) or any active batch is. */
    boolean synthetic();

    /** A definition by name ({@code svb-knife}), if it is known. */
    Optional<Definition> definition(String name);

    /** The districts of the partnership area, by name. Empty when no geography is loaded. */
    List<Area> districts();

    /** A store setting ({@code partnership_name}, …), if set. */
    Optional<String> setting(String key);

    /** One imported file, as the methods appendix lists it. */
    record Batch(long id, String dataset, String source, String fileName, String sha256, long rowsRead, long rowsLoaded,
                 long rowsRejected, LocalDate periodFrom, LocalDate periodTo, LocalDateTime loadedAt, boolean synthetic) {}

    /** The context over a store; {@code definitions} finds a definition by name. */
    static AnalysisContext of(Store store, Function<String, Optional<Definition>> definitions) {
        return new StoreAnalysisContext(store, definitions);
    }
}
