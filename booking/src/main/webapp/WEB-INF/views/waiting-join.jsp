<%@ page contentType="text/html; charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="tb" tagdir="/WEB-INF/tags" %>
<fmt:setLocale value="${lang}" scope="request"/>
<fmt:setBundle basename="no.timebok.booking.web.messages" scope="request"/>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><c:if test="${not empty errors or not empty formError}">⚠ </c:if><fmt:message key="waiting.title"/> – Timebok</title>
    <link rel="stylesheet" href="${ctx}/static/timebok.css">
    <script src="${ctx}/static/error-summary.js" defer></script>
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="waiting.title"/></h1>
    <c:choose>
    <c:when test="${empty visitType}">
        <p id="no-waiting-list"><fmt:message key="waiting.notOffered"/></p>
        <p><a href="${ctx}/times${lang == 'en' ? '?lang=en' : ''}"><fmt:message key="times.title"/></a></p>
    </c:when>
    <c:otherwise>
    <p class="lead" id="visit-chosen"><c:out value="${visitType.name(language)}"/>, <c:out value="${visitType.clinicName()}"/></p>
    <p><fmt:message key="waiting.lead"/></p>
    <form id="waiting-form" method="post" action="${ctx}/waiting" novalidate>
        <c:if test="${not empty formError}">
            <div class="error-summary" role="alert" tabindex="-1" id="form-error" aria-labelledby="form-error-heading">
                <h2 id="form-error-heading"><fmt:message key="errors.heading"/></h2>
                <p><fmt:message key="${formError}"/></p>
            </div>
        </c:if>
        <c:if test="${not empty errors}">
            <div class="error-summary" role="alert" tabindex="-1" id="error-summary" aria-labelledby="error-summary-heading">
                <h2 id="error-summary-heading"><fmt:message key="errors.heading"/></h2>
                <ul>
                    <c:forEach var="e" items="${errors}"><li><a href="#${e.key}"><fmt:message key="${e.value}"/></a></li></c:forEach>
                </ul>
            </div>
        </c:if>
        <input type="hidden" name="lang" value="${lang}">
        <input type="hidden" name="_csrf" value="${csrf}">
        <input type="hidden" name="_shown" value="${shownAt}">
        <input type="hidden" name="visitType" value="${visitType.id()}">
        <fieldset>
            <legend><fmt:message key="section.you"/></legend>
            <tb:input name="firstName" value="${form.firstName()}" error="${errors.firstName}" autocomplete="given-name" maxlength="100"/>
            <tb:input name="lastName" value="${form.lastName()}" error="${errors.lastName}" autocomplete="family-name" maxlength="100"/>
            <fmt:message key="field.phone.hint" var="phoneHint"/>
            <tb:input name="phone" type="tel" value="${form.phone()}" error="${errors.phone}" hint="${phoneHint}" autocomplete="tel" maxlength="40" optional="${true}"/>
            <fmt:message key="field.email.hint" var="emailHint"/>
            <tb:input name="email" type="email" value="${form.email()}" error="${errors.email}" hint="${emailHint}" autocomplete="email" maxlength="254" optional="${true}"/>
        </fieldset>
        <fieldset>
            <legend><fmt:message key="waiting.dates"/></legend>
            <tb:input name="earliestDate" type="date" value="${form.earliest()}" error="${errors.earliestDate}" optional="${true}"/>
            <tb:input name="latestDate" type="date" value="${form.latest()}" error="${errors.latestDate}" optional="${true}"/>
        </fieldset>
        <div class="hp" aria-hidden="true">
            <label for="website"><fmt:message key="field.website"/></label>
            <input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
        </div>
        <button type="submit" id="submit" class="primary"><fmt:message key="waiting.join"/></button>
    </form>
    </c:otherwise>
    </c:choose>
</main>
<tb:footer/>
</body>
</html>
