/**
 * A data subject's rights as messaging carries them out for booking's privacy officer: restricting
 * and lifting the processing of their messages, and erasing their correspondence at once where the
 * journal rules allow.
 */
package no.timebok.messaging.subject;
