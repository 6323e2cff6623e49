package no.timebok.common.retention;

/** The engine's own tables could not be read or written; the run stops and its receipt says so. */
public class RetentionDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RetentionDatabaseException(String what, java.sql.SQLException cause) {
        super(what + " failed (SQLState " + cause.getSQLState() + ")", cause);
    }
}
