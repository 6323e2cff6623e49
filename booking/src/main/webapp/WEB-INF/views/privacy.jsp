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
    <title><fmt:message key="privacy.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="privacy.title"/></h1>
    <p><fmt:message key="privacy.intro"/></p>
    <p><fmt:message key="privacy.retention"><fmt:param value="${freeTextDays}"/><fmt:param value="${contactMonths}"/></fmt:message></p>
    <p><fmt:message key="privacy.channels"/></p>
    <p><fmt:message key="privacy.nationalId"/></p>
    <p><fmt:message key="privacy.rights"/></p>
    <p><a href="${pageContext.request.contextPath}/${lang == 'en' ? '?lang=en' : ''}"><fmt:message key="receipt.newRequest"/></a></p>
</main>
<tb:footer/>
</body>
</html>
