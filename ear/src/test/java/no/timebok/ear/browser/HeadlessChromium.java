package no.timebok.ear.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * One {@link Chromium} for each test class that extends with it, started before its first test and
 * closed after its last, and handed to the constructors and test methods that ask for it or for its
 * {@link WebDriver}. Starting a browser takes seconds, so the tests of a class share one; a fresh
 * profile per class keeps the classes apart.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(HeadlessChromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Chromium.class, Chromium.startHeadless());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Chromium chromium = context.getStore(NAMESPACE).remove(Chromium.class, Chromium.class);
        if (chromium != null) {
            chromium.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Chromium.class || type == WebDriver.class;
    }

    /** From a method's context the store lookup reaches the class's, where the browser is. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Chromium chromium = context.getStore(NAMESPACE).get(Chromium.class, Chromium.class);
        return parameter.getParameter().getType() == Chromium.class ? chromium : chromium.driver();
    }
}
