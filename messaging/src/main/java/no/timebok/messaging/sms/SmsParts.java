package no.timebok.messaging.sms;

/**
 * How many SMS a text is billed as. A text entirely in the GSM-7 alphabet (which has ÆØÅæøå)
 * takes 160 septets in one SMS or 153 per part of a longer one; the extension characters
 * ({@code ^ { } \ [ ] ~ | €} and form feed) take two septets, and a part never splits such a pair.
 * Any other character makes the whole text UCS-2: 70 UTF-16 units, or 67 per part.
 */
public final class SmsParts {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private SmsParts() {
    }

    public static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    public static int count(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        return isGsm7(text) ? gsm7Parts(text) : ucs2Parts(text);
    }

    private static int gsm7Parts(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        if (septets <= 160) {
            return 1;
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            if (used + size > 153) {
                parts++;
                used = 0;
            }
            used += size;
        }
        return parts;
    }

    private static int ucs2Parts(String text) {
        int units = text.length();
        if (units <= 70) {
            return 1;
        }
        // A part never splits a surrogate pair (an emoji), so count part by part.
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
            if (used + size > 67) {
                parts++;
                used = 0;
            }
            used += size;
            i += size - 1;
        }
        return parts;
    }
}
