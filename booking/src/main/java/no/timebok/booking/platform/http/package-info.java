/** HTTP plumbing every page shares: security headers, and the client address behind trusted proxies. */
package no.timebok.booking.platform.http;
