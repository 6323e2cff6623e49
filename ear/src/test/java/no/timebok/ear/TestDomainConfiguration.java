package no.timebok.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.common.config.ConfigKey;

/**
 * What the tests' Payara domain is configured with: the {@code --config=key=value} arguments that
 * ear/pom.xml's start-payara execution passes, or else the key's default in {@link ConfigKey}, which
 * is what the application then reads. A test that checks what a page says about a setting reads the
 * setting here, from the same place the server got it, instead of repeating a number.
 */
public final class TestDomainConfiguration {

    private TestDomainConfiguration() {
    }

    /** The value the domain's application reads for this key. */
    public static String value(ConfigKey key) {
        Matcher argument = Pattern.compile("<argument>--config=" + Pattern.quote(key.key()) + "=([^<]*)</argument>")
                .matcher(pom());
        if (argument.find()) {
            return argument.group(1).strip();
        }
        return key.defaultValue().orElseThrow(() -> new IllegalStateException(key.key() + " is required but not set in ear/pom.xml"));
    }

    private static String pom() {
        // Failsafe runs in the ear module's directory, beside the pom that starts the domain.
        try {
            return Files.readString(Path.of("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ear/pom.xml from " + Path.of("").toAbsolutePath(), e);
        }
    }
}
