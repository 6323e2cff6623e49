<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="A labelled input with its hint and error tied to it" %>
<%@ attribute name="name" required="true" %>
<%@ attribute name="value" %>
<%@ attribute name="error" %>
<%@ attribute name="hint" %>
<%@ attribute name="type" %>
<%@ attribute name="autocomplete" %>
<%@ attribute name="inputmode" %>
<%@ attribute name="maxlength" %>
<%@ attribute name="optional" type="java.lang.Boolean" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:set var="describedBy" value="${not empty hint ? name += '-hint' : ''}${not empty hint and not empty error ? ' ' : ''}${not empty error ? name += '-error' : ''}"/>
<div class="field${not empty error ? ' has-error' : ''}">
    <label for="${name}"><fmt:message key="field.${name}"/><c:if test="${optional}"> <span class="optional"><fmt:message key="optional"/></span></c:if></label>
    <c:if test="${not empty hint}"><p class="hint" id="${name}-hint"><c:out value="${hint}"/></p></c:if>
    <c:if test="${not empty error}"><p class="field-error" id="${name}-error"><span class="error-icon" aria-hidden="true">⚠</span> <fmt:message key="${error}"/></p></c:if>
    <%-- Each optional attribute carries its own leading space: whitespace between tags is trimmed. --%>
    <input type="${empty type ? 'text' : type}" id="${name}" name="${name}" value="<c:out value='${value}'/>"<c:if test="${not empty autocomplete}"> autocomplete="${autocomplete}"</c:if><c:if test="${not empty inputmode}"> inputmode="${inputmode}"</c:if><c:if test="${not empty maxlength}"> maxlength="${maxlength}"</c:if><c:if test="${not optional}"> required</c:if><c:if test="${not empty describedBy}"> aria-describedby="${describedBy}"</c:if><c:if test="${not empty error}"> aria-invalid="true"</c:if>>
</div>
