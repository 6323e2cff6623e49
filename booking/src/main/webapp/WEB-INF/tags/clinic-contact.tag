<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="A clinic's address, phone and opening hours in the page's language, as far as an administrator gave them" %>
<%@ attribute name="contact" required="true" type="no.timebok.booking.clinic.ClinicContact" %>
<%@ attribute name="domId" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%-- Administrators type these on the staff pages: every value goes through c:out. --%>
<c:if test="${not empty contact.address() or not empty contact.phone() or not empty contact.openingHours()}">
<dl class="clinic-contact"<c:if test="${not empty domId}"> id="${domId}"</c:if>>
    <c:if test="${not empty contact.address()}">
        <dt><fmt:message key="clinic.address"/></dt><dd class="clinic-address"><c:out value="${contact.address()}"/></dd>
    </c:if>
    <c:if test="${not empty contact.phone()}">
        <dt><fmt:message key="clinic.phone"/></dt><dd class="clinic-phone"><a href="tel:<c:out value='${contact.phoneE164()}'/>"><c:out value="${contact.phone()}"/></a></dd>
    </c:if>
    <c:if test="${not empty contact.openingHours()}">
        <dt><fmt:message key="clinic.openingHours"/></dt><dd class="clinic-hours"><c:out value="${contact.openingHours()}"/></dd>
    </c:if>
</dl>
</c:if>
