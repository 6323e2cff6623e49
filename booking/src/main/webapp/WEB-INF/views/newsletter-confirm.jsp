<%@ page contentType="text/html; charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="tb" tagdir="/WEB-INF/tags" %>
<fmt:setLocale value="${empty lang ? 'nb' : lang}" scope="request"/>
<fmt:setBundle basename="no.timebok.booking.web.messages" scope="request"/>
<!DOCTYPE html>
<html lang="${empty lang ? 'nb' : lang}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title><fmt:message key="confirm.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<main>
    <tb:emergency/>
    <h1><fmt:message key="confirm.title"/></h1>
    <c:choose>
        <c:when test="${step == 'CONFIRMABLE'}">
            <p id="confirm-question"><fmt:message key="confirm.question"/> <strong><c:out value="${clinicName}"/></strong>?</p>
            <form method="post" action="${pageContext.request.contextPath}/newsletter/confirm">
                <input type="hidden" name="t" value="<c:out value='${token}'/>">
                <input type="hidden" name="lang" value="<c:out value='${lang}'/>">
                <button type="submit" id="confirm-button" class="primary"><fmt:message key="confirm.button"/></button>
            </form>
        </c:when>
        <c:when test="${step == 'CONFIRMED'}">
            <p id="confirm-done"><fmt:message key="confirm.done"/> <strong><c:out value="${clinicName}"/></strong>.</p>
        </c:when>
        <c:when test="${step == 'EXPIRED'}">
            <p id="confirm-expired"><fmt:message key="confirm.expired"/></p>
            <p><a href="${pageContext.request.contextPath}/newsletter/subscribe${lang == 'en' ? '?lang=en' : ''}"><fmt:message key="confirm.again"/></a></p>
        </c:when>
        <c:otherwise>
            <p id="confirm-invalid"><fmt:message key="confirm.invalid"/></p>
            <p><a href="${pageContext.request.contextPath}/newsletter/subscribe${lang == 'en' ? '?lang=en' : ''}"><fmt:message key="confirm.again"/></a></p>
        </c:otherwise>
    </c:choose>
</main>
<tb:footer/>
</body>
</html>
