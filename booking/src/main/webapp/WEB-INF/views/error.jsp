<%@ page contentType="text/html; charset=UTF-8" session="false" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="tb" tagdir="/WEB-INF/tags" %>
<fmt:setLocale value="${empty lang ? 'nb' : lang}" scope="request"/>
<fmt:setBundle basename="no.timebok.booking.web.messages" scope="request"/>
<!DOCTYPE html>
<html lang="${empty lang ? 'nb' : lang}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><fmt:message key="error.title"/> – Timebok</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/static/timebok.css">
</head>
<body>
<tb:header/>
<main>
    <tb:emergency/>
    <h1><fmt:message key="error.title"/></h1>
    <p><fmt:message key="error.body"/></p>
    <p><a href="${pageContext.request.contextPath}/${lang == 'en' ? '?lang=en' : ''}"><fmt:message key="receipt.newRequest"/></a></p>
</main>
<tb:footer/>
</body>
</html>
