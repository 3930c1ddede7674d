// Copies the sign-in token from the link's fragment (which no server ever sees) into the form.
(function () {
  var token = decodeURIComponent(location.hash.replace(/^#/, ''));
  var form = document.querySelector('form[data-link-token]');
  if (!token || !form) return;
  form.elements.token.value = token;
  history.replaceState(null, '', location.pathname);
})();
