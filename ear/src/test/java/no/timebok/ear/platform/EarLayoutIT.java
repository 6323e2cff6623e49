package no.timebok.ear.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The EAR as operations receive it: one archive, shared kernel in lib/, unversioned modules. */
class EarLayoutIT {

    @Test
    void earHoldsTheSharedKernelInLibAndBothWebModules() throws Exception {
        File ear = new File(System.getProperty("timebok.it.ear", "target/timebok.ear"));
        try (ZipFile zip = new ZipFile(ear)) {
            List<String> names = zip.stream().map(ZipEntry::getName).collect(Collectors.toList());
            assertTrue(names.stream().anyMatch(n -> n.matches("lib/common.*\\.jar")), names.toString());
            assertTrue(names.contains("booking.war"), names.toString());
            assertTrue(names.contains("messaging.war"), names.toString());
            assertTrue(names.contains("META-INF/application.xml"), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.startsWith("booking.war") && n.contains("SNAPSHOT")));
        }
    }
}
