package svo.definitions;

import svo.BadInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses and checks the condition of one rule:
 *
 * <pre>
 * condition := and-part ("or" and-part)*
 * and-part  := unary ("and" unary)*
 * unary     := "not" unary | "(" condition ")" | "meets" NAME | FLAG
 *            | FIELD ("=" | "!=") VALUE | FIELD ["not"] "in" "(" VALUE ("," VALUE)* ")"
 * VALUE     := word | "quoted text"
 * </pre>
 *
 * Every field must be a column of the definition's view and every value one that column may hold
 * ({@link Fields}); anything else is refused with the file, line, column and the name not recognised.
 */
final class ConditionParser {
    /**
     * The condition text and, for each of its characters and one past the end, the line and column (from 1)
     * where it stands in the file: a condition may run over several lines.
     */
    record Located(String text, int[] lines, int[] columns) {}

    private enum Type { WORD, STRING, LPAREN, RPAREN, COMMA, EQ, NE, END }

    private record Token(Type type, String text, int at) {}

    private final String file;
    private final Located source;
    private final Fields.Table table;
    private final List<Token> tokens;
    private int pos;

    private ConditionParser(String file, Located source, Fields.Table table) {
        this.file = file;
        this.source = source;
        this.table = table;
        this.tokens = tokenize();
    }

    /** The checked condition, with {@code meets} references still unbound. */
    static Condition parse(String file, Located source, Fields.Table table) {
        ConditionParser p = new ConditionParser(file, source, table);
        if (p.peek().type == Type.END) throw p.error(p.peek(), "", "a condition, e.g. offence_group = Robbery", null);
        Condition c = p.orPart();
        if (p.peek().type != Type.END) {
            throw p.error(p.peek(), p.peek().text, "\"and\", \"or\" or the end of the condition", null);
        }
        return c;
    }

    private Condition orPart() {
        List<Condition> parts = new ArrayList<>(List.of(andPart()));
        while (isKeyword(peek(), "or")) {
            pos++;
            parts.add(andPart());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Or(parts);
    }

    private Condition andPart() {
        List<Condition> parts = new ArrayList<>(List.of(unary()));
        while (isKeyword(peek(), "and")) {
            pos++;
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.And(parts);
    }

    private Condition unary() {
        Token t = next();
        if (isKeyword(t, "not")) return new Condition.Not(unary());
        if (t.type == Type.LPAREN) {
            Condition inner = orPart();
            expect(Type.RPAREN, "\")\"");
            return inner;
        }
        if (isKeyword(t, "meets")) {
            Token name = next();
            if (name.type != Type.WORD) throw error(name, name.text, "the name of a definition or family after \"meets\"", null);
            return new Condition.Meets(name.text, file, lineOf(name), columnOf(name), null);
        }
        if (t.type != Type.WORD) throw error(t, t.text, "a field name, \"not\", \"meets\" or \"(\"", null);
        Fields.Field field = field(t);
        if (field.kind() == Fields.Kind.FLAG) {
            Token op = peek();
            if (op.type == Type.EQ || op.type == Type.NE || isKeyword(op, "in")) {
                throw error(op, op.text, "nothing after the yes/no field " + field.name(),
                        "Write \"" + field.name() + "\" or \"not " + field.name() + "\".");
            }
            return new Condition.Flag(field);
        }
        Token op = next();
        if (op.type == Type.EQ || op.type == Type.NE) {
            return new Condition.Compare(field, op.type == Type.NE, List.of(value(field)));
        }
        boolean negated = false;
        if (isKeyword(op, "not")) {
            negated = true;
            op = next();
        }
        if (!isKeyword(op, "in")) {
            throw error(op, op.text, "=, !=, in or not in after " + field.name(), null);
        }
        expect(Type.LPAREN, "\"(\" after in");
        List<String> values = new ArrayList<>(List.of(value(field)));
        while (peek().type == Type.COMMA) {
            pos++;
            values.add(value(field));
        }
        expect(Type.RPAREN, "\",\" or \")\"");
        return new Condition.Compare(field, negated, values);
    }

    private Fields.Field field(Token t) {
        Map<String, Fields.Field> fields = table.fields();
        Fields.Field f = fields.get(t.text.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw error(t, t.text, "a field of the " + table.view() + " view: " + String.join(", ", fields.keySet()),
                    "See docs/definitions.md for the fields and values a rule may name.");
        }
        return f;
    }

    private String value(Fields.Field field) {
        Token t = next();
        if (t.type != Type.WORD && t.type != Type.STRING) throw error(t, t.text, field.expected(), null);
        boolean spaces = field.values().stream().anyMatch(v -> v.contains(" "));
        return field.canonical(t.text).orElseThrow(() -> error(t, t.text, field.expected(),
                "The value is not one " + field.name() + " can hold; check its spelling"
                        + (spaces && t.type == Type.WORD ? ", and quote a value with spaces: \"Violence with injury\"." : ".")));
    }

    private void expect(Type type, String what) {
        Token t = next();
        if (t.type != type) throw error(t, t.text, what, null);
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.type != Type.END) pos++;
        return t;
    }

    private static boolean isKeyword(Token t, String word) {
        return t.type == Type.WORD && t.text.equalsIgnoreCase(word);
    }

    private List<Token> tokenize() {
        String s = source.text();
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(Type.LPAREN, "(", i++));
            } else if (c == ')') {
                out.add(new Token(Type.RPAREN, ")", i++));
            } else if (c == ',') {
                out.add(new Token(Type.COMMA, ",", i++));
            } else if (c == '=') {
                out.add(new Token(Type.EQ, "=", i++));
            } else if (c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '=') {
                out.add(new Token(Type.NE, "!=", i));
                i += 2;
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) throw error(i, s.substring(i), "a closing \" for the quoted value", null);
                out.add(new Token(Type.STRING, s.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_-/.".indexOf(s.charAt(i)) >= 0)) i++;
                out.add(new Token(Type.WORD, s.substring(start, i), start));
            } else {
                throw error(i, String.valueOf(c), "a field, a value, a quoted value, =, !=, \"(\", \")\" or \",\"", null);
            }
        }
        out.add(new Token(Type.END, "", s.length()));
        return out;
    }

    private int lineOf(Token t) {
        return source.lines()[Math.min(t.at, source.lines().length - 1)];
    }

    private int columnOf(Token t) {
        return source.columns()[Math.min(t.at, source.columns().length - 1)];
    }

    private BadInputException error(Token t, String value, String expected, String hint) {
        return new BadInputException(file, lineOf(t), String.valueOf(columnOf(t)), value.isEmpty() ? null : value,
                expected, hint);
    }

    private BadInputException error(int at, String value, String expected, String hint) {
        return error(new Token(Type.END, value, at), value, expected, hint);
    }
}
