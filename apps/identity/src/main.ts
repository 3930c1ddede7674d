import { startPlatform } from '@commonplan/nest';
import { identityContext } from './identity.module';

// Distributed mode: this context alone in its own process; deploy/compose runs one per context.
void startPlatform({ name: 'commonplan-identity', contexts: [identityContext] });
