package svo.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Function;

/**
 * HTML that is safe to write out as it is. This is the one place text is escaped: an {@code Html} is made
 * only from a template written in the code, whose {@code {}} holes are filled with escaped values (or with
 * other {@code Html}), so text from a request, a file or the store can never become markup.
 *
 * <pre>
 * Html row = Html.of("&lt;tr&gt;&lt;td&gt;{}&lt;/td&gt;&lt;td class=num&gt;{}&lt;/td&gt;&lt;/tr&gt;", batch.fileName(), batch.rows());
 * </pre>
 */
final class Html {
    static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /** A template from the code with {@code {}} holes; each argument is escaped unless it is already {@code Html}. */
    static Html of(String template, Object... args) {
        StringBuilder sb = new StringBuilder(template.length() + 16 * args.length);
        int from = 0;
        int arg = 0;
        for (int at; (at = template.indexOf("{}", from)) >= 0; from = at + 2) {
            if (arg >= args.length) throw new IllegalArgumentException("more holes than arguments in: " + template);
            sb.append(template, from, at).append(fragment(args[arg++]));
        }
        if (arg != args.length) throw new IllegalArgumentException("more arguments than holes in: " + template);
        return new Html(sb.append(template, from, template.length()).toString());
    }

    /** Escaped text. */
    static Html text(Object value) {
        return new Html(escape(value == null ? "" : String.valueOf(value)));
    }

    /** Markup that comes from this product's own code (an SVG chart it drew, a constant); never request text. */
    static Html trusted(String markup) {
        return new Html(markup);
    }

    /** The fragments one after another. */
    static Html join(Collection<Html> parts) {
        StringBuilder sb = new StringBuilder();
        for (Html h : parts) sb.append(h.markup);
        return new Html(sb.toString());
    }

    /** One fragment per item. */
    static <T> Html each(Collection<T> items, Function<T, Html> render) {
        StringBuilder sb = new StringBuilder();
        for (T t : items) sb.append(render.apply(t).markup);
        return new Html(sb.toString());
    }

    /** {@code then} when the condition holds, else nothing. */
    static Html when(boolean condition, Html then) {
        return condition ? then : EMPTY;
    }

    /** A same-site path with query parameters, each name and value URL-encoded (then HTML-escaped by {@link #of}). */
    static String url(String path, String... namesAndValues) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null || namesAndValues[i + 1].isEmpty()) continue;
            sb.append(sep).append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
            sep = '&';
        }
        return sb.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null) {
                if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                sb.append(rep);
            } else if (sb != null) {
                sb.append(ch);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String fragment(Object o) {
        if (o instanceof Html h) return h.markup;
        return escape(o == null ? "" : String.valueOf(o));
    }

    @Override
    public String toString() {
        return markup;
    }
}
