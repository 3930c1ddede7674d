import { startPlatform } from '@commonplan/nest';
import { consultationsContext } from './consultations.module';

// Distributed mode: this context alone in its own process; deploy/compose runs one per context.
void startPlatform({ name: 'commonplan-consultations', contexts: [consultationsContext] });
