package no.timebok.common.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email addresses as people type them. The check is syntactic and deliberately narrower than RFC
 * 5322: no quoted local parts, comments or IP-literal domains, which real customers do not use but
 * which make addresses harder to pass safely to mail libraries and headers. Whether an address
 * receives mail is only known by sending to it.
 */
public final class EmailAddresses {

    // RFC 5321: 254 characters fit in a forward path; 64 in a local part; 63 in a DNS label.
    private static final int MAX_LENGTH = 254;

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL_PART = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*");
    private static final int MAX_LOCAL_PART_LENGTH = 64;

    // Letters include non-ASCII ones, so that domains such as blåbær.no are accepted as typed.
    private static final String LABEL = "[\\p{L}0-9](?:[\\p{L}0-9-]{0,61}[\\p{L}0-9])?";
    private static final Pattern DOMAIN = Pattern.compile("(?:" + LABEL + "\\.)+\\p{L}{2,63}");

    private EmailAddresses() {
    }

    /**
     * The address without surrounding whitespace, or empty when it is not a plausible address. Any
     * control character makes it invalid, even at the ends where trimming would hide it: a CR or LF
     * that reached a mail header could add recipients or headers of the sender's choosing.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || containsControlCharacter(typed)) {
            return Optional.empty();
        }
        String address = typed.strip();
        if (address.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            return Optional.empty();
        }
        String localPart = address.substring(0, at);
        String domain = address.substring(at + 1);
        boolean valid = localPart.length() <= MAX_LOCAL_PART_LENGTH
                && LOCAL_PART.matcher(localPart).matches()
                && DOMAIN.matcher(domain).matches();
        return valid ? Optional.of(address) : Optional.empty();
    }

    private static boolean containsControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
