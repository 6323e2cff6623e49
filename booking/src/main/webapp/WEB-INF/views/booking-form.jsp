<%@ page contentType="text/html; charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="tb" tagdir="/WEB-INF/tags" %>
<fmt:setLocale value="${lang}" scope="request"/>
<fmt:setBundle basename="no.timebok.booking.web.messages" scope="request"/>
<c:set var="other" value="${lang == 'en' ? 'nb' : 'en'}"/>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><c:if test="${not empty errors or not empty formError}">⚠ </c:if><fmt:message key="${open ? 'page.title' : 'closed.title'}"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
    <script src="${pageContext.request.contextPath}/static/booking-form.js" defer></script>
    <script src="${pageContext.request.contextPath}/static/error-summary.js" defer></script>
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <c:choose>
    <c:when test="${not open}">
    <%-- No clinic takes bookings: no form whose lists would be empty; a post is refused (409). --%>
    <div class="lang-switch">
        <a href="${pageContext.request.contextPath}/${other == 'en' ? '?lang=en' : ''}" lang="${other}" hreflang="${other}"
           aria-label="<fmt:message key='lang.switch.label'/>"><fmt:message key="lang.switch"/></a>
    </div>
    <h1 id="not-open"><fmt:message key="closed.title"/></h1>
    <p><fmt:message key="closed.body"/></p>
    </c:when>
    <c:otherwise>
    <h1><fmt:message key="page.title"/></h1>
    <p><fmt:message key="page.lead"/></p>
    <c:if test="${timesOffered}"><p id="pick-time-link"><a href="${pageContext.request.contextPath}/times${lang == 'en' ? '?lang=en' : ''}"><fmt:message key="page.pickTime"/></a></p></c:if>

    <c:if test="${not empty notices}">
        <section class="notices" aria-labelledby="notices-heading">
            <h2 id="notices-heading"><fmt:message key="notices.heading"/></h2>
            <c:forEach var="n" items="${notices}">
                <article class="notice">
                    <h3><c:out value="${n.clinicName()}"/>: <c:out value="${n.title(language)}"/></h3>
                    <p><c:out value="${n.body(language)}"/></p>
                </article>
            </c:forEach>
        </section>
    </c:if>

    <form id="booking-form" method="post" action="${pageContext.request.contextPath}/" novalidate>
        <%-- The first submit button is what Enter in a text field presses: keep it the real submit. --%>
        <button type="submit" class="default-submit" tabindex="-1" aria-hidden="true"><fmt:message key="submit"/></button>
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
                        <li><a href="#${e.key == 'newsletter' ? 'newsletter' : e.key}"><fmt:message key="${e.value}"/></a></li>
                    </c:forEach>
                </ul>
            </div>
        </c:if>

        <input type="hidden" name="lang" value="${lang}">
        <input type="hidden" name="_csrf" value="${csrf}">
        <input type="hidden" name="_shown" value="${shownAt}">
        <input type="hidden" name="privacyVersion" value="${privacyVersion}">

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

        <fieldset>
            <legend><fmt:message key="section.visit"/></legend>
            <div class="field${not empty errors.clinic ? ' has-error' : ''}">
                <label for="clinic"><fmt:message key="field.clinic"/></label>
                <c:if test="${not empty errors.clinic}"><p class="field-error" id="clinic-error"><span class="error-icon" aria-hidden="true">⚠</span> <fmt:message key="${errors.clinic}"/></p></c:if>
                <select id="clinic" name="clinic" required
                        <c:if test="${not empty errors.clinic}">aria-invalid="true" aria-describedby="clinic-error"</c:if>>
                    <option value=""><fmt:message key="field.clinic.choose"/></option>
                    <c:forEach var="clinic" items="${clinics}">
                        <option value="${clinic.id()}" ${form.clinicId() == clinic.id().toString() ? 'selected' : ''}><c:out value="${clinic.name()}"/></option>
                    </c:forEach>
                </select>
                <%-- Plain HTML, so it works without JavaScript: open it to compare the clinics. --%>
                <details class="clinic-contacts" id="clinic-contacts">
                    <summary><fmt:message key="clinics.contacts"/></summary>
                    <ul>
                        <c:forEach var="contact" items="${clinicContacts}">
                            <li><p class="clinic-name"><c:out value="${contact.name()}"/></p><tb:clinic-contact contact="${contact}"/></li>
                        </c:forEach>
                    </ul>
                </details>
            </div>
            <div class="field${not empty errors.visitType ? ' has-error' : ''}">
                <label for="visitType"><fmt:message key="field.visitType"/></label>
                <p class="hint" id="visitType-hint"><fmt:message key="field.visitType.hint"/></p>
                <c:if test="${not empty errors.visitType}"><p class="field-error" id="visitType-error"><span class="error-icon" aria-hidden="true">⚠</span> <fmt:message key="${errors.visitType}"/></p></c:if>
                <select id="visitType" name="visitType" required aria-describedby="visitType-hint${not empty errors.visitType ? ' visitType-error' : ''}"
                        <c:if test="${not empty errors.visitType}">aria-invalid="true"</c:if>>
                    <option value=""><fmt:message key="field.visitType.choose"/></option>
                    <c:forEach var="group" items="${visitTypesByClinic}">
                        <optgroup label="<c:out value='${group.key}'/>">
                            <c:forEach var="v" items="${group.value}">
                                <option value="${v.id()}" data-clinic="${v.clinicId()}" ${form.visitTypeId() == v.id().toString() ? 'selected' : ''}><c:out value="${v.name(language)}"/></option>
                            </c:forEach>
                        </optgroup>
                    </c:forEach>
                </select>
            </div>
            <fmt:message key="field.period.hint" var="periodHint"><fmt:param value="${today}"/></fmt:message>
            <tb:input name="earliestDate" type="date" value="${form.earliestDate()}" error="${errors.earliestDate}" hint="${periodHint}" optional="${true}"/>
            <tb:input name="latestDate" type="date" value="${form.latestDate()}" error="${errors.latestDate}" optional="${true}"/>
            <fieldset class="field radios${not empty errors.partOfDay ? ' has-error' : ''}">
                <legend><fmt:message key="field.partOfDay"/></legend>
                <c:forEach var="part" items="${['ANY', 'MORNING', 'AFTERNOON']}">
                    <div class="radio">
                        <input type="radio" id="partOfDay-${part}" name="partOfDay" value="${part}"
                            ${form.partOfDay() == part or (empty form.partOfDay() and part == 'ANY') ? 'checked' : ''}>
                        <label for="partOfDay-${part}"><fmt:message key="partOfDay.${part}"/></label>
                    </div>
                </c:forEach>
            </fieldset>
            <div class="field${not empty errors.freeText ? ' has-error' : ''}">
                <label for="freeText"><fmt:message key="field.freeText"/></label>
                <p class="hint" id="freeText-hint"><fmt:message key="field.freeText.hint"><fmt:param value="${maxFreeText}"/></fmt:message></p>
                <c:if test="${not empty errors.freeText}"><p class="field-error" id="freeText-error"><span class="error-icon" aria-hidden="true">⚠</span> <fmt:message key="${errors.freeText}"/></p></c:if>
                <textarea id="freeText" name="freeText" rows="6" maxlength="${maxFreeText}" required
                          data-counter-label="<fmt:message key='field.freeText.counter'/>"
                          aria-describedby="freeText-hint${not empty errors.freeText ? ' freeText-error' : ''}"
                          <c:if test="${not empty errors.freeText}">aria-invalid="true"</c:if>><c:out value="${form.freeText()}"/></textarea>
            </div>
        </fieldset>

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

        <button type="submit" id="submit" class="primary"><fmt:message key="submit"/></button>
    </form>
    </c:otherwise>
    </c:choose>

    <p class="retention">
        <fmt:message key="retention.promise"><fmt:param value="${freeTextDays}"/><fmt:param value="${contactMonths}"/></fmt:message>
        <a href="<c:out value='${privacyNoticeUrl}'/>${lang == 'en' ? '?lang=en&amp;v=' : '?v='}${privacyVersion}"><fmt:message key="retention.link"/></a>
    </p>
</main>
<tb:footer/>
</body>
</html>
