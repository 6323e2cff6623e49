/**
 * Benchmarks, run by {@code ./bench.sh}. Each provisions its own MariaDB and Payara domain, measures
 * a baseline on the same database in the same run, and reports ratios to it, because the shared
 * machines are too noisy for absolute numbers to mean much.
 */
package no.timebok.ear.bench;
