-- The email that confirms a sign-up on the newsletter page (double opt-in, #17). {link} is the
-- confirmation page; the person's name is in {name}.
INSERT INTO message_template (kind, language, subject, body) VALUES
('NEWSLETTER_CONFIRMATION', 'nb', 'Bekreft påmeldingen til nyhetsbrevet fra {clinic}',
 'Hei {name}! Noen, forhåpentligvis du, har meldt denne e-postadressen på nyhetsbrevet fra {clinic}. Bekreft påmeldingen her: {link} Hvis det ikke var deg, kan du se bort fra denne e-posten: uten bekreftelse sletter vi navnet og adressen.'),
('NEWSLETTER_CONFIRMATION', 'en', 'Confirm your subscription to the newsletter from {clinic}',
 'Hello {name}! Someone, hopefully you, signed this email address up for the newsletter from {clinic}. Confirm the subscription here: {link} If it was not you, ignore this email: without a confirmation we delete the name and address.');
