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
    <title><c:if test="${not empty errors or not empty formError}">⚠ </c:if><fmt:message key="signup.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
    <script src="${pageContext.request.contextPath}/static/error-summary.js" defer></script>
</head>
<body>
<main>
    <tb:emergency/>
    <h1><fmt:message key="signup.title"/></h1>
    <c:choose>
        <c:when test="${step == 'sent'}">
            <p id="signup-sent"><fmt:message key="signup.sent"><fmt:param value="${expiryHours}"/></fmt:message></p>
        </c:when>
        <c:otherwise>
            <p><fmt:message key="signup.lead"/></p>
            <form id="signup-form" method="post" action="${pageContext.request.contextPath}/newsletter/subscribe" novalidate>
                <button type="submit" class="default-submit" tabindex="-1" aria-hidden="true"><fmt:message key="signup.submit"/></button>
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

                <tb:input name="name" value="${form.name()}" error="${errors.name}" autocomplete="name" maxlength="200"/>
                <tb:input name="email" type="email" value="${form.email()}" error="${errors.email}" autocomplete="email" maxlength="254"/>
                <div class="field${not empty errors.clinic ? ' has-error' : ''}">
                    <label for="clinic"><fmt:message key="signup.clinic"/></label>
                    <c:if test="${not empty errors.clinic}"><p class="field-error" id="clinic-error"><span class="error-icon" aria-hidden="true">⚠</span> <fmt:message key="${errors.clinic}"/></p></c:if>
                    <select id="clinic" name="clinic" required
                            <c:if test="${not empty errors.clinic}">aria-invalid="true" aria-describedby="clinic-error"</c:if>>
                        <option value=""><fmt:message key="field.clinic.choose"/></option>
                        <c:forEach var="clinic" items="${clinics}">
                            <option value="${clinic.id()}" ${form.clinic() == clinic.id().toString() ? 'selected' : ''}><c:out value="${clinic.name()}"/></option>
                        </c:forEach>
                    </select>
                </div>

                <div class="hp" aria-hidden="true">
                    <label for="website"><fmt:message key="field.website"/></label>
                    <input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
                </div>

                <p id="signup-consent"><fmt:message key="signup.consent"><fmt:param value="${expiryHours}"/></fmt:message></p>
                <button type="submit" id="submit" class="primary"><fmt:message key="signup.submit"/></button>
            </form>
            <p class="retention">
                <a href="<c:out value='${privacyNoticeUrl}'/>${lang == 'en' ? '?lang=en' : ''}"><fmt:message key="retention.link"/></a>
            </p>
        </c:otherwise>
    </c:choose>
</main>
<tb:footer/>
</body>
</html>
