import { startPlatform } from '@commonplan/nest';
import { councilContext } from './council.module';

// Distributed mode: this context alone in its own process; deploy/compose runs one per context.
void startPlatform({ name: 'commonplan-council', contexts: [councilContext] });
