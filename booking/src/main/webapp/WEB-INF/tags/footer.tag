<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="The public pages' footer: the privacy notice and the cookie declaration" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<footer class="site-footer">
    <ul>
        <li><a href="${pageContext.request.contextPath}/privacy${lang == 'en' ? '?lang=en' : ''}" id="footer-privacy"><fmt:message key="footer.privacy"/></a></li>
        <li><a href="${pageContext.request.contextPath}/cookies${lang == 'en' ? '?lang=en' : ''}" id="footer-cookies"><fmt:message key="footer.cookies"/></a></li>
    </ul>
</footer>
