package no.timebok.booking.rights.consent;

import java.util.Optional;
import java.util.regex.Pattern;
import no.timebok.common.error.FieldErrors;

/**
 * A grant or withdrawal as the privacy officer sends it.
 *
 * @param channel one of in-person, phone, letter, email
 * @param textVersion the version of the consent text the person was shown, e.g. "newsletter-2026-11"
 */
public record ConsentForm(String purpose, Boolean granted, String channel, String textVersion) {

    private static final Pattern TEXT_VERSION = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /** @throws no.timebok.common.error.InvalidInputException naming each wrong field */
    ConsentChange validate() {
        FieldErrors errors = new FieldErrors();
        Optional<ConsentPurpose> parsedPurpose = ConsentPurpose.parse(purpose);
        if (parsedPurpose.isEmpty()) {
            errors.add("purpose", "consent.purpose.invalid");
        }
        if (granted == null) {
            errors.add("granted", "consent.granted.required");
        }
        Optional<ConsentChannel> parsedChannel = ConsentChannel.staffChannel(channel);
        if (parsedChannel.isEmpty()) {
            errors.add("channel", "consent.channel.invalid");
        }
        if (textVersion == null || !TEXT_VERSION.matcher(textVersion).matches()) {
            errors.add("textVersion", "consent.textVersion.invalid");
        }
        errors.throwIfAny();
        return new ConsentChange(parsedPurpose.orElseThrow(), granted, parsedChannel.orElseThrow(), textVersion);
    }
}
