package no.timebok.booking.platform.pages;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.ImportHandler;
import jakarta.servlet.jsp.JspContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Answers {@code null} at once for a page's identifier that names no attribute in any scope, such
 * as {@code ${errors}} on a form shown without errors or a tag attribute left out.
 *
 * <p>Without it, Jakarta Pages 3.1 hands every such identifier to its {@code ImportELResolver},
 * which tries {@code Class.forName} for it in each imported package on every evaluation, because
 * its cache lives in one request's EL context and misses are not cached at all
 * (jakartaee/pages#245). Each miss throws a {@code ClassNotFoundException} under the web module's
 * class-loader lock: on the public form the profile showed most request threads queued on that lock.
 *
 * <p>An identifier that is a CDI bean's name, or a class the page could import, is left to the
 * resolvers after this one. That is decided once per name for the whole module, which holds because
 * no page or tag file has page-specific imports.
 */
final class AbsentAttributeResolver extends ELResolver {

    private final Predicate<String> beanNamed;
    private final Map<String, Boolean> resolvedElsewhere = new ConcurrentHashMap<>();

    /** @param beanNamed whether a CDI bean has this name */
    AbsentAttributeResolver(Predicate<String> beanNamed) {
        this.beanNamed = beanNamed;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        if (!(context.getContext(JspContext.class) instanceof JspContext page) || page.findAttribute(name) != null) {
            return null;
        }
        if (resolvedElsewhere.computeIfAbsent(name, n -> beanNamed.test(n) || importable(context, n))) {
            return null;
        }
        context.setPropertyResolved(null, name);
        return null;
    }

    private static boolean importable(ELContext context, String name) {
        ImportHandler imports = context.getImportHandler();
        return imports != null && (imports.resolveClass(name) != null || imports.resolveStatic(name) != null);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Assignments are left to the scoped-attribute resolver.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }
}
