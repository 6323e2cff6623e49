/** Several nodes of the domain on one database and one data grid, each promise kept once. */
package no.timebok.ear.cluster;
