package no.timebok.booking.platform.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import jakarta.servlet.jsp.JspContext;
import jakarta.servlet.jsp.JspWriter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AbsentAttributeResolverTest {

    private final List<String> beanLookups = new ArrayList<>();
    private final AbsentAttributeResolver resolver = new AbsentAttributeResolver(name -> {
        beanLookups.add(name);
        return Set.of("siteHeader").contains(name);
    });

    @Test
    void anIdentifierInNoScopeIsNullWithoutFurtherLookup() {
        Page page = new Page(Map.of());

        assertEquals(null, resolver.getValue(page.el, null, "errors"));
        assertTrue(page.el.isPropertyResolved());
    }

    @Test
    void anAttributeInScopeIsLeftToTheScopedResolver() {
        Page page = new Page(Map.of("errors", Map.of("phone", "error.phone")));

        resolver.getValue(page.el, null, "errors");

        assertFalse(page.el.isPropertyResolved());
    }

    @Test
    void aBeanNameIsLeftToCdi() {
        Page page = new Page(Map.of());

        resolver.getValue(page.el, null, "siteHeader");

        assertFalse(page.el.isPropertyResolved());
    }

    @Test
    void aClassThePageImportsIsLeftToTheImportResolver() {
        Page page = new Page(Map.of());

        resolver.getValue(page.el, null, "Integer");

        assertFalse(page.el.isPropertyResolved());
    }

    @Test
    void aPropertyOfAnObjectIsNotItsConcern() {
        Page page = new Page(Map.of());

        resolver.getValue(page.el, Map.of(), "errors");

        assertFalse(page.el.isPropertyResolved());
    }

    @Test
    void eachNameIsLookedUpOnceForTheModule() {
        resolver.getValue(new Page(Map.of()).el, null, "errors");
        resolver.getValue(new Page(Map.of()).el, null, "errors");
        resolver.getValue(new Page(Map.of()).el, null, "notice");

        assertEquals(List.of("errors", "notice"), beanLookups);
    }

    /** A page's scopes as the JSP engine hands them to the EL context, with only what resolving reads. */
    private static final class Page extends JspContext {

        private final Map<String, Object> attributes;
        private final ELContext el = new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };

        Page(Map<String, Object> attributes) {
            this.attributes = new HashMap<>(attributes);
            el.putContext(JspContext.class, this);
        }

        @Override
        public Object findAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void setAttribute(String name, Object value, int scope) {
            attributes.put(name, value);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Object getAttribute(String name, int scope) {
            return attributes.get(name);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void removeAttribute(String name, int scope) {
            attributes.remove(name);
        }

        @Override
        public int getAttributesScope(String name) {
            return attributes.containsKey(name) ? jakarta.servlet.jsp.PageContext.PAGE_SCOPE : 0;
        }

        @Override
        public Enumeration<String> getAttributeNamesInScope(int scope) {
            return java.util.Collections.enumeration(attributes.keySet());
        }

        @Override
        public JspWriter getOut() {
            return null;
        }

        @Override
        public ELContext getELContext() {
            return el;
        }

        @Override
        @SuppressWarnings("deprecation")
        public jakarta.servlet.jsp.el.ExpressionEvaluator getExpressionEvaluator() {
            return null;
        }

        @Override
        @SuppressWarnings("deprecation")
        public jakarta.servlet.jsp.el.VariableResolver getVariableResolver() {
            return null;
        }
    }
}
