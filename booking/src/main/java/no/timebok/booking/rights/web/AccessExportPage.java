package no.timebok.booking.rights.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import no.timebok.booking.rights.export.AccessExport;
import no.timebok.booking.rights.export.ExportService;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.NotFoundException;
import no.timebok.common.i18n.Language;

/**
 * The access export as a printable page ({@code /staff/privacy/export.xhtml?id=N&lang=en}), in
 * bokmål or English. Facelets escapes every value, so the person's free text is shown, never run.
 */
@Named
@RequestScoped
public class AccessExportPage {

    @Inject
    ExportService exports;

    @Inject
    TimebokConfig config;

    private AccessExport export;
    private String language;
    private Map<String, String> texts;

    /** Reads the export (and logs it); a malformed id or another clinic's request answers 404. */
    public void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFoundException("rights.notFound");
        }
        export = exports.access(Long.parseLong(id));
    }

    public AccessExport getExport() {
        return export;
    }

    public String getLang() {
        if (language == null) {
            language = Language.of(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("lang")).tag();
        }
        return language;
    }

    /** This page's texts in its language. */
    public Map<String, String> getT() {
        if (texts == null) {
            ResourceBundle bundle = ResourceBundle.getBundle("no.timebok.booking.rights.export.export", Locale.forLanguageTag(getLang()),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            texts = bundle.keySet().stream().collect(Collectors.toMap(key -> key, bundle::getString));
        }
        return texts;
    }

    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(getLang()))
                .withZone(config.zone()).format(instant);
    }
}
