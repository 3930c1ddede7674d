import path from 'node:path';
import { benchBallots } from './ballots.bench';
import { benchConsultationReport } from './consultations.bench';
import { benchConsultationComments } from './consultations-http.bench';
import { benchPglite, benchPostgres } from './event-store.bench';
import { report, type Figures } from './harness';
import { benchIdentity } from './identity.bench';
import { benchTally } from './tally.bench';

// Every suite adds its figures to one file, so one run compares everything against baselines
// measured minutes apart on the same machine.
const suites: Record<string, (figures: Figures) => Promise<void>> = {
  'event store on PostgreSQL': benchPostgres,
  'event store on PGlite': benchPglite,
  // Sign-ins on the embedded default; authorization priced against the same route without it.
  'identity on PGlite': benchIdentity,
  // Pure computation: the tally core on a generated city and on the largest real Pabulib file.
  'pb tally': benchTally,
  // Ballots cast over HTTP on both engines, against a trivial authenticated route of the same server.
  'pb http ballots': benchBallots,
  // Pure computation: a consultation's outcome report, JSON and HTML, for 10 000 comments.
  'consultations report': benchConsultationReport,
  // Comments taken over HTTP on both engines, against trivial authenticated routes of the same server.
  'consultations http': benchConsultationComments,
};

const main = async (): Promise<void> => {
  process.env.COMMONPLAN_TEST_RUN ??= `bench_${Date.now().toString(36)}`;
  const only = process.argv[2];
  const figures: Figures = {};
  for (const [name, suite] of Object.entries(suites)) {
    if (only && !name.includes(only)) continue;
    console.log(`running: ${name}`);
    await suite(figures);
  }
  report(figures, path.join(__dirname, 'results', 'latest.json'));
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
