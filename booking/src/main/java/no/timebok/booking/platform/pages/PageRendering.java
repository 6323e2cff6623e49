package no.timebok.booking.platform.pages;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.jsp.JspFactory;
import java.util.logging.Logger;

/**
 * Makes this module's JSP pages cheap to render, before the first page is compiled: expressions
 * skip the import lookups of absent attributes ({@link AbsentAttributeResolver}), and tag handlers
 * are made with their constructor rather than as managed beans.
 *
 * <p>Payara hands the JSP engine an injector that creates every tag handler as a CDI managed bean.
 * The JSTL tags inside a tag file are not pooled across uses (each use of a tag file is a new
 * handler with new pools), so each {@code <c:if>} in {@code input.tag} became a managed-bean
 * creation on every use: about a third of the public form's rendering in the profile. No tag
 * handler here has anything injected, so the engine's own {@code new} serves; without the injector
 * it also skips the handlers' {@code @PreDestroy}, which none has.
 */
@WebListener
public class PageRendering implements ServletContextListener {

    /** Where Payara's web container leaves its tag-handler injector for the JSP engine. */
    static final String TAG_HANDLER_INJECTOR = "com.sun.appserv.jsp.resource.injector";

    private static final Logger LOG = Logger.getLogger(PageRendering.class.getName());

    @Inject
    BeanManager beans;

    @Override
    public void contextInitialized(ServletContextEvent started) {
        var context = started.getServletContext();
        JspFactory.getDefaultFactory().getJspApplicationContext(context)
                .addELResolver(new AbsentAttributeResolver(name -> !beans.getBeans(name).isEmpty()));
        if (context.getAttribute(TAG_HANDLER_INJECTOR) != null) {
            context.removeAttribute(TAG_HANDLER_INJECTOR);
            LOG.info("JSP tag handlers are made with their constructors, not by the container's injector");
        }
    }
}
