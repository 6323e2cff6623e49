package no.timebok.ear.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The edge nodes' database account on this machine, made as the README tells operations to make
 * it: the role from booking's {@code edge-grants.sql}, and an account on loopback that has only
 * that role, with a fresh random password each time.
 */
public final class EdgeDatabaseAccount {

    public static final String USER = "timebok_edge";
    public static final String ROLE = "timebok_edge_role";
    private static final String ACCOUNT = "'" + USER + "'@'127.0.0.1'";

    private EdgeDatabaseAccount() {
    }

    /** Grants the role (again), and gives the account a new password; answers how the edge connects. */
    public static DatabaseSettings create(DatabaseSettings admin, Path grantsFile) {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
             Statement statement = connection.createStatement()) {
            for (String grant : statements(Files.readString(grantsFile))) {
                statement.execute(grant);
            }
            statement.execute("CREATE USER IF NOT EXISTS " + ACCOUNT);
            statement.execute("ALTER USER " + ACCOUNT + " IDENTIFIED BY '" + password + "'");
            statement.execute("GRANT " + ROLE + " TO " + ACCOUNT);
            statement.execute("SET DEFAULT ROLE " + ROLE + " FOR " + ACCOUNT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the edge's database account from " + grantsFile, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DatabaseSettings(admin.url(), USER, password);
    }

    /** The file's statements, without its comment lines. */
    static List<String> statements(String sql) {
        String withoutComments = sql.lines().filter(line -> !line.strip().startsWith("--"))
                .reduce("", (a, b) -> a + "\n" + b);
        return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
