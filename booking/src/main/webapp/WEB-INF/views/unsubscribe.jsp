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
    <title><fmt:message key="unsubscribe.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="unsubscribe.title"/></h1>
    <c:choose>
        <c:when test="${step == 'confirm'}">
            <p id="unsubscribe-question"><fmt:message key="unsubscribe.question"/> <strong><c:out value="${clinicName}"/></strong>?</p>
            <form method="post" action="${pageContext.request.contextPath}/newsletter/unsubscribe">
                <input type="hidden" name="t" value="<c:out value='${token}'/>">
                <input type="hidden" name="lang" value="<c:out value='${lang}'/>">
                <button type="submit" id="unsubscribe-confirm"><fmt:message key="unsubscribe.button"/></button>
            </form>
        </c:when>
        <c:when test="${step == 'done'}">
            <p id="unsubscribe-done"><fmt:message key="unsubscribe.done"/> <strong><c:out value="${clinicName}"/></strong>.</p>
        </c:when>
        <c:otherwise>
            <p id="unsubscribe-invalid"><fmt:message key="unsubscribe.invalid"/></p>
        </c:otherwise>
    </c:choose>
</main>
<tb:footer/>
</body>
</html>
