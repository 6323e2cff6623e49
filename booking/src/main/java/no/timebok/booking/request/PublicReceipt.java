package no.timebok.booking.request;

import no.timebok.common.i18n.Language;

/**
 * The columns of a request that public pages show, and the only ones an edge node's database
 * account may read: no name, contact, national ID or free text ever leaves the database for them.
 */
public record PublicReceipt(String reference, String receiptToken, long clinicId, String clinicName,
                            BookingStatus status, String languageTag) {

    public Language language() {
        return Language.of(languageTag);
    }
}
