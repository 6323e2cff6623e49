package no.timebok.common.i18n;

import jakarta.json.bind.adapter.JsonbAdapter;

/** A language in JSON is its tag ("nb", "en"), as the API has always written it, not the constant's name. */
public class LanguageJson implements JsonbAdapter<Language, String> {

    @Override
    public String adaptToJson(Language language) {
        return language.tag();
    }

    @Override
    public Language adaptFromJson(String tag) {
        return Language.parse(tag).orElseThrow(() -> new IllegalArgumentException("not a language Timebok speaks"));
    }
}
