<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="The notice that this site is not for emergencies, on every public page" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%-- A patient in acute need must not wait for a callback: the numbers come first on every public page. --%>
<p class="emergency" id="emergency" role="note"><strong><fmt:message key="emergency.title"/></strong>
    <fmt:message key="emergency.danger"/> <a href="tel:113">113</a>.
    <fmt:message key="emergency.urgent"/> <a href="tel:116117">116 117</a>.</p>
