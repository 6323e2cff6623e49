/** The queue's pages: the list of requests, and one request with its scheduling, notes and thread. */
package no.timebok.booking.queue.web;
