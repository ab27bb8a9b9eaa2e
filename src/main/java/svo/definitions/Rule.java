package svo.definitions;

/**
 * One inclusion or exclusion rule of a definition file, e.g. {@code exclude domestic-abuse: domestic_abuse}.
 *
 * @param text the condition as written in the file
 * @param why  the reason given under the rule (a judgement and its source), or empty
 * @param line the line of the file the rule starts on
 */
public record Rule(Kind kind, String id, Condition condition, String text, String why, int line) {
    /** Exclusions are tried first: an occurrence an exclusion matches is out whatever the inclusions say. */
    public enum Kind {
        INCLUDE, EXCLUDE;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "include homicide", as explanations and the classification table name the deciding rule. */
    public String label() {
        return kind.word() + " " + id;
    }

    Rule bind(java.util.function.Function<Condition.Meets, Definition> resolver) {
        return new Rule(kind, id, condition.bind(resolver), text, why, line);
    }
}
