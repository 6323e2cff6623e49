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
    <meta name="robots" content="noindex">
    <title><fmt:message key="waiting.entry.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="waiting.entry.title"/></h1>
    <c:if test="${done == 'joined'}"><p class="notices" id="done" role="status"><fmt:message key="waiting.joined"/></p></c:if>
    <c:if test="${done == 'left'}"><p class="notices" id="done" role="status"><fmt:message key="waiting.left"/></p></c:if>
    <dl>
        <dt><fmt:message key="receipt.clinic"/></dt><dd><c:out value="${entry.clinic()}"/></dd>
        <dt><fmt:message key="field.visitType"/></dt><dd><c:out value="${entry.visitType()}"/></dd>
        <c:if test="${not empty entry.earliest()}"><dt><fmt:message key="field.earliestDate"/></dt><dd><c:out value="${entry.earliest()}"/></dd></c:if>
        <c:if test="${not empty entry.latest()}"><dt><fmt:message key="field.latestDate"/></dt><dd><c:out value="${entry.latest()}"/></dd></c:if>
        <dt><fmt:message key="receipt.reference"/></dt><dd class="reference"><c:out value="${entry.reference()}"/></dd>
        <dt><fmt:message key="appointment.status"/></dt><dd id="status"><fmt:message key="waiting.status.${entry.status()}"><fmt:param value="${entry.ahead()}"/></fmt:message></dd>
    </dl>
    <c:if test="${entry.status() == 'WAITING' or entry.status() == 'OFFERED'}">
        <form method="post"><input type="hidden" name="lang" value="${lang}">
            <button type="submit" id="leave" class="secondary"><fmt:message key="waiting.leave"/></button></form>
    </c:if>
</main>
<tb:footer/>
</body>
</html>
