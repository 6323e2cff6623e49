// Progressive help for the booking form. The server checks everything again; without this file
// the form works the same, only without the counter, the inline hints and the visit-type filter.
(function () {
  'use strict';
  var form = document.getElementById('booking-form');
  if (!form) { return; }
  var lang = document.documentElement.lang === 'en' ? 'en' : 'nb';
  var text = {
    nb: { required: 'Dette feltet må fylles ut.', email: 'E-postadressen ser ikke riktig ut.', phone: 'Mobilnummeret ser ikke riktig ut.' },
    en: { required: 'This field is required.', email: 'The email address does not look right.', phone: 'The mobile number does not look right.' }
  }[lang];

  // A live counter under the free text, announced politely to screen readers.
  var freeText = document.getElementById('freeText');
  if (freeText) {
    var max = parseInt(freeText.getAttribute('maxlength'), 10);
    var counter = document.createElement('p');
    counter.className = 'counter';
    counter.id = 'freeText-counter';
    counter.setAttribute('aria-live', 'polite');
    freeText.parentNode.appendChild(counter);
    freeText.setAttribute('aria-describedby', (freeText.getAttribute('aria-describedby') || '') + ' freeText-counter');
    var update = function () {
      var left = max - Array.from(freeText.value).length;
      counter.textContent = left + ' ' + freeText.getAttribute('data-counter-label');
      counter.classList.toggle('over', left < 0);
    };
    freeText.addEventListener('input', update);
    update();
  }

  // Only the visit types of the chosen clinic are offered.
  var clinic = document.getElementById('clinic');
  var visitType = document.getElementById('visitType');
  if (clinic && visitType) {
    var filter = function () {
      Array.prototype.forEach.call(visitType.querySelectorAll('optgroup'), function (group) {
        var options = group.querySelectorAll('option');
        var match = clinic.value === '' || (options.length > 0 && options[0].getAttribute('data-clinic') === clinic.value);
        group.hidden = !match;
        group.disabled = !match;
      });
      var chosen = visitType.options[visitType.selectedIndex];
      if (chosen && chosen.parentNode.disabled) { visitType.value = ''; }
    };
    clinic.addEventListener('change', filter);
    filter();
  }

  // Hints when leaving a field; the server's messages replace them after a post.
  var checks = {
    firstName: function (v) { return v.trim() ? null : text.required; },
    lastName: function (v) { return v.trim() ? null : text.required; },
    email: function (v) { return !v.trim() || /^[^@\s]+@[^@\s]+\.[^@\s]{2,}$/.test(v.trim()) ? null : text.email; },
    phone: function (v) { return !v.trim() || /^\+?[0-9 ()-]{8,20}$/.test(v.trim()) ? null : text.phone; },
    freeText: function (v) { return v.trim() ? null : text.required; }
  };
  Object.keys(checks).forEach(function (name) {
    var field = document.getElementById(name);
    if (!field) { return; }
    field.addEventListener('blur', function () {
      var id = name + '-inline';
      var existing = document.getElementById(id);
      var problem = checks[name](field.value);
      if (existing) { existing.remove(); }
      var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(function (d) { return d && d !== id; });
      if (problem) {
        var p = document.createElement('p');
        p.className = 'inline-error';
        p.id = id;
        p.textContent = '\u26A0 ' + problem;
        field.parentNode.insertBefore(p, field);
        described.push(id);
      }
      if (described.length) { field.setAttribute('aria-describedby', described.join(' ')); } else { field.removeAttribute('aria-describedby'); }
    });
  });
})();
