package no.timebok.common.i18n;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Timebok speaks to patients: Norwegian bokmål, and English for whoever asks for it.
 * Stored and sent as its tag ({@code nb}, {@code en}); compared only as this type.
 */
@JsonbTypeAdapter(LanguageJson.class)
public enum Language {
    NB("nb", Locale.forLanguageTag("nb")),
    EN("en", Locale.ENGLISH);

    /** What a patient gets unless English is asked for: the clinics' language. */
    public static final Language DEFAULT = NB;

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language with this tag, if it is one we speak. */
    public static Optional<Language> parse(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language with this tag, or {@link #DEFAULT} for anything else (a link's parameter, say). */
    public static Language of(String tag) {
        return parse(tag).orElse(DEFAULT);
    }

    /**
     * The first of the caller's preferred languages we speak; Nynorsk and "no" are read as bokmål,
     * since a Norwegian reader prefers it to English. English when nothing matches.
     */
    public static Language preferred(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            switch (locale.getLanguage()) {
                case "nb", "no", "nn" -> {
                    return NB;
                }
                case "en" -> {
                    return EN;
                }
                default -> {
                    // not spoken here; try the next
                }
            }
        }
        return EN;
    }

    /** This language's version of a text held in both. */
    public <T> T pick(T norwegian, T english) {
        return this == EN ? english : norwegian;
    }
}
