<%@ page contentType="text/html; charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="tb" tagdir="/WEB-INF/tags" %>
<fmt:setLocale value="${empty lang ? 'nb' : lang}" scope="request"/>
<fmt:setBundle basename="no.timebok.booking.web.messages" scope="request"/>
<!DOCTYPE html>
<html lang="${empty lang ? 'nb' : lang}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><fmt:message key="receipt.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="receipt.title"/></h1>
    <p><fmt:message key="receipt.reference"/> <strong class="reference" id="reference"><c:out value="${reference}"/></strong></p>
    <c:if test="${empty clinic}"><p><fmt:message key="receipt.clinic"/>: <c:out value="${clinicName}"/></p></c:if>
    <p><fmt:message key="receipt.next"/></p>
    <c:if test="${not empty clinic}">
        <%-- fmt:message does not escape its parameters: the clinic's name and number are escaped here. --%>
        <section class="clinic-card" id="clinic" aria-labelledby="clinic-heading">
            <h2 id="clinic-heading"><c:out value="${clinic.name()}"/></h2>
            <p id="clinic-how-to-reach">
                <c:choose>
                    <c:when test="${not empty clinic.phone()}">
                        <c:set var="phoneLink"><a href="tel:${fn:escapeXml(clinic.phoneE164())}">${fn:escapeXml(clinic.phone())}</a></c:set>
                        <fmt:message key="receipt.contact"><fmt:param value="${fn:escapeXml(clinic.name())}"/><fmt:param value="${phoneLink}"/></fmt:message>
                    </c:when>
                    <c:otherwise>
                        <fmt:message key="receipt.contactNoPhone"><fmt:param value="${fn:escapeXml(clinic.name())}"/></fmt:message>
                    </c:otherwise>
                </c:choose>
            </p>
            <tb:clinic-contact contact="${clinic}" domId="clinic-contact"/>
        </section>
    </c:if>
    <p><a href="${pageContext.request.contextPath}/${lang == 'en' ? '?lang=en' : ''}"><fmt:message key="receipt.newRequest"/></a></p>
</main>
<tb:footer/>
</body>
</html>
