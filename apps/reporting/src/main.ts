import { startPlatform } from '@commonplan/nest';
import { reportingContext } from './reporting.module';

// Distributed mode: this context alone in its own process; deploy/compose runs one per context.
void startPlatform({ name: 'commonplan-reporting', contexts: [reportingContext], runsNotary: true });
