// Lets a reader select words in a measure and comment on exactly them: the button opens the comment
// form with the passage and its place in the measure's text filled in. Without this script the form
// has a field to type or paste the passage into, which the server finds in the measure's text.
(function () {
  var plan = document.querySelector('.plan[data-comment-path]');
  if (!plan || !window.getSelection) return;

  // Offsets count UTF-16 code units of the measure's text, as the API's passages do.
  function passageIn(textElement) {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    var range = selection.getRangeAt(0);
    if (!textElement.contains(range.startContainer) || !textElement.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.setStart(textElement, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var raw = range.toString();
    var quote = raw.trim();
    if (quote === '') return null;
    var start = before.toString().length + (raw.length - raw.replace(/^\s+/, '').length);
    return { start: start, end: start + quote.length, quote: quote };
  }

  function openForm(measureId, passage) {
    var query = '?target=' + encodeURIComponent('measure:' + measureId);
    if (passage)
      query +=
        '&start=' + passage.start + '&end=' + passage.end + '&quote=' + encodeURIComponent(passage.quote);
    window.location.assign(plan.getAttribute('data-comment-path') + query);
  }

  var measures = plan.querySelectorAll('article.measure[data-measure]');
  for (var i = 0; i < measures.length; i++) {
    (function (measure) {
      var actions = measure.querySelector('[data-comment-actions]');
      var textElement = measure.querySelector('[data-measure-text]');
      if (!actions || !textElement) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.textContent = plan.getAttribute('data-select-label');
      button.addEventListener('click', function () {
        openForm(measure.getAttribute('data-measure'), passageIn(textElement));
      });
      actions.appendChild(button);
    })(measures[i]);
  }
})();
