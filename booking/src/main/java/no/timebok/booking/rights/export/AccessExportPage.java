package no.timebok.booking.rights.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import no.timebok.booking.request.Languages;
import no.timebok.booking.rights.RightsRequestNotFoundException;
import no.timebok.common.config.TimebokConfig;

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
    private boolean missing;
    private String language;
    private Map<String, String> texts;

    public AccessExport getExport() {
        if (export == null && !missing) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            try {
                export = exports.access(Long.parseLong(context.getRequestParameterMap().getOrDefault("id", "")));
            } catch (NumberFormatException | RightsRequestNotFoundException e) {
                missing = true;
                notFound(context);
            }
        }
        return export;
    }

    public String getLang() {
        if (language == null) {
            language = Languages.supported(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("lang"));
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

    private void notFound(ExternalContext context) {
        try {
            context.responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
