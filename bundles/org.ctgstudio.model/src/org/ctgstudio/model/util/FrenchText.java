package org.ctgstudio.model.util;

import java.text.Normalizer;
import java.util.Locale;

/**
 * French composition of labels: « Commune d'Esquisse », « Commune du Havre », « Commune de La Brouillonnière ». No
 * library on Maven Central does this small rule, hence this class. Elision before a vowel (accents included) or a
 * Y; never before an H, since « de Haute-Rive » (h aspiré) is as common in place names as « d'Hyères ».
 */
public final class FrenchText {

    private FrenchText() {
    }

    /** {@code noun} + « de » + {@code name} as French writes it: "Commune" + "Esquisse" → "Commune d'Esquisse". */
    public static String of(String noun, String name) {
        return noun + " " + de(name);
    }

    /** « de » before a name: "d'Esquisse", "du Havre" (Le Havre), "des Mureaux" (Les Mureaux), "de Gabarit". */
    public static String de(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.startsWith("Le ")) {
            return "du " + trimmed.substring(3);
        }
        if (trimmed.startsWith("Les ")) {
            return "des " + trimmed.substring(4);
        }
        return startsWithVowel(trimmed) ? "d'" + trimmed : "de " + trimmed;
    }

    static boolean startsWithVowel(String text) {
        if (text.isEmpty()) {
            return false;
        }
        String first = Normalizer.normalize(text.substring(0, 1), Normalizer.Form.NFD).substring(0, 1)
                .toLowerCase(Locale.ROOT);
        return "aeiouyœæ".contains(first);
    }
}
