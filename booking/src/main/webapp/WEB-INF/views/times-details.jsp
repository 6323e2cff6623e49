<%@ page contentType="text/html; charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="tb" tagdir="/WEB-INF/tags" %>
<fmt:setLocale value="${lang}" scope="request"/>
<fmt:setBundle basename="no.timebok.booking.web.messages" scope="request"/>
<c:set var="other" value="${lang == 'en' ? 'nb' : 'en'}"/>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><c:if test="${not empty errors or not empty formError}">⚠ </c:if><fmt:message key="times.details.title"/> – Timebok</title>
    <link rel="stylesheet" href="${ctx}/static/timebok.css">
    <script src="${ctx}/static/error-summary.js" defer></script>
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="times.details.title"/></h1>
    <form id="booking-form" method="post" action="${ctx}/times/book" novalidate>
        <%-- The first submit button is what Enter in a text field presses: keep it the real submit. --%>
        <button type="submit" class="default-submit" tabindex="-1" aria-hidden="true"><fmt:message key="times.book"/></button>
        <div class="lang-switch">
            <button type="submit" name="switchTo" value="${other}" lang="${other}" formnovalidate
                    aria-label="<fmt:message key='lang.switch.label'/>"><fmt:message key="lang.switch"/></button>
        </div>
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
                    <c:forEach var="e" items="${errors}">
                        <li><a href="#${e.key}"><fmt:message key="${e.value}"/></a></li>
                    </c:forEach>
                </ul>
            </div>
        </c:if>

        <input type="hidden" name="lang" value="${lang}">
        <input type="hidden" name="_csrf" value="${csrf}">
        <input type="hidden" name="_shown" value="${shownAt}">
        <input type="hidden" name="privacyVersion" value="${privacyVersion}">
        <input type="hidden" name="visitType" value="${visitType.id()}">

        <c:choose>
        <c:when test="${not empty picked}">
            <input type="hidden" name="slot" value="${picked}">
            <dl class="picked" id="picked">
                <dt><fmt:message key="field.visitType"/></dt><dd><c:out value="${visitType.name(language)}"/>, <c:out value="${visitType.clinicName()}"/></dd>
                <dt><fmt:message key="appointment.time"/></dt><dd id="picked-time"><c:out value="${pickedTime}"/></dd>
                <dt><fmt:message key="appointment.place"/></dt><dd id="picked-place"><c:out value="${pickedPlace}"/></dd>
            </dl>
            <p><a href="${ctx}/times?visitType=${visitType.id()}${lang == 'en' ? '&amp;lang=en' : ''}" id="other-time"><fmt:message key="times.otherTime"/></a></p>
        </c:when>
        <c:otherwise>
            <%-- The time was just taken: the nearest free ones, nothing chosen for the patient. --%>
            <fieldset class="field radios${not empty errors.slot ? ' has-error' : ''}" id="slot">
                <legend><fmt:message key="times.nearest"/></legend>
                <c:if test="${empty nearest}"><p id="no-nearest"><fmt:message key="times.weekEmpty"/></p></c:if>
                <ul class="times">
                    <c:forEach var="t" items="${nearest}">
                        <li class="radio"><input type="radio" id="slot-${t.value()}" name="slot" value="${t.value()}">
                            <label for="slot-${t.value()}"><c:out value="${t.label()}"/></label></li>
                    </c:forEach>
                </ul>
                <p><a href="${ctx}/times?visitType=${visitType.id()}${lang == 'en' ? '&amp;lang=en' : ''}" id="other-time"><fmt:message key="times.otherTime"/></a></p>
            </fieldset>
        </c:otherwise>
        </c:choose>

        <fieldset>
            <legend><fmt:message key="section.you"/></legend>
            <tb:input name="firstName" value="${form.firstName()}" error="${errors.firstName}" autocomplete="given-name" maxlength="100"/>
            <tb:input name="lastName" value="${form.lastName()}" error="${errors.lastName}" autocomplete="family-name" maxlength="100"/>
            <fmt:message key="field.phone.hint" var="phoneHint"/>
            <tb:input name="phone" type="tel" value="${form.phone()}" error="${errors.phone}" hint="${phoneHint}" autocomplete="tel" maxlength="40" optional="${true}"/>
            <fmt:message key="field.email.hint" var="emailHint"/>
            <tb:input name="email" type="email" value="${form.email()}" error="${errors.email}" hint="${emailHint}" autocomplete="email" maxlength="254" optional="${true}"/>
            <fmt:message key="field.nationalId.hint" var="nationalIdHint"/>
            <tb:input name="nationalId" value="${form.nationalId()}" error="${errors.nationalId}" hint="${nationalIdHint}" autocomplete="off" inputmode="numeric" maxlength="13" optional="${true}"/>
        </fieldset>
        <div class="field${not empty errors.freeText ? ' has-error' : ''}">
            <label for="freeText"><fmt:message key="field.freeText"/></label>
            <p class="hint" id="freeText-hint"><fmt:message key="field.freeText.hint"><fmt:param value="${maxFreeText}"/></fmt:message></p>
            <c:if test="${not empty errors.freeText}"><p class="field-error" id="freeText-error"><span class="error-icon" aria-hidden="true">⚠</span> <fmt:message key="${errors.freeText}"/></p></c:if>
            <textarea id="freeText" name="freeText" rows="4" maxlength="${maxFreeText}" required
                      aria-describedby="freeText-hint${not empty errors.freeText ? ' freeText-error' : ''}"
                      <c:if test="${not empty errors.freeText}">aria-invalid="true"</c:if>><c:out value="${form.freeText()}"/></textarea>
        </div>
        <div class="field checkbox${not empty errors.newsletter ? ' has-error' : ''}">
            <c:if test="${not empty errors.newsletter}"><p class="field-error" id="newsletter-error"><span class="error-icon" aria-hidden="true">⚠</span> <fmt:message key="${errors.newsletter}"/></p></c:if>
            <input type="checkbox" id="newsletter" name="newsletter" value="yes" ${form.newsletter() ? 'checked' : ''}
                   <c:if test="${not empty errors.newsletter}">aria-invalid="true" aria-describedby="newsletter-error"</c:if>>
            <label for="newsletter"><fmt:message key="field.newsletter"/></label>
        </div>
        <div class="hp" aria-hidden="true">
            <label for="website"><fmt:message key="field.website"/></label>
            <input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
        </div>
        <button type="submit" id="submit" class="primary"><fmt:message key="times.book"/></button>
    </form>
    <p class="retention">
        <fmt:message key="retention.promise"><fmt:param value="${freeTextDays}"/><fmt:param value="${contactMonths}"/></fmt:message>
        <a href="<c:out value='${privacyNoticeUrl}'/>${lang == 'en' ? '?lang=en&amp;v=' : '?v='}${privacyVersion}"><fmt:message key="retention.link"/></a>
    </p>
</main>
<tb:footer/>
</body>
</html>
