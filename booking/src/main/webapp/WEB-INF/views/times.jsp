<%@ page contentType="text/html; charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="tb" tagdir="/WEB-INF/tags" %>
<fmt:setLocale value="${lang}" scope="request"/>
<fmt:setBundle basename="no.timebok.booking.web.messages" scope="request"/>
<c:set var="other" value="${lang == 'en' ? 'nb' : 'en'}"/>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<%-- The weeks are plain links and the times a GET form: no JavaScript, no session, and every time a
     labelled radio button in a list per day, which keyboards and screen readers know. --%>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><c:if test="${not empty error}">⚠ </c:if><fmt:message key="times.title"/> – Timebok</title>
    <link rel="stylesheet" href="${ctx}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="times.title"/></h1>
    <c:if test="${not empty error}">
        <div class="error-summary" role="alert" tabindex="-1" id="times-error">
            <p><fmt:message key="${error}"/></p>
        </div>
    </c:if>
    <c:choose>
    <c:when test="${empty visitType}">
        <div class="lang-switch">
            <a href="${ctx}/times${other == 'en' ? '?lang=en' : ''}" lang="${other}" hreflang="${other}"
               aria-label="<fmt:message key='lang.switch.label'/>"><fmt:message key="lang.switch"/></a>
        </div>
        <c:choose>
        <c:when test="${empty visitTypesByClinic}">
            <p id="no-self-booking"><fmt:message key="times.none"/></p>
        </c:when>
        <c:otherwise>
        <p><fmt:message key="times.choose.lead"/></p>
        <form method="get" action="${ctx}/times" id="choose-visit">
            <input type="hidden" name="lang" value="${lang}">
            <c:forEach var="group" items="${visitTypesByClinic}">
                <fieldset class="field radios">
                    <legend><c:out value="${group.key}"/></legend>
                    <c:forEach var="v" items="${group.value}">
                        <div class="radio">
                            <input type="radio" id="visitType-${v.id()}" name="visitType" value="${v.id()}" required>
                            <label for="visitType-${v.id()}"><c:out value="${v.name(language)}"/></label>
                        </div>
                    </c:forEach>
                </fieldset>
            </c:forEach>
            <button type="submit" id="show-times" class="primary"><fmt:message key="times.show"/></button>
        </form>
        </c:otherwise>
        </c:choose>
        <p><a href="${ctx}/${lang == 'en' ? '?lang=en' : ''}" id="send-request"><fmt:message key="times.orRequest"/></a></p>
    </c:when>
    <c:otherwise>
        <c:set var="query" value="visitType=${visitType.id()}${lang == 'en' ? '&lang=en' : ''}"/>
        <div class="lang-switch">
            <a href="${ctx}/times?visitType=${visitType.id()}&amp;week=${week.monday()}${other == 'en' ? '&amp;lang=en' : ''}"
               lang="${other}" hreflang="${other}" aria-label="<fmt:message key='lang.switch.label'/>"><fmt:message key="lang.switch"/></a>
        </div>
        <p class="lead" id="visit-chosen"><c:out value="${visitType.name(language)}"/>, <c:out value="${visitType.clinicName()}"/></p>
        <nav class="week-nav" aria-label="<fmt:message key='times.weeks'/>">
            <c:if test="${week.hasEarlier()}"><a id="earlier-week" href="?${query}&amp;week=${week.earlier()}"><fmt:message key="times.earlier"/></a></c:if>
            <h2 id="week-heading"><fmt:message key="times.weekOf"><fmt:param value="${week.days()[0].heading()}"/></fmt:message></h2>
            <c:if test="${week.hasLater()}"><a id="later-week" href="?${query}&amp;week=${week.later()}"><fmt:message key="times.later"/></a></c:if>
        </nav>
        <form method="get" action="${action}" id="pick-time">
            <input type="hidden" name="visitType" value="${visitType.id()}">
            <input type="hidden" name="lang" value="${lang}">
            <input type="hidden" name="week" value="${week.monday()}">
            <c:forEach var="day" items="${week.days()}">
                <fieldset class="field radios day" id="day-${day.date}">
                    <legend><c:out value="${day.heading}"/></legend>
                    <c:choose>
                        <c:when test="${empty day.times}"><p class="no-times"><fmt:message key="times.noneThisDay"/></p></c:when>
                        <c:otherwise>
                            <ul class="times">
                                <%-- Up to a hundred times a page, so no tag and no method call per time: bean
                                     properties, and the label printed as it is, since TimesWeek makes it of
                                     digits and a colon (HH:mm) with nothing to escape. --%>
                                <c:forEach var="t" items="${day.times}">
                                    <li class="radio"><input type="radio" id="slot-${t.value}" name="slot" value="${t.value}" required>
                                        <label for="slot-${t.value}">${t.label}</label></li>
                                </c:forEach>
                            </ul>
                        </c:otherwise>
                    </c:choose>
                </fieldset>
            </c:forEach>
            <c:if test="${not week.isEmpty()}"><button type="submit" id="choose-time" class="primary"><fmt:message key="times.continue"/></button></c:if>
        </form>
        <c:if test="${week.isEmpty()}"><p id="week-empty"><fmt:message key="times.weekEmpty"/></p></c:if>
        <c:if test="${waitingList}">
            <p><a href="${ctx}/waiting?visitType=${visitType.id()}${lang == 'en' ? '&amp;lang=en' : ''}" id="join-waiting-list"><fmt:message key="times.waitingList"/></a></p>
        </c:if>
        <c:if test="${alsoRequest}">
            <p><a href="${ctx}/${lang == 'en' ? '?lang=en' : ''}" id="send-request"><fmt:message key="times.orRequest"/></a></p>
        </c:if>
    </c:otherwise>
    </c:choose>
</main>
<tb:footer/>
</body>
</html>
