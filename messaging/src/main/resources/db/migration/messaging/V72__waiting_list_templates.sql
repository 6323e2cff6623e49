-- The waiting list (#18). {reference} is the entry's own (WL-…); {link} its page, where the patient
-- sees their place and leaves the list, or the offer's page, where only a POST books the time.
-- Like every template: the clinic, a time and a place, never why the patient comes.
INSERT INTO message_template (kind, language, subject, body) VALUES
('WAITING_LIST_JOINED', 'nb', 'Du står på ventelisten hos {clinic}',
 'Du står på ventelisten hos {clinic} (referanse {reference}). Når en time blir ledig, får du en melding med et tilbud. Se eller forlat ventelisten: {link}'),
('WAITING_LIST_JOINED', 'en', 'You are on the waiting list at {clinic}',
 'You are on the waiting list at {clinic} (reference {reference}). When a time becomes free, we will send you an offer. See or leave the waiting list: {link}'),
('WAITING_LIST_OFFER', 'nb', 'En ledig time hos {clinic}',
 'En time er ledig hos {clinic} {time}, {place}. Vil du ha den, bestill den her snart, ellers går den til neste på ventelisten: {link}'),
('WAITING_LIST_OFFER', 'en', 'A free time at {clinic}',
 'A time is free at {clinic} {time}, {place}. If you want it, book it here soon; otherwise it goes to the next on the waiting list: {link}');
