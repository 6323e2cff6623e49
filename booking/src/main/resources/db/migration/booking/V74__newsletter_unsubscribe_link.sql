-- A newsletter's unsubscribe link names a row here by the SHA-256 digest of its random 128-bit
-- token (the token itself is only in the message), and the row names the requests whose newsletter
-- consent the link withdraws. It holds no address and nothing sealed, so an edge node, which holds
-- no key and may not read contact data, can check a link and act on it: the link replaces a token
-- that sealed the clinic and address with the symmetric keyset.
CREATE TABLE newsletter_unsubscribe_link (
    token_digest CHAR(43) NOT NULL PRIMARY KEY,
    clinic_id BIGINT NOT NULL,
    language CHAR(2) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    used_at DATETIME(6) NULL,
    CONSTRAINT fk_unsubscribe_link_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
);

CREATE TABLE newsletter_unsubscribe_link_request (
    token_digest CHAR(43) NOT NULL,
    booking_request_id BIGINT NOT NULL,
    PRIMARY KEY (token_digest, booking_request_id),
    CONSTRAINT fk_unsubscribe_link_request_link FOREIGN KEY (token_digest)
        REFERENCES newsletter_unsubscribe_link (token_digest) ON DELETE CASCADE,
    CONSTRAINT fk_unsubscribe_link_request_request FOREIGN KEY (booking_request_id)
        REFERENCES booking_request (id) ON DELETE CASCADE
);
