package no.timebok.common.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Phone numbers as people type them, read with libphonenumber and stored as E.164. */
public final class PhoneNumbers {

    /** Numbers without a country code are Norwegian. */
    public static final String DEFAULT_REGION = "NO";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_INPUT_LENGTH = 40;

    private PhoneNumbers() {
    }

    /** Whether an E.164 number can receive SMS; numbers whose kind libphonenumber cannot tell are not assumed to. */
    public static boolean isMobile(String e164) {
        try {
            PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(UTIL.parse(e164, DEFAULT_REGION));
            return type == PhoneNumberUtil.PhoneNumberType.MOBILE || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** The number in E.164 ({@code +4791234567}), or empty when it is not a valid number. */
    public static Optional<String> toE164(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(typed.strip(), DEFAULT_REGION);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * An E.164 number as people read and dial it: Norwegian numbers in the national grouping
     * ({@code 22 00 00 02}, {@code 91 23 45 67}), others with their country code
     * ({@code +46 8 123 456 78}). A number libphonenumber cannot read is shown as it was stored.
     */
    public static String forPeople(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        try {
            PhoneNumber number = UTIL.parse(e164, DEFAULT_REGION);
            boolean domestic = DEFAULT_REGION.equals(UTIL.getRegionCodeForNumber(number));
            return UTIL.format(number, domestic ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
