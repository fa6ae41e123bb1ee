package org.ctgstudio.docgen.check;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.Messages;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.docgen.TemplateProblem;
import org.ctgstudio.docgen.TemplateProblem.Kind;
import org.ctgstudio.docgen.check.FieldScanner.Token;
import org.ctgstudio.docgen.check.FieldScanner.TokenType;
import org.ctgstudio.docgen.check.TemplateText.Paragraph;
import org.ctgstudio.docgen.check.TemplateText.Piece;
import org.ctgstudio.docgen.internal.Sandbox;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;

/**
 * Checks a template before anything is generated and says in French what is wrong and where (paragraph text, table
 * cell, header): fields cut across runs, fields without their end, loops and conditions not closed or closed without
 * being opened, row markers typed as plain text, names the data model does not have, constructs the sandbox refuses,
 * and what FreeMarker itself cannot read. A template with an error produces no document.
 */
public final class TemplateChecker {

    /** The directives templates may use; everything else is refused or unknown. */
    private static final Set<String> ALLOWED = Set.of("list", "items", "sep", "if", "elseif", "else", "switch",
            "case", "on", "default", "break", "continue", "assign", "compress", "t", "lt", "rt", "nt", "attempt",
            "recover");
    /** Directives FreeMarker knows but the sandbox refuses: they read other files, define code or change settings. */
    private static final Set<String> FORBIDDEN = Set.of("include", "import", "visit", "recurse", "macro", "function",
            "nested", "return", "setting", "global", "local", "escape", "noescape", "autoesc", "noautoesc",
            "outputformat", "ftl", "fallback", "stop", "flush", "noparse");
    private static final Set<String> BLOCKS = Set.of("list", "items", "if", "switch", "compress", "attempt");
    private static final Pattern LIST = Pattern.compile("(?s)(.*?)\\s+as\\s+([\\p{L}_][\\p{L}\\p{N}_]*)"
            + "(?:\\s*,\\s*([\\p{L}_][\\p{L}\\p{N}_]*))?\\s*");
    private static final Pattern ASSIGN = Pattern.compile("(?s)([\\p{L}_][\\p{L}\\p{N}_]*)\\s*=\\s*(.+)");
    private static final Configuration PARSER = Sandbox.configuration();

    static {
        PARSER.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    }

