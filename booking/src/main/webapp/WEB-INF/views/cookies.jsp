<%@ page contentType="text/html; charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="tb" tagdir="/WEB-INF/tags" %>
<fmt:setLocale value="${lang}" scope="request"/>
<fmt:setBundle basename="no.timebok.booking.web.messages" scope="request"/>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><fmt:message key="cookies.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="cookies.title"/></h1>
    <p><fmt:message key="cookies.intro"/></p>
    <table class="cookies" id="cookie-table">
        <thead><tr><th scope="col"><fmt:message key="cookies.name"/></th><th scope="col"><fmt:message key="cookies.purpose"/></th>
            <th scope="col"><fmt:message key="cookies.lifetime"/></th></tr></thead>
        <tbody>
        <c:forEach var="declared" items="${declaredCookies}">
            <tr data-cookie="${declared.cookieName}">
                <th scope="row"><code><c:out value="${declared.cookieName}"/></code></th>
                <td><fmt:message key="${declared.textKey}.purpose"/></td>
                <td><fmt:message key="${declared.textKey}.lifetime"/></td>
            </tr>
        </c:forEach>
        </tbody>
    </table>
    <p><a href="${pageContext.request.contextPath}/${lang == 'en' ? '?lang=en' : ''}"><fmt:message key="receipt.newRequest"/></a></p>
</main>
<tb:footer/>
</body>
</html>
