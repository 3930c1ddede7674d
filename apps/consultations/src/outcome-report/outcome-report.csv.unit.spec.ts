import { buildOutcomeReport } from './build-outcome-report';
import { csvCell, outcomeReportCsv } from './outcome-report.csv';
import { sources } from './outcome-report.fixture';

const csv = outcomeReportCsv(buildOutcomeReport(sources, 'en'));
const lines = csv.slice(1).split('\r\n');

describe('the outcome report as CSV', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFnumber,comment_id,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines.at(-1)).toBe('');
  });

  it('has one row per published comment, hidden ones included, in the order received', () => {
    expect(lines[0]).toBe(
      'number,comment_id,received_at,target,section,measure_number,measure_title,quote,contributor_type,' +
        'published_as,organisation_name,channel,language,text,duplicate_of,status,reason,reason_language,' +
        'reason_is_original,no_amendment_needed_because,responding_unit,amendments',
    );
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('writes each comment with its target, contributor, status, reason and amendments', () => {
    expect(lines[1]).toBe(
      '1,00000000-0000-4000-8000-0000000000c9,2027-03-02T10:00:00.000Z,measure,Knowledge and experience sharing,' +
        '2,One-stop shop,,ngo,named,Centre for Peace Studies,online,en,One-stop shops must serve asylum seekers too.,' +
        ',accepted,,,,,Office for Social Affairs,change 2',
    );
    expect(lines[2]).toBe(
      '2,00000000-0000-4000-8000-0000000000ca,2027-03-03T10:00:00.000Z,passage,Knowledge and experience sharing,' +
        '2,One-stop shop,one-stop shop,migrant-organisation,named,Syrian Community Osijek,email,ar,' +
        'يجب أن يكون المكتب مفتوحاً في المساء.,,partially-accepted,Opening hours depend on the budget.,en,false,,' +
        'Office for Social Affairs,change 2',
    );
    expect(lines[5]).toBe(
      '5,00000000-0000-4000-8000-0000000000cd,2027-03-06T10:00:00.000Z,measure,Knowledge and experience sharing,' +
        '2,One-stop shop,,individual,anonymous,,online,en,Asylum seekers need the one-stop shop.,1,accepted,,,,,' +
        'Office for Social Affairs,change 2',
    );
    expect(lines[8]).toBe(
      '8,00000000-0000-4000-8000-0000000000d1,2027-03-10T10:00:00.000Z,measure,Security and safety of migrants,' +
        '5,Hate crime,,business,anonymous,,online,en,Keep the hate crime measure.,,unanswered,,,,,,',
    );
  });

  it('gives a hidden comment its public reason and not its text', () => {
    expect(lines[6]).toBe(
      '6,00000000-0000-4000-8000-0000000000ce,2027-03-07T10:00:00.000Z,,,,,,individual,,,online,,,,hidden,' +
        'Offensive content.,en,false,,,',
    );
  });

  it('quotes fields with commas, quotes and line breaks, and disarms formulas', () => {
    expect(lines[4]).toBe(
      '4,00000000-0000-4000-8000-0000000000cc,2027-03-05T10:00:00.000Z,plan,,,,,individual,anonymous,,paper,en,' +
        '"\'=HYPERLINK(""http://example.org"",""plan""), see ""annex""",,not-accepted,Prilog nije dostavljen.,hr,' +
        'true,,Office for Social Affairs,',
    );
    expect(lines[9]).toBe(
      '9,00000000-0000-4000-8000-0000000000d2,2027-03-11T10:00:00.000Z,plan,,,,,other,anonymous,,email,en,' +
        '"Line one,\nline two.",,accepted,,,,Already in the 2027 work programme.,Office for Social Affairs,',
    );
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 20 555', "'+31 20 555"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
    ['a "quote"', '"a ""quote"""'],
    ['plain text', 'plain text'],
    ['', ''],
  ])('writes the cell %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