    /**
     * The outcome of a check.
     *
     * @param pictures   the picture placeholders of the template (bookmark or frame names starting with
     *                   {@code diagramme_})
     * @param marksDraft whether the template shows the draft mention itself ({@code document.projet} or
     *                   {@code document.mention})
     */
    public record Result(List<TemplateProblem> problems, Set<String> pictures, boolean marksDraft) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(TemplateProblem::error);
        }
    }

    /** An open block: its directive, where it was opened, the names outside and inside it. */
    private record Open(String name, Token token, Paragraph paragraph, Map<String, Type> outer,
            Map<String, Type> scope) {
    }

    private final List<TemplateProblem> problems = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Type> globals = new HashMap<>(DataModelSchema.roots());
    private Map<String, Type> scope = globals;
    private boolean marksDraft;

    private TemplateChecker() {
    }

    public static Result check(TemplateFile template) throws DocumentException {
        TemplateText text;
        try {
            text = TemplateText.of(template);
        } catch (XMLStreamException e) {
            throw new DocumentException(Messages.format("template.notDocument", template.name()), e);
        }
        TemplateChecker checker = new TemplateChecker();
        checker.run(text);
        Set<String> pictures = new LinkedHashSet<>();
        text.pictures().stream().map(TemplateText.Picture::name)
                .filter(n -> n != null && n.startsWith(PICTURE_PREFIX)).forEach(pictures::add);
        return new Result(List.copyOf(checker.problems), pictures, checker.marksDraft);
    }

    /** Bookmarks (Word) or frame names (LibreOffice) of picture placeholders start with this. */
    public static final String PICTURE_PREFIX = "diagramme_";

    /** Checks the names used by a text of the model (an article's body) against the data model. */
    public static List<String> unknownNames(String text) {
        TemplateChecker checker = new TemplateChecker();
        List<String> names = new ArrayList<>();
        for (Token token : FieldScanner.scan(text)) {
            if (token.type() == TokenType.INTERPOLATION) {
                for (ExpressionChecker.Issue issue : ExpressionChecker.issues(token.expression(), checker.globals)) {
                    names.add(issue.chain());
                }
            }
        }
        return names;
    }

    private void run(TemplateText text) {
        StringBuilder stream = new StringBuilder();
        List<Paragraph> lines = new ArrayList<>();
        for (Paragraph paragraph : text.paragraphs()) {
            String content = paragraph.text();
            List<Token> tokens = FieldScanner.scan(content);
            StringBuilder line = new StringBuilder();
            for (Token token : tokens) {
                if (pieces(paragraph, token) > 1) {
                    problem(Kind.SPLIT_FIELD, paragraph, token, "check.split", pieces(paragraph, token));
                    continue;
                }
                if (token.type() == TokenType.UNTERMINATED) {
                    problem(Kind.SYNTAX, paragraph, token, token.name().isEmpty() ? "check.unterminated.interpolation"
                            : "check.unterminated.directive");
                    continue;
                }
                if (!inField(paragraph, token) && badCharacter(paragraph, token)) {
                    continue;
                }
                if (token.type() != TokenType.COMMENT && token(paragraph, token)) {
                    line.append(token.text().substring(token.marker().length())).append(' ');
                }
            }
            stream.append(line).append('\n');
            lines.add(paragraph);
        }
        for (Open unclosed : open) {
            problem(Kind.UNBALANCED, unclosed.paragraph(), unclosed.token(), "check.unclosed", unclosed.name());
        }
        if (problems.stream().noneMatch(TemplateProblem::error)) {
            parse(stream.toString(), lines);
        }
    }

    /**
     * A field typed as text must not hold what the engine's XML writer escapes ({@code >} becomes {@code &gt;},
     * {@code '} becomes {@code &apos;}) nor Word's typographic quotes: reported with the way to write it.
     */
    private boolean badCharacter(Paragraph paragraph, Token token) {
        String text = token.text();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (!inString && "<>&'".indexOf(c) >= 0) {
                problem(Kind.SYNTAX, paragraph, token, "check.escapedCharacter", String.valueOf(c));
                return true;
            } else if (!inString && "\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019".indexOf(c) >= 0) {
                problem(Kind.SYNTAX, paragraph, token, "check.typographicQuote", String.valueOf(c));
                return true;
            }
        }
        return false;
    }

    /** Checks one field; false when it must stay out of the FreeMarker parse (already reported). */
    private boolean token(Paragraph paragraph, Token token) {
        if (!token.marker().isEmpty() && !inField(paragraph, token)) {
            problem(Kind.SYNTAX, paragraph, token, "check.markerAsText", token.marker());
            return false;
        }
        if (!token.marker().isEmpty() && paragraph.table() == 0) {
            problem(Kind.SYNTAX, paragraph, token, "check.markerOutsideTable", token.marker());
            return false;
        }
        return switch (token.type()) {
            case INTERPOLATION -> names(paragraph, token, token.expression());
            case USER_DIRECTIVE -> {
                problem(Kind.FORBIDDEN, paragraph, token, "check.forbiddenDirective", "@" + token.name());
                yield false;
            }
            case START -> start(paragraph, token);
            case END -> end(paragraph, token);
            default -> true;
        };
    }

    private boolean start(Paragraph paragraph, Token token) {
        String name = token.name();
        if (FORBIDDEN.contains(name)) {
            problem(Kind.FORBIDDEN, paragraph, token, "check.forbiddenDirective", "#" + name);
            return false;
        }
        if (!ALLOWED.contains(name)) {
            problem(Kind.SYNTAX, paragraph, token, "check.unknownDirective", "#" + name);
            return false;
        }
        String expression = token.expression();
        switch (name) {
            case "list" -> {
                Matcher m = LIST.matcher(expression);
                String source = m.matches() ? m.group(1) : expression;
                boolean ok = names(paragraph, token, source);
                Type listType = ExpressionChecker.typeOf(source, scope);
                Map<String, Type> inner = new HashMap<>(scope);
                if (m.matches()) {
                    bind(inner, m.group(2), m.group(3), listType);
                }
                push(name, token, paragraph, inner);
                return ok;
            }
            case "items" -> {
                if (open.isEmpty() || !"list".equals(open.peek().name())) {
                    problem(Kind.UNBALANCED, paragraph, token, "check.misplaced", "#items", "#list");
                    return false;
                }
                Matcher m = LIST.matcher("x " + expression);
                Map<String, Type> inner = new HashMap<>(scope);
                if (m.matches()) {
                    bind(inner, m.group(2), m.group(3),
                            ExpressionChecker.typeOf(open.peek().token().expression(), open.peek().outer()));
                }
                push(name, token, paragraph, inner);
                return true;
            }
            case "else", "elseif" -> {
                String parent = open.isEmpty() ? "" : open.peek().name();
                boolean placed = "elseif".equals(name) ? "if".equals(parent)
                        : Set.of("if", "list", "items").contains(parent);
                if (!placed) {
                    problem(Kind.UNBALANCED, paragraph, token, "check.misplaced", "#" + name, "#if");
                    return false;
                }
                return "elseif".equals(name) ? names(paragraph, token, expression) : true;
            }
            case "case", "on", "default" -> {
                if (open.isEmpty() || !"switch".equals(open.peek().name())) {
                    problem(Kind.UNBALANCED, paragraph, token, "check.misplaced", "#" + name, "#switch");
                    return false;
                }
                return names(paragraph, token, expression);
            }
            case "assign" -> {
                Matcher m = ASSIGN.matcher(expression);
                if (!m.matches()) {
                    return true; // FreeMarker's parse reports it
                }
                boolean ok = names(paragraph, token, m.group(2));
                Type type = ExpressionChecker.typeOf(m.group(2), scope);
                scope.put(m.group(1), type == null ? ExpressionChecker.UNKNOWN : type);
                return ok;
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    boolean ok = expression.isEmpty() || names(paragraph, token, expression);
                    push(name, token, paragraph, new HashMap<>(scope));
                    return ok;
                }
                return true;
            }
        }
    }

    private boolean end(Paragraph paragraph, Token token) {
        String name = token.name();
        if ("sep".equals(name)) {
            return true;
        }
        if (open.stream().noneMatch(o -> o.name().equals(name))) {
            problem(Kind.UNBALANCED, paragraph, token, "check.closedNotOpen", name);
            return false;
        }
        while (!open.peek().name().equals(name)) {
            Open unclosed = open.pop();
            problem(Kind.UNBALANCED, unclosed.paragraph(), unclosed.token(), "check.unclosedBefore", unclosed.name(),
                    token.text());
        }
        Open closed = open.pop();
        boolean rowOpened = closed.token().marker().endsWith("-row");
        boolean rowClosed = token.marker().endsWith("-row");
        if (rowOpened != rowClosed) {
            problem(Kind.UNBALANCED, paragraph, token, rowOpened ? "check.rowNotClosedByRow" : "check.rowClosedByRow",
                    closed.token().text());
        } else if (!rowOpened && closed.paragraph() != paragraph
                && !closed.paragraph().container().equals(paragraph.container())) {
            // What lies between is repeated: from a table cell to the text after the table, or from a LibreOffice
            // heading to a paragraph, the repeated XML would not be well formed.
            problem(Kind.UNBALANCED, paragraph, token, "check.crossesContainers", closed.token().text(),
                    Locations.of(closed.paragraph()));
        }
        scope = open.isEmpty() ? globals : open.peek().scope();
        return true;
    }

    private void push(String name, Token token, Paragraph paragraph, Map<String, Type> inner) {
        open.push(new Open(name, token, paragraph, scope, inner));
        scope = inner;
    }

    private static void bind(Map<String, Type> scope, String item, String value, Type listType) {
        Type element = listType == null ? null : DataModelSchema.elementType(listType);
        Type unknown = ExpressionChecker.UNKNOWN;
        if (value != null) {
            scope.put(item, unknown); // a map's key
            scope.put(value, element == null ? unknown : element);
        } else {
            scope.put(item, element == null ? unknown : element);
        }
    }

    private boolean names(Paragraph paragraph, Token token, String expression) {
        if (expression.contains("document.projet") || expression.contains("document.mention")) {
            marksDraft = true;
        }
        boolean ok = true;
        for (ExpressionChecker.Issue issue : ExpressionChecker.issues(expression, scope)) {
            ok = false;
            switch (issue.kind()) {
                case "root" -> problem(Kind.UNKNOWN_NAME, paragraph, token, "check.unknownRoot", issue.name(),
                        String.join(", ", scope.keySet().stream().sorted().toList()));
                case "member" -> problem(Kind.UNKNOWN_NAME, paragraph, token, "check.unknownMember", issue.chain(),
                        issue.name(), typeName(issue.owner()),
                        String.join(", ", DataModelSchema.members(issue.owner()).keySet()));
                case "list" -> problem(Kind.UNKNOWN_NAME, paragraph, token, "check.memberOfList", issue.chain(),
                        issue.name());
                case "scalar" -> problem(Kind.UNKNOWN_NAME, paragraph, token, "check.memberOfScalar", issue.chain(),
                        issue.name());
                case "builtin" -> problem(Kind.FORBIDDEN, paragraph, token, "check.forbiddenBuiltin",
                        "?" + issue.name());
                default -> problem(Kind.FORBIDDEN, paragraph, token, "check.forbiddenSpecial", "." + issue.name());
            }
        }
        return ok;
    }

    /** What FreeMarker itself finds wrong in the fields, read as one template (one line per paragraph). */
    private void parse(String stream, List<Paragraph> lines) {
        try {
            new Template("check", new StringReader(stream), PARSER);
        } catch (ParseException e) {
            int line = Math.max(1, Math.min(lines.size(), e.getLineNumber()));
            Paragraph paragraph = lines.get(line - 1);
            String detail = e.getEditorMessage() == null ? e.getMessage() : e.getEditorMessage();
            problems.add(new TemplateProblem(Kind.SYNTAX, true, Messages.format("check.syntax",
                    firstLine(detail)), Locations.of(paragraph), ""));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private static String typeName(Type type) {
        return type instanceof Class<?> c ? Messages.format("type." + c.getSimpleName()) : String.valueOf(type);
    }

    /** How many stored pieces the field spans (1 when it was typed in one go or is one merge field). */
    private static int pieces(Paragraph paragraph, Token token) {
        int offset = 0;
        int count = 0;
        for (Piece piece : paragraph.pieces()) {
            int end = offset + piece.text().length();
            if (end > token.start() && offset < token.end()) {
                count++;
            }
            offset = end;
        }
        return count;
    }

    private static boolean inField(Paragraph paragraph, Token token) {
        int offset = 0;
        for (Piece piece : paragraph.pieces()) {
            int end = offset + piece.text().length();
            if (offset <= token.start() && token.end() <= end) {
                return piece.field();
            }
            offset = end;
        }
        return false;
    }

    private void problem(Kind kind, Paragraph paragraph, Token token, String key, Object... arguments) {
        Object[] withField = new Object[arguments.length + 1];
        withField[0] = token.text();
        System.arraycopy(arguments, 0, withField, 1, arguments.length);
        problems.add(new TemplateProblem(kind, true, Messages.format(key, withField), Locations.of(paragraph),
                token.text()));
    }
}
