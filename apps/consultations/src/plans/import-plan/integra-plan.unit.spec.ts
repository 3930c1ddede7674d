import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measuresOf } from '../plan';
import { planDrafted } from '../plan.events';
import { mintFrom, OFFICER } from '../plan.fixture';
import { parsePlanMarkdown } from './plan-markdown';

/** The INTEGRA policy recommendations (seed 003), as an officer would import them. */
const markdown = readFileSync(join(__dirname, '..', 'integra-plan.fixture.md'), 'utf8');

describe('importing the INTEGRA recommendations', () => {
  const plan = parsePlanMarkdown(markdown, mintFrom(1));
  const measures = measuresOf({ kind: 'strategy', language: 'en', ...plan });

  it('finds every recommendation as a measure under its headings', () => {
    expect(plan.title).toBe('INTEGRA policy recommendations');
    expect(plan.sections).toHaveLength(25);
    expect(measures).toHaveLength(45);
    expect(measures.map((measure) => measure.number)).toEqual(measures.map((_, index) => String(index + 1)));
    expect(plan.sections.map((section) => [section.heading, section.measures.length])).toEqual([
      ['Introduction', 0],
      ['Recommendations for Local Authorities', 0],
      ['Recommendations for Local Authorities › Knowledge and experience sharing', 2],
      ['Recommendations for Local Authorities › Governance and leadership', 5],
      ['Recommendations for Local Authorities › Public information and communication', 4],
      ['Recommendations for Local Authorities › Untapped potential of digital technologies', 3],
      [
        'Recommendations for National Governments › Include cities more actively in the assessment of national integration policies’ impact & development of national-level policy priorities',
        3,
      ],
      [
        'Recommendations for National Governments › Multi-level governance is required to address the challenge of integration',
        3,
      ],
      [
        'Recommendations for National Governments › Engagement of stakeholders and citizens in leveraging public opinion and political support',
        3,
      ],
      [
        'Recommendations for National Governments › Working more directly with agencies/authorities managing funding (including EU funds) at central/regional levels of government in order to receive contributions for cities’ integration strategies',
        2,
      ],
      [
        'Recommendations for National Governments › Develop mechanisms at regional/national level supporting Small and medium sized enterprises (SMEs) to connect to immigrant talent and aid integration in the local labor market',
        3,
      ],
      ['Recommendations for National Governments › Ensure security and safety of migrants', 2],
      ['Recommendations for European Organizations and EU Policy Bodies', 0],
      [
        'Recommendations for European Organizations and EU Policy Bodies › Evidence-based integration policy and strategy development',
        4,
      ],
      [
        'Recommendations for European Organizations and EU Policy Bodies › Developing and implementing a territorial approach to migrant integration',
        1,
      ],
      ['Recommendations for European Organizations and EU Policy Bodies › Employment', 2],
      [
        'Recommendations for European Organizations and EU Policy Bodies › Social inclusion and participation',
        3,
      ],
      [
        'Recommendations for European Organizations and EU Policy Bodies › Technical assistance and responsibility-sharing between the Member States',
        2,
      ],
      [
        'Recommendations for European Organizations and EU Policy Bodies › New funding instruments for TCN in the 2021-2027 Multiannual Financial Framework (MFF) of the EU',
        3,
      ],
      [
        'Recommendations for European Organizations and EU Policy Bodies › Strengthening existing networks by actively reaching out to potential partners',
        0,
      ],
      ['Way forward', 0],
      ['Way forward › Plan', 0],
      ['Way forward › Communicate', 0],
      ['Way forward › Lead Integration', 0],
      ['Way forward › Collect Data', 0],
    ]);
  });

  it('keeps the texts whole, joined across the PDF’s line breaks', () => {
    expect(measures[1]!.text).toBe(
      'To capitalize on existing experience and avoid duplication of efforts, local governments, in particular, in larger cities, may consider collaboration with private institutions (NGOs, businesses) to set-up (or support the implementation of existing) strategies and "one-stop-shop" structures / integration centers for TCN.',
    );
    expect(measures[18]!.text).toBe(
      'Encourage capacity building and topical network-building among national/regional authorities, in particular on integration tools, to allow transfer of knowledge and expertise between more and less advanced countries (esp. in regional contexts, border regions/cities.)',
    );
    expect(measures[26]).toMatchObject({
      title: 'Promoting networks (local/regional/national/EU) of social enterprises working with TCNs',
      text: 'Promoting networks (local/regional/national/EU) of social enterprises working with TCNs.',
      targetGroups: ['social enterprises working with TCNs'],
    });
    expect(measures[44]!.title).toBe('Greater share of funds allocated to TCN integration');
    expect(measures[30]!.title).toBe(
      'INTEGRA joins the recent conclusions of the Working Group Urban Agenda for the EU (Inclusion of Migrants and Refugees…',
    );
    expect(measures[30]!.text).toContain(
      '[Working Group Urban Agenda for the EU (Inclusion of Migrants and Refugees Partnership)](https://ec.europa.eu/futurium/',
    );
    expect(plan.summary).toMatch(/^The INTEGRA project aims at improving .* stakeholder networks\.$/s);
    expect(plan.sections[0]!.introduction).toContain(
      '\n- Cities play a central role in making integration work and shaping national and European integration policies.',
    );
  });

  it('names departments and target groups only where the recommendation does', () => {
    expect(
      measures.filter((measure) => measure.department !== null).map((measure) => measure.number),
    ).toEqual(['29', '39']);
    expect(measures[28]!.targetGroups).toEqual([
      'vulnerable groups among third country nationals',
      'victims of trafficking in human beings',
    ]);
    expect(measures.every((measure) => measure.budget === null && measure.indicators.length === 0)).toBe(
      true,
    );
  });

  it('makes a draft the event store accepts', () => {
    const data = { kind: 'strategy', language: 'en', ...plan, source: 'markdown', draftedBy: OFFICER };
    expect(planDrafted.parse(data)).toEqual({ ok: true, value: data });
  });
});
