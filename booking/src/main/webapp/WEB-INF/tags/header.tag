<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="The public pages' header: the clinic group's logo and name, linking to the form" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%-- The name is the logo's text: the image gets an empty alt, so a screen reader says the name once. --%>
<header class="site-header" id="site-header">
    <a class="site-brand" href="${pageContext.request.contextPath}/${lang == 'en' ? '?lang=en' : ''}">
        <c:if test="${siteHeader.logoShown}"><img class="site-logo" id="site-logo" src="${pageContext.request.contextPath}${siteHeader.logoPath}" alt="" height="48"></c:if>
        <span class="site-name" id="site-name"><c:out value="${siteHeader.name}"/></span>
    </a>
</header>
