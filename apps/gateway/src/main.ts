import { startPlatform } from '@commonplan/nest';
import { gatewayContext } from './gateway.module';

// Distributed mode: this context alone in its own process; deploy/compose runs one per context.
void startPlatform({ name: 'commonplan-gateway', contexts: [gatewayContext] });
