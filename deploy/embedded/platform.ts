import type { NestExpressApplication } from '@nestjs/platform-express';
import { createPlatformApp, type PlatformComposition, type PlatformConfig } from '@commonplan/nest';
import { budgetingContext } from '../../apps/budgeting/src/index';
import { consultationsContext } from '../../apps/consultations/src/index';
import { councilContext } from '../../apps/council/src/index';
import { gatewayContext } from '../../apps/gateway/src/index';
import { identityContext } from '../../apps/identity/src/index';
import { reportingContext } from '../../apps/reporting/src/index';

/** Every context and the gateway in one process: what `npm start` runs for a small town. */
export const EMBEDDED: PlatformComposition = {
  name: 'commonplan',
  runsNotary: true,
  contexts: [
    identityContext,
    budgetingContext,
    consultationsContext,
    councilContext,
    reportingContext,
    gatewayContext,
  ],
};

export interface PlatformStartOptions {
  readonly config: PlatformConfig;
}

/** The embedded platform, initialised but not listening: for e2e tests and benchmarks. */
export const createPlatform = (options: PlatformStartOptions): Promise<NestExpressApplication> =>
  createPlatformApp({ ...EMBEDDED, config: options.config });
