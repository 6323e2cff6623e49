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
    <title><fmt:message key="appointment.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="appointment.title"/></h1>
    <c:if test="${done == 'confirm'}"><p class="notices" id="done" role="status"><fmt:message key="appointment.confirmed"/></p></c:if>
    <c:if test="${done == 'cancel' || done == 'already-cancelled'}"><p class="notices" id="done" role="status"><fmt:message key="appointment.cancelled"/></p></c:if>
    <c:if test="${done == 'booked'}"><p class="notices" id="done" role="status"><fmt:message key="appointment.booked"/></p></c:if>
    <c:if test="${done == 'moved'}"><p class="notices" id="done" role="status"><fmt:message key="appointment.moved"/></p></c:if>
    <c:if test="${done == 'too-late'}"><p class="error-summary" id="done" role="alert"><fmt:message key="appointment.tooLate"/></p></c:if>
    <dl>
        <dt><fmt:message key="appointment.time"/></dt><dd id="time"><c:out value="${appointment.time()}"/></dd>
        <dt><fmt:message key="appointment.place"/></dt><dd id="place"><c:out value="${appointment.place()}"/></dd>
        <dt><fmt:message key="receipt.clinic"/></dt><dd><c:out value="${appointment.clinic()}"/></dd>
        <c:if test="${not empty clinic.phone()}">
            <dt><fmt:message key="clinic.phone"/></dt><dd id="clinic-phone"><a href="tel:<c:out value='${clinic.phoneE164()}'/>"><c:out value="${clinic.phone()}"/></a></dd>
        </c:if>
        <c:if test="${not empty clinic.openingHours()}">
            <dt><fmt:message key="clinic.openingHours"/></dt><dd id="clinic-hours"><c:out value="${clinic.openingHours()}"/></dd>
        </c:if>
        <dt><fmt:message key="receipt.reference"/></dt><dd class="reference"><c:out value="${appointment.reference()}"/></dd>
        <dt><fmt:message key="appointment.status"/></dt>
        <dd id="status"><fmt:message key="${appointment.cancelled() ? 'appointment.status.cancelled' : (appointment.confirmed() ? 'appointment.status.confirmed' : 'appointment.status.booked')}"/></dd>
    </dl>
    <c:if test="${not empty clinic.phone()}"><p id="clinic-how-to-reach"><fmt:message key="appointment.contact"/></p></c:if>
    <c:if test="${!appointment.cancelled()}">
        <c:if test="${!appointment.confirmed()}">
            <form method="post"><input type="hidden" name="action" value="confirm"><input type="hidden" name="lang" value="${lang}">
                <button type="submit" id="confirm"><fmt:message key="appointment.confirm"/></button></form>
        </c:if>
        <c:if test="${not empty moveLink}">
            <p><a href="${moveLink}${lang == 'en' ? '?lang=en' : ''}" id="move"><fmt:message key="appointment.move"/></a></p>
        </c:if>
        <c:choose>
            <c:when test="${appointment.changeable()}">
                <form method="post"><input type="hidden" name="action" value="cancel"><input type="hidden" name="lang" value="${lang}">
                    <button type="submit" id="cancel" class="secondary"><fmt:message key="appointment.cancel"/></button></form>
            </c:when>
            <c:otherwise><p id="past-deadline"><fmt:message key="appointment.pastDeadline"/></p></c:otherwise>
        </c:choose>
    </c:if>
</main>
<tb:footer/>
</body>
</html>
