/**
 * Defences of the public intake against bots and abuse: rate limits per client, per phone number
 * and per node, a honeypot field, a minimum fill time and the client address behind trusted proxies.
 * No third-party CAPTCHA: the public pages load nothing from other hosts.
 */
package no.timebok.booking.abuse;
