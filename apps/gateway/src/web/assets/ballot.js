// Enhances the ballot: the status under the choices follows each tick or number as it changes, and a
// receipt gets a copy button. Without this script the form works and the server shows the same status.
(() => {
  'use strict';
  const language = document.documentElement.lang || 'en';
  const fill = (template, values) =>
    template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  const number = (value) => new Intl.NumberFormat(language).format(value);

  const form = document.querySelector('form[data-ballot]');
  const status = form && form.querySelector('[data-meter]');
  if (status) {
    const total = Number(status.dataset.total);
    const kind = status.dataset.meter;
    const money = (minor) => {
      const major = minor / 100;
      return new Intl.NumberFormat(language, {
        style: 'currency',
        currency: status.dataset.currency,
        maximumFractionDigits: Number.isInteger(major) ? 0 : 2,
      }).format(major);
    };
    const meter = form.querySelector('meter');
    const update = () => {
      const ticked = [...form.querySelectorAll('input[type=checkbox]:checked')];
      let used;
      let values;
      if (kind === 'money') {
        used = ticked.reduce((sum, box) => sum + Number(box.dataset.cost), 0);
        values = {
          chosen: money(used),
          budget: money(total),
          left: money(Math.max(total - used, 0)),
          over: money(Math.max(used - total, 0)),
        };
      } else if (kind === 'points') {
        used = [...form.querySelectorAll('input[type=number]')].reduce(
          (sum, input) => sum + (Math.floor(Number(input.value)) || 0),
          0,
        );
        values = {
          used: number(used),
          total: number(total),
          left: number(Math.max(total - used, 0)),
          over: number(Math.max(used - total, 0)),
        };
      } else {
        used = ticked.length;
        values = { count: number(used), total: number(total), over: number(Math.max(used - total, 0)) };
      }
      const text = fill(used > total ? status.dataset.over : status.dataset.within, values);
      if (status.textContent.trim() !== text) status.textContent = text;
      if (meter) meter.value = Math.min(used, total);
    };
    form.addEventListener('change', update);
    form.addEventListener('input', update);
  }

  const receipt = document.querySelector('[data-copy]');
  if (receipt && navigator.clipboard) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = receipt.dataset.copyLabel;
    const said = document.createElement('span');
    said.setAttribute('role', 'status');
    button.addEventListener('click', () =>
      navigator.clipboard.writeText(receipt.textContent.trim()).then(() => {
        said.textContent = receipt.dataset.copiedLabel;
      }),
    );
    const place = document.createElement('p');
    place.className = 'actions';
    place.append(button, said);
    receipt.parentElement.after(place);
  }
})();
