/**
 * The retention engine shared by booking and messaging: the policies and their cutoffs, one run at
 * a time per policy across nodes (a lease in {@code retention_lock}), receipts as proof of deletion
 * ({@code retention_receipt}), legal holds ({@code legal_hold}) and the start-up catch-up rule.
 * The tables belong to this package and are migrated from {@code db/migration/retention} by
 * whichever module starts first; Flyway's lock makes the other one a no-op.
 * Nothing here holds personal data except the sealed reason of a legal hold.
 */
package no.timebok.common.retention;
