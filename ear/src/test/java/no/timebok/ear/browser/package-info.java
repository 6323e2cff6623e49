/**
 * End-to-end tests in a real headless Chromium: what a patient sees, focuses and types in the
 * booking form. {@link no.timebok.ear.browser.Chromium} provides the browser,
 * {@link no.timebok.ear.browser.HeadlessChromium} gives each test class one, the page objects name
 * the elements, the {@code *BrowserIT} classes hold the checks.
 */
package no.timebok.ear.browser;
