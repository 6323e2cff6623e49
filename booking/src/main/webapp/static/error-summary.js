// A page sent back with errors opens on its error summary: focus moves there, so that a screen
// reader reads the summary first and a keyboard user goes on from it to the fields it links to.
// A file, not an inline script: the Content-Security-Policy allows scripts from 'self' only.
(function () {
  'use strict';
  var summary = document.querySelector('.error-summary[tabindex="-1"]');
  if (summary) {
    summary.focus();
  }
})();
