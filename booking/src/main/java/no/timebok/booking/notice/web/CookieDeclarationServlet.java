package no.timebok.booking.notice.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.timebok.common.i18n.Language;

/** The cookie declaration the public pages link to: every cookie, its purpose and its lifetime. */
@WebServlet(name = "CookieDeclaration", urlPatterns = "/cookies")
public class CookieDeclarationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute("lang", Language.of(request.getParameter("lang")).tag());
        request.setAttribute("declaredCookies", List.of(DeclaredCookie.values()));
        request.getRequestDispatcher("/WEB-INF/views/cookies.jsp").forward(request, response);
    }
}
