package no.timebok.ear.dev;

/** Where the application's database is, as the JDBC pool needs it. */
public record DatabaseSettings(String url, String user, String password) {

    /**
     * The pool's properties in asadmin's {@code name=value:name=value} form, where ':' and '='
     * inside a value must be escaped.
     */
    String asPoolProperties() {
        // The pool refuses to connect without a password property; "()" is asadmin's empty value.
        String pw = password == null || password.isEmpty() ? "()" : escape(password);
        return "url=" + escape(url) + ":user=" + escape(user) + ":password=" + pw;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ");
    }
}
