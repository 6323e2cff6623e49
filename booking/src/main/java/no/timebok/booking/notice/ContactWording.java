package no.timebok.booking.notice;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * Contact details as the notice shows them: organisation numbers in groups of three as the
 * Brønnøysund registers print them ({@code 974 760 673}), phone numbers in international form with
 * spaces ({@code +47 22 00 00 01}) and as a {@code tel:} link. Missing parts become empty strings.
 */
final class ContactWording {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ContactWording() {
    }

    static String organisationNumber(String digits) {
        if (digits == null || digits.isBlank()) {
            return "";
        }
        String number = digits.strip();
        if (!number.matches("\\d{9}")) {
            return number;
        }
        return number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6);
    }

    static String phone(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        try {
            return PHONES.format(PHONES.parse(e164, "NO"), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    static String phoneLink(String e164) {
        return e164 == null || e164.isBlank() ? "" : "tel:" + e164.strip();
    }
}
