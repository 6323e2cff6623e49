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
    <title><fmt:message key="move.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="move.title"/></h1>
    <c:if test="${not empty error}">
        <div class="error-summary" role="alert" tabindex="-1" id="move-error"><p><fmt:message key="${error}"/></p></div>
    </c:if>
    <dl>
        <dt><fmt:message key="move.from"/></dt><dd id="move-from"><c:out value="${from}"/></dd>
        <c:if test="${not empty to}"><dt><fmt:message key="move.to"/></dt><dd id="move-to"><c:out value="${to}"/></dd></c:if>
    </dl>
    <c:if test="${not empty slot}">
        <%-- Opening this page changes nothing: only this button does. --%>
        <form method="post">
            <input type="hidden" name="slot" value="${slot}">
            <input type="hidden" name="lang" value="${lang}">
            <button type="submit" id="confirm-move" class="primary"><fmt:message key="move.confirm"/></button>
        </form>
    </c:if>
    <p><a href="${back}${lang == 'en' ? '?lang=en' : ''}" id="back"><fmt:message key="move.back"/></a></p>
</main>
<tb:footer/>
</body>
</html>
