/** Erasure on request (GDPR art. 17): what the law lets go goes at once; what it keeps is counted, with the reason. */
package no.timebok.booking.rights.erasure;
