package no.timebok.booking.rights.consent;

/** A validated grant or withdrawal, as the privacy officer records it. */
record ConsentChange(ConsentPurpose purpose, boolean granted, ConsentChannel channel, String textVersion) {
}
