<%@ page contentType="text/html; charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="tb" tagdir="/WEB-INF/tags" %>
<fmt:setLocale value="${lang}" scope="request"/>
<fmt:setBundle basename="no.timebok.booking.web.messages" scope="request"/>
<%-- Everything an administrator typed (names, addresses, the officer) goes through c:out; periods and dates come from the configuration. --%>
<c:set var="retention" value="${notice.retention()}"/>
<c:set var="langQuery" value="${lang == 'en' ? '?lang=en' : ''}"/>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><fmt:message key="privacy.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="privacy.title"/></h1>
    <p id="version"><fmt:message key="privacy.version"/> <time datetime="${notice.versionDate()}"><c:out value="${notice.versionDateText()}"/></time></p>
    <c:if test="${not empty olderVersion}">
        <p class="notices" id="older-version"><fmt:message key="privacy.version.older"><fmt:param value="${olderVersion}"/></fmt:message></p>
    </c:if>
    <p><fmt:message key="privacy.lead"/></p>

    <nav aria-labelledby="contents-title">
        <h2 id="contents-title"><fmt:message key="privacy.contents"/></h2>
        <ol>
            <li><a href="#controller"><fmt:message key="privacy.controller.title"/></a></li>
            <li><a href="#sources"><fmt:message key="privacy.sources.title"/></a></li>
            <li><a href="#categories"><fmt:message key="privacy.categories.title"/></a></li>
            <li><a href="#purposes"><fmt:message key="privacy.purposes.title"/></a></li>
            <li><a href="#recipients"><fmt:message key="privacy.recipients.title"/></a></li>
            <li><a href="#security"><fmt:message key="privacy.security.title"/></a></li>
            <li><a href="#retention"><fmt:message key="privacy.retention.title"/></a></li>
            <li><a href="#consents"><fmt:message key="privacy.consents.title"/></a></li>
            <li><a href="#rights"><fmt:message key="privacy.rights.title"/></a></li>
            <li><a href="#complaint"><fmt:message key="privacy.complaint.title"/></a></li>
            <li><a href="#cookies"><fmt:message key="privacy.cookies.title"/></a></li>
            <li><a href="#changes"><fmt:message key="privacy.changes.title"/></a></li>
        </ol>
    </nav>

    <section aria-labelledby="controller">
        <h2 id="controller"><fmt:message key="privacy.controller.title"/></h2>
        <p><fmt:message key="privacy.law"/></p>
        <p><fmt:message key="privacy.controller.text"/></p>
        <c:choose>
            <c:when test="${empty notice.controllers()}">
                <p><fmt:message key="privacy.controller.none"/></p>
            </c:when>
            <c:otherwise>
                <ul class="controllers">
                    <c:forEach var="clinic" items="${notice.controllers()}">
                        <li class="controller">
                            <h3><c:out value="${clinic.name()}"/></h3>
                            <dl>
                                <c:if test="${not empty clinic.organisationNumber()}">
                                    <dt><fmt:message key="privacy.controller.orgnr"/></dt><dd class="orgnr"><c:out value="${clinic.organisationNumber()}"/></dd>
                                </c:if>
                                <c:if test="${not empty clinic.address()}">
                                    <dt><fmt:message key="privacy.controller.address"/></dt><dd><c:out value="${clinic.address()}"/></dd>
                                </c:if>
                                <c:if test="${not empty clinic.phone()}">
                                    <dt><fmt:message key="privacy.controller.phone"/></dt><dd><a href="<c:out value='${clinic.phoneLink()}'/>"><c:out value="${clinic.phone()}"/></a></dd>
                                </c:if>
                                <c:if test="${not empty clinic.email()}">
                                    <dt><fmt:message key="privacy.controller.email"/></dt><dd><a href="mailto:<c:out value='${clinic.email()}'/>"><c:out value="${clinic.email()}"/></a></dd>
                                </c:if>
                            </dl>
                        </li>
                    </c:forEach>
                </ul>
            </c:otherwise>
        </c:choose>
        <c:if test="${notice.hasGroup()}">
            <c:set var="group" value="${notice.group()}"/>
            <p id="group"><fmt:message key="privacy.group.text"/> <strong><c:out value="${group.name()}"/></strong><c:if test="${not empty group.organisationNumber()}"> (<fmt:message key="privacy.controller.orgnr"/> <c:out value="${group.organisationNumber()}"/>)</c:if>.</p>
            <h3 id="dpo-title"><fmt:message key="privacy.dpo.title"/></h3>
            <p><fmt:message key="privacy.dpo.text"/></p>
            <dl id="dpo">
                <c:if test="${not empty group.dpoName()}">
                    <dt><fmt:message key="privacy.dpo.name"/></dt><dd><c:out value="${group.dpoName()}"/></dd>
                </c:if>
                <c:if test="${not empty group.dpoEmail()}">
                    <dt><fmt:message key="privacy.controller.email"/></dt><dd><a href="mailto:<c:out value='${group.dpoEmail()}'/>"><c:out value="${group.dpoEmail()}"/></a></dd>
                </c:if>
                <c:if test="${not empty group.dpoPhone()}">
                    <dt><fmt:message key="privacy.controller.phone"/></dt><dd><a href="<c:out value='${group.dpoPhoneLink()}'/>"><c:out value="${group.dpoPhone()}"/></a></dd>
                </c:if>
            </dl>
        </c:if>
    </section>

    <section aria-labelledby="sources">
        <h2 id="sources"><fmt:message key="privacy.sources.title"/></h2>
        <ul>
            <li><fmt:message key="privacy.sources.you"/></li>
            <li><fmt:message key="privacy.sources.health"/></li>
            <li><fmt:message key="privacy.sources.insurance"/></li>
        </ul>
    </section>

    <section aria-labelledby="categories">
        <h2 id="categories"><fmt:message key="privacy.categories.title"/></h2>
        <p><fmt:message key="privacy.categories.text"/></p>
        <ul>
            <li><fmt:message key="privacy.categories.admin"/></li>
            <li><fmt:message key="privacy.categories.request"/></li>
            <li><fmt:message key="privacy.categories.journal"/></li>
            <li><fmt:message key="privacy.categories.messages"/></li>
            <li><fmt:message key="privacy.categories.technical"/></li>
        </ul>
    </section>

    <section aria-labelledby="purposes">
        <h2 id="purposes"><fmt:message key="privacy.purposes.title"/></h2>
        <p><fmt:message key="privacy.purposes.text"/></p>
        <dl class="purposes">
            <dt><fmt:message key="privacy.purpose.identify"/></dt><dd><fmt:message key="privacy.basis.contract"/></dd>
            <dt><fmt:message key="privacy.purpose.care"/></dt><dd><fmt:message key="privacy.basis.legal"/></dd>
            <dt><fmt:message key="privacy.purpose.relationship"/></dt><dd><fmt:message key="privacy.basis.contract"/></dd>
            <dt><fmt:message key="privacy.purpose.newsletter"/></dt><dd><fmt:message key="privacy.basis.consent"/></dd>
            <dt><fmt:message key="privacy.purpose.security"/></dt><dd><fmt:message key="privacy.basis.legalOnly"/></dd>
            <dt><fmt:message key="privacy.purpose.quality"/></dt><dd><fmt:message key="privacy.basis.consentHealth"/></dd>
            <dt><fmt:message key="privacy.purpose.fraud"/></dt><dd><fmt:message key="privacy.basis.legalOrInterest"/></dd>
            <dt><fmt:message key="privacy.purpose.accounting"/></dt><dd><fmt:message key="privacy.basis.legalOnly"/></dd>
            <dt><fmt:message key="privacy.purpose.documentation"/></dt><dd><fmt:message key="privacy.basis.legalOrInterest"/></dd>
        </dl>
    </section>

    <section aria-labelledby="recipients">
        <h2 id="recipients"><fmt:message key="privacy.recipients.title"/></h2>
        <ul>
            <li><fmt:message key="privacy.recipients.health"/></li>
            <li><fmt:message key="privacy.recipients.authorities"/></li>
            <li><fmt:message key="privacy.recipients.registries"/></li>
            <li><fmt:message key="privacy.recipients.journal"/></li>
            <li><fmt:message key="privacy.recipients.processors"/></li>
            <li><fmt:message key="privacy.recipients.insurance"/></li>
            <li><fmt:message key="privacy.recipients.transfer"/></li>
        </ul>
    </section>

    <section aria-labelledby="security">
        <h2 id="security"><fmt:message key="privacy.security.title"/></h2>
        <ul>
            <li><fmt:message key="privacy.security.encryption"/></li>
            <li><fmt:message key="privacy.security.wall"/></li>
            <li><fmt:message key="privacy.security.accessLog"/></li>
            <li><fmt:message key="privacy.security.channels"/></li>
            <li><fmt:message key="privacy.security.confidentiality"/></li>
        </ul>
    </section>

    <section aria-labelledby="retention">
        <h2 id="retention"><fmt:message key="privacy.retention.title"/></h2>
        <p><fmt:message key="privacy.retention.text"/></p>
        <ul>
            <li id="retention-free-text"><fmt:message key="privacy.retention.freeText"><fmt:param value="${retention.freeText()}"/><fmt:param value="${retention.freeTextRuns()}"/></fmt:message></li>
            <li id="retention-contact-data"><fmt:message key="privacy.retention.contactData"><fmt:param value="${retention.contactData()}"/><fmt:param value="${retention.contactDataRuns()}"/></fmt:message></li>
            <c:choose>
                <c:when test="${retention.correspondenceAtMonthEnd()}">
                    <li id="retention-correspondence"><fmt:message key="privacy.retention.correspondence.monthEnd"><fmt:param value="${retention.correspondenceRuns()}"/></fmt:message></li>
                </c:when>
                <c:otherwise>
                    <li id="retention-correspondence"><fmt:message key="privacy.retention.correspondence.after"><fmt:param value="${retention.correspondenceAfterMonthEnd()}"/><fmt:param value="${retention.correspondenceRuns()}"/></fmt:message></li>
                </c:otherwise>
            </c:choose>
            <li><fmt:message key="privacy.retention.remains"/></li>
            <li id="retention-newsletter"><fmt:message key="privacy.retention.newsletter"><fmt:param value="${retention.contactData()}"/></fmt:message></li>
            <li><fmt:message key="privacy.retention.documentation"/></li>
            <li><fmt:message key="privacy.retention.hold"/></li>
            <li><fmt:message key="privacy.retention.journal"/></li>
        </ul>
    </section>

    <section aria-labelledby="consents">
        <h2 id="consents"><fmt:message key="privacy.consents.title"/></h2>
        <p><fmt:message key="privacy.consents.text"/></p>
        <ul>
            <li><fmt:message key="privacy.consents.insurance"/></li>
            <li><fmt:message key="privacy.consents.fetching"/></li>
            <li><fmt:message key="privacy.consents.quality"/></li>
            <li><fmt:message key="privacy.consents.newsletter"/>
                <span id="newsletter-measuring"><fmt:message key="privacy.consents.newsletterMeasuring"/></span></li>
        </ul>
    </section>

    <section aria-labelledby="rights">
        <h2 id="rights"><fmt:message key="privacy.rights.title"/></h2>
        <p><fmt:message key="privacy.rights.text"/></p>
        <c:forEach var="right" items="access,rectification,erasure,restriction,objection,portability">
            <h3 id="right-${right}"><fmt:message key="privacy.rights.${right}.title"/></h3>
            <p><fmt:message key="privacy.rights.${right}"/></p>
        </c:forEach>
        <h3 id="right-how"><fmt:message key="privacy.rights.how.title"/></h3>
        <p><fmt:message key="privacy.rights.how"/></p>
    </section>

    <section aria-labelledby="complaint">
        <h2 id="complaint"><fmt:message key="privacy.complaint.title"/></h2>
        <p><fmt:message key="privacy.complaint"/> <a href="https://www.datatilsynet.no/" id="datatilsynet">www.datatilsynet.no</a>.</p>
    </section>

    <section aria-labelledby="cookies">
        <h2 id="cookies"><fmt:message key="privacy.cookies.title"/></h2>
        <p><fmt:message key="privacy.cookies"/> <a href="${pageContext.request.contextPath}/cookies${langQuery}" id="cookies-link"><fmt:message key="privacy.cookies.link"/></a>.</p>
    </section>

    <section aria-labelledby="changes">
        <h2 id="changes"><fmt:message key="privacy.changes.title"/></h2>
        <p><fmt:message key="privacy.changes"/></p>
    </section>

    <p><a href="${pageContext.request.contextPath}/${langQuery}"><fmt:message key="receipt.newRequest"/></a></p>
</main>
<tb:footer/>
</body>
</html>
