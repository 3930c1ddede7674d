import { buildOutcomeReport } from './build-outcome-report';
import { sources } from './outcome-report.fixture';
import { outcomeReportHtml } from './outcome-report.html';

const html = (language: string): string => outcomeReportHtml(buildOutcomeReport(sources, language));
const lines = html('en').split('\n');
const line = (start: string): string | undefined => lines.find((candidate) => candidate.startsWith(start));

describe('the outcome report as an HTML page', () => {
  it('is a complete page in the reader’s language and direction', () => {
    expect(lines.slice(0, 6)).toEqual([
      '<!doctype html>',
      '<html lang="en" dir="ltr">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<title>Outcome of the consultation: Integration action plan</title>',
    ]);
    expect(lines.slice(-4)).toEqual(['</main>', '</body>', '</html>', '']);
    expect(html('ar').split('\n')[1]).toBe('<html lang="ar" dir="rtl">');
    expect(html('fa').split('\n')[1]).toBe('<html lang="fa" dir="rtl">');
    expect(html('hr').split('\n')[1]).toBe('<html lang="hr" dir="ltr">');
  });

  it('heads the page with the consultation and cites the checkpoint and versions', () => {
    expect(line('<h1>')).toBe(
      '<h1>Outcome of the consultation: Integration action plan <small>(translation)</small></h1>',
    );
    expect(line('<dt>Version consulted on')).toBe('<dt>Version consulted on</dt><dd>1</dd>');
    expect(line('<dt>Version adopted')).toBe('<dt>Version adopted</dt><dd>2</dd>');
    expect(line('<dt>Tree size')).toBe('<dt>Tree size</dt><dd>10</dd>');
    expect(line('<dt>Root hash')).toBe(
      '<dt>Root hash</dt><dd><code>e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855</code></dd>',
    );
  });

  it('has captioned tables whose headers are scoped', () => {
    const tables = lines.filter((candidate) => candidate === '<table>').length;
    expect(tables).toBe(9);
    expect(lines.filter((candidate) => candidate.startsWith('<caption>'))).toHaveLength(tables);
    expect(html('en')).not.toMatch(/<th(?=[\s>])(?! scope="(?:col|row)")/);
    expect(line('<tr><th scope="row">Migrant organisation')).toBe(
      '<tr><th scope="row">Migrant organisation</th><td>1</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td></tr>',
    );
  });

  it('writes every comment with its target, contributor, status, reason, unit and amendments', () => {
    expect(line('<tr id="comment-2">')).toBe(
      '<tr id="comment-2"><th scope="row">2</th><td>Passage of measure 2: One-stop shop<br><q>one-stop shop</q></td>' +
        '<td>Migrant organisation, named: Syrian Community Osijek<br>E-mail</td>' +
        '<td><span lang="ar" dir="rtl">يجب أن يكون المكتب مفتوحاً في المساء.</span></td><td>Partially accepted</td>' +
        '<td>Opening hours depend on the budget. <small>(translation)</small></td><td>Office for Social Affairs</td>' +
        '<td>Measure 2 changed</td></tr>',
    );
    expect(line('<tr id="comment-4">')).toBe(
      '<tr id="comment-4"><th scope="row">4</th><td>The whole plan</td><td>Individual, anonymous<br>On paper</td>' +
        '<td>=HYPERLINK(&quot;http://example.org&quot;,&quot;plan&quot;), see &quot;annex&quot;</td><td>Not accepted</td>' +
        '<td><span lang="hr" dir="ltr">Prilog nije dostavljen.</span> <small>(original, hr)</small></td>' +
        '<td>Office for Social Affairs</td><td>—</td></tr>',
    );
    expect(line('<tr id="comment-5">')).toBe(
      '<tr id="comment-5"><th scope="row">5</th><td>Measure 2: One-stop shop</td><td>Individual, anonymous<br>Online</td>' +
        '<td>Asylum seekers need the one-stop shop.</td><td>Accepted<br>Duplicate of comment <a href="#comment-1">1</a></td>' +
        '<td>—</td><td>Office for Social Affairs</td><td>Measure 2 changed</td></tr>',
    );
  });

  it('renders a comment containing a script as inert text', () => {
    expect(line('<tr id="comment-7">')).toBe(
      '<tr id="comment-7"><th scope="row">7</th><td>Measure 4: Firewall</td>' +
        '<td>Public institution, named: Croatian Employment Service<br>At a meeting</td>' +
        '<td><span lang="hr" dir="ltr">Podržavamo. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</span></td>' +
        '<td>Noted</td><td>The measure stands as drafted.</td><td>Office for Social Affairs</td><td>—</td></tr>',
    );
    expect(html('en')).not.toMatch(/<script/i);
  });

  it('gives each changed measure before and after, its amendments and the comments behind it', () => {
    const at = lines.indexOf('<h3>Measure 2: One-stop shop (changed)</h3>');
    expect(lines.slice(at, at + 13)).toEqual([
      '<h3>Measure 2: One-stop shop (changed)</h3>',
      '<table>',
      '<caption>Measure 2 before and after</caption>',
      '<thead><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>',
      '<tbody>',
      '<tr><th scope="row">Text</th><td>Set up a one-stop shop for third-country nationals.</td>' +
        '<td>Set up a one-stop shop for third-country nationals and asylum seekers.</td></tr>',
      '<tr><th scope="row">Budget</th><td>—</td><td>45000.00 EUR</td></tr>',
      '<tr><th scope="row">Target groups</th><td>third-country nationals</td><td>third-country nationals; asylum seekers</td></tr>',
      '</tbody>',
      '</table>',
      '<p>Amendments:</p>',
      '<ul><li>changed, following comments</li></ul>',
      '<p>Comments behind it: <a href="#comment-1">1</a>, <a href="#comment-2">2</a></p>',
    ]);
    expect(line('<ul><li>removed')).toBe(
      '<ul><li>removed, from elsewhere: Covered by the national action plan against hate crime. <small>(translation)</small></li></ul>',
    );
  });

  it('lists hidden comments with their reasons, and the comments published without a response', () => {
    expect(line('<tr id="comment-6">')).toBe(
      '<tr id="comment-6"><th scope="row">6</th><td><time datetime="2027-03-07T10:00:00.000Z">2027-03-07 10:00 UTC</time></td>' +
        '<td>Individual</td><td>Online</td><td>Offensive content. <small>(translation)</small></td></tr>',
    );
    expect(html('en')).not.toContain('An insult.');
    expect(lines.slice(-6, -4)).toEqual([
      '<h2>Comments published without a response</h2>',
      '<p><a href="#comment-8">8</a></p>',
    ]);
  });

  it('speaks Croatian to a Croatian reader and marks English words on a page without a catalogue', () => {
    const croatian = html('hr').split('\n');
    expect(croatian).toContain('<h1>Izvješće o savjetovanju: Akcijski plan za integraciju</h1>');
    expect(croatian).toContain('<tr><th scope="row">Primljeno na znanje</th><td>1</td></tr>');
    expect(html('ar').split('\n')).toContain(
      '<h1><span lang="en" dir="ltr">Outcome of the consultation</span>: ' +
        '<span lang="hr" dir="ltr">Akcijski plan za integraciju</span> ' +
        '<small>(<span lang="en" dir="ltr">original</span>, hr)</small></h1>',
    );
  });
});
