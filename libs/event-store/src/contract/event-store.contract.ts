import { appendContract } from './append.contract';
import { contractCatalog, type ContractSuite, type OpenBackend } from './contract-backend';
import { readContract } from './read.contract';
import { subscriptionContract } from './subscription.contract';

export type {
  ContractBackend,
  ContractTuning,
  LegacyEvent,
  OpenBackend,
  StoredCounts,
} from './contract-backend';

/**
 * The behaviour every EventStore adapter must show. An adapter's integration spec calls this with a
 * function that opens one empty backend; the suite writes only to streams of its own inside it.
 */
export const eventStoreContract = (name: string, openStore: OpenBackend): void => {
  describe(name, () => {
    const suite = {} as ContractSuite;

    beforeAll(async () => {
      suite.backend = await openStore(contractCatalog());
      // A short poll keeps the retry pause after a failing handler short.
      suite.store = suite.backend.openStore({ pollIntervalMs: 50 });
      suite.initialHead = await suite.store.head();
    });

    afterAll(() => suite.backend?.close());

    appendContract(suite);
    readContract(suite);
    subscriptionContract(suite);
  });
};
