package no.timebok.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
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
        String configured = all().get(key.key());
        if (configured != null) {
            return configured;
        }
        return key.defaultValue().orElseThrow(() -> new IllegalStateException(key.key() + " is required but not set in ear/pom.xml"));
    }

    /**
     * Every {@code --config} argument the domain gets, with the build's {@code ${...}} properties
     * filled in as Maven fills them: for a second domain that must be configured like the first.
     */
    public static Map<String, String> all() {
        Matcher argument = Pattern.compile("<argument>--config=([^=<]+)=([^<]*)</argument>").matcher(pom());
        Map<String, String> all = new TreeMap<>();
        while (argument.find()) {
            all.put(argument.group(1).strip(), resolved(argument.group(2).strip()));
        }
        return all;
    }

    private static String resolved(String value) {
        Matcher property = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (property.find()) {
            String name = property.group(1);
            String replacement = name.equals("project.basedir") ? Path.of("").toAbsolutePath().toString() : System.getProperty(name);
            if (replacement == null) {
                throw new IllegalStateException("ear/pom.xml uses ${" + name + "}, which the tests do not get as a system property");
            }
            property.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return property.appendTail(out).toString();
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
