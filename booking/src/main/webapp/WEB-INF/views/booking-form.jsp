<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<fmt:setLocale value="nb"/>
<fmt:setBundle basename="no.timebok.booking.web.messages"/>
<!DOCTYPE html>
<html lang="nb">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><fmt:message key="page.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<main>
    <h1><fmt:message key="page.title"/></h1>
    <p><fmt:message key="page.lead"/></p>

    <c:if test="${not empty errors}">
        <div class="error-summary" role="alert" tabindex="-1" id="error-summary">
            <h2><fmt:message key="errors.heading"/></h2>
            <ul>
                <c:forEach var="e" items="${errors}">
                    <li><a href="#${e.key}"><fmt:message key="${e.value}"/></a></li>
                </c:forEach>
            </ul>
        </div>
    </c:if>

    <form method="post" action="${pageContext.request.contextPath}/" novalidate>
        <div class="field${not empty errors.firstName ? ' has-error' : ''}">
            <label for="firstName"><fmt:message key="field.firstName"/></label>
            <c:if test="${not empty errors.firstName}"><p class="field-error" id="firstName-error"><span class="visually-marked">⚠</span> <fmt:message key="${errors.firstName}"/></p></c:if>
            <input type="text" id="firstName" name="firstName" autocomplete="given-name" maxlength="100" required
                   value="<c:out value='${form.firstName()}'/>"
                   <c:if test="${not empty errors.firstName}">aria-invalid="true" aria-describedby="firstName-error"</c:if>>
        </div>
        <div class="field${not empty errors.lastName ? ' has-error' : ''}">
            <label for="lastName"><fmt:message key="field.lastName"/></label>
            <c:if test="${not empty errors.lastName}"><p class="field-error" id="lastName-error"><span class="visually-marked">⚠</span> <fmt:message key="${errors.lastName}"/></p></c:if>
            <input type="text" id="lastName" name="lastName" autocomplete="family-name" maxlength="100" required
                   value="<c:out value='${form.lastName()}'/>"
                   <c:if test="${not empty errors.lastName}">aria-invalid="true" aria-describedby="lastName-error"</c:if>>
        </div>
        <div class="field${not empty errors.phone ? ' has-error' : ''}">
            <label for="phone"><fmt:message key="field.phone"/></label>
            <p class="hint" id="phone-hint"><fmt:message key="field.phone.hint"/></p>
            <c:if test="${not empty errors.phone}"><p class="field-error" id="phone-error"><span class="visually-marked">⚠</span> <fmt:message key="${errors.phone}"/></p></c:if>
            <input type="tel" id="phone" name="phone" autocomplete="tel" maxlength="40" required
                   value="<c:out value='${form.phone()}'/>"
                   aria-describedby="phone-hint${not empty errors.phone ? ' phone-error' : ''}"
                   <c:if test="${not empty errors.phone}">aria-invalid="true"</c:if>>
        </div>
        <div class="field${not empty errors.clinic ? ' has-error' : ''}">
            <label for="clinic"><fmt:message key="field.clinic"/></label>
            <c:if test="${not empty errors.clinic}"><p class="field-error" id="clinic-error"><span class="visually-marked">⚠</span> <fmt:message key="${errors.clinic}"/></p></c:if>
            <select id="clinic" name="clinic" required
                    <c:if test="${not empty errors.clinic}">aria-invalid="true" aria-describedby="clinic-error"</c:if>>
                <option value=""><fmt:message key="field.clinic.choose"/></option>
                <c:forEach var="clinic" items="${clinics}">
                    <option value="${clinic.id()}" ${form.clinicId() == clinic.id().toString() ? 'selected' : ''}><c:out value="${clinic.name()}"/></option>
                </c:forEach>
            </select>
        </div>
        <div class="field${not empty errors.freeText ? ' has-error' : ''}">
            <label for="freeText"><fmt:message key="field.freeText"/></label>
            <p class="hint" id="freeText-hint"><fmt:message key="field.freeText.hint"><fmt:param value="${maxFreeText}"/></fmt:message></p>
            <c:if test="${not empty errors.freeText}"><p class="field-error" id="freeText-error"><span class="visually-marked">⚠</span> <fmt:message key="${errors.freeText}"/></p></c:if>
            <textarea id="freeText" name="freeText" rows="6" maxlength="${maxFreeText}" required
                      aria-describedby="freeText-hint${not empty errors.freeText ? ' freeText-error' : ''}"
                      <c:if test="${not empty errors.freeText}">aria-invalid="true"</c:if>><c:out value="${form.freeText()}"/></textarea>
        </div>
        <button type="submit"><fmt:message key="submit"/></button>
    </form>

    <p class="retention">
        <fmt:message key="retention.promise"><fmt:param value="${freeTextDays}"/><fmt:param value="${contactMonths}"/></fmt:message>
        <a href="<c:out value='${privacyNoticeUrl}'/>"><fmt:message key="retention.link"/></a>
    </p>
</main>
</body>
</html>
