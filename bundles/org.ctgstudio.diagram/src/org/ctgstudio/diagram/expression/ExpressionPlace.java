package org.ctgstudio.diagram.expression;

/**
 * Where an expression sits in a description, to say so when it fails: the representation description, the mapping
 * or tool, and which of its expressions ({@code semanticCandidates}, {@code labelExpression} ...).
 */
public record ExpressionPlace(String description, String element, String role) {

    @Override
    public String toString() {
        return description + " \u203A " + element + " \u203A " + role;
    }
}
