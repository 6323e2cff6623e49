package no.timebok.ear.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 level A and AA, checked by axe-core on the page the browser shows. Every rule of those
 * levels runs; none is switched off. A failure names each violation's rule, impact, the elements
 * (as CSS selectors) and the help text, one line each, so the report says what to fix.
 */
final class Accessibility {

    /** axe-core's tags for WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /**
     * Runs axe-core on the current page.
     *
     * @throws AssertionError listing every violation, or when axe-core could not run
     */
    static void assertAccessible(WebDriver driver) {
        String report = violations(driver);
        if (!report.isEmpty()) {
            throw new AssertionError(report);
        }
    }

    /** The violations on the current page as readable lines, empty when there are none. */
    static String violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        String page = driver.getTitle() + " <" + driver.getCurrentUrl() + ">";
        if (results.isErrored()) {
            return "axe-core could not check " + page + ": " + results.getErrorMessage();
        }
        List<Rule> violations = results.getViolations();
        if (violations.isEmpty()) {
            return "";
        }
        return violations.stream().map(Accessibility::describe)
                .collect(Collectors.joining("\n", violations.size() + " WCAG 2.1 AA violation(s) on " + page + ":\n", ""));
    }

    /** The rule on one line, then each element with the first reason axe-core gives for it. */
    private static String describe(Rule rule) {
        return rule.getNodes().stream().map(node -> "    " + target(node) + reason(node))
                .collect(Collectors.joining("\n", "  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n", ""));
    }

    /** The failure summary's first finding ("Element has insufficient color contrast of 2.1 ..."). */
    private static String reason(CheckedNode node) {
        String summary = node.getFailureSummary();
        if (summary == null) {
            return "";
        }
        return summary.lines().skip(1).map(String::strip).filter(line -> !line.isEmpty()).findFirst().map(line -> " - " + line).orElse("");
    }

    /** axe-core names an element by a list of selectors, one per frame or shadow root on its way. */
    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        return target instanceof List<?> path ? path.stream().map(String::valueOf).collect(Collectors.joining(" >> ")) : String.valueOf(target);
    }
}
