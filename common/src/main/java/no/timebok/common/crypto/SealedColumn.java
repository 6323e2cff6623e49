package no.timebok.common.crypto;

/**
 * A column of sealed values, as the re-seal after a key rotation walks it: its table, its column,
 * the SQL expression that gives each row's seal context (the same string the entity seals with),
 * and which rows hold values under the keyset at all.
 *
 * @param onlyWhere SQL condition on the rows to consider, or "TRUE"
 */
public record SealedColumn(String table, String column, String contextSql, String onlyWhere) {

    public SealedColumn(String table, String column, String contextSql) {
        this(table, column, contextSql, "TRUE");
    }

    /** The column's name in the progress table and the logs. */
    public String key() {
        return table + "." + column;
    }
}
