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
    <title><fmt:message key="waiting.offer.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="waiting.offer.title"/></h1>
    <c:if test="${not empty error}"><div class="error-summary" role="alert" tabindex="-1" id="offer-error"><p><fmt:message key="${error}"/></p></div></c:if>
    <dl>
        <dt><fmt:message key="receipt.clinic"/></dt><dd><c:out value="${offer.clinic()}"/></dd>
        <dt><fmt:message key="appointment.time"/></dt><dd id="time"><c:out value="${offer.time()}"/></dd>
        <dt><fmt:message key="appointment.place"/></dt><dd id="place"><c:out value="${offer.place()}"/></dd>
        <c:if test="${offer.open()}"><dt><fmt:message key="waiting.offer.until"/></dt><dd id="expires"><c:out value="${offer.expires()}"/></dd></c:if>
    </dl>
    <c:choose>
        <c:when test="${offer.open() and empty error}">
            <%-- Opening this page changes nothing: only this button books the time. --%>
            <form method="post"><input type="hidden" name="lang" value="${lang}">
                <button type="submit" id="accept" class="primary"><fmt:message key="waiting.offer.accept"/></button></form>
        </c:when>
        <c:when test="${empty error}"><p id="offer-closed"><fmt:message key="waiting.offerClosed"/></p></c:when>
    </c:choose>
</main>
<tb:footer/>
</body>
</html>
