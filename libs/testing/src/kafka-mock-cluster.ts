import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface KafkaMockCluster {
  /** `host:port` of each mock broker, for a client's `brokers`. */
  readonly brokers: readonly string[];
  /** Ends kcat and waits until it has exited, so jest sees no open handle. */
  stop(): Promise<void>;
}

// With `-d mock` librdkafka prints `bootstrap.servers=…`; without it, only the notice that it
// "replaced" the given servers. Either names every broker.
const BOOTSTRAP = /(?:bootstrap\.servers=|replaced with )(\S+)/;
const STARTUP_TIMEOUT_MS = 10_000;

const exited = (kcat: ChildProcess): Promise<unknown> =>
  kcat.exitCode !== null || kcat.signalCode !== null ? Promise.resolve() : once(kcat, 'exit');

const stopping = (kcat: ChildProcess) => async (): Promise<void> => {
  // Without a pid it never started (kcat missing), and no 'exit' would come.
  if (kcat.pid === undefined) return;
  const gone = exited(kcat);
  // kcat ignores SIGTERM while it blocks reading stdin; the end of its input is what makes it quit.
  kcat.stdin?.end();
  const timer = setTimeout(() => kcat.kill('SIGKILL'), 2_000);
  await gone;
  clearTimeout(timer);
  kcat.stdout?.destroy();
  kcat.stderr?.destroy();
};

/**
 * A Kafka-protocol cluster for integration tests: librdkafka's mock cluster, hosted by a kcat
 * producer whose stdin stays open (Debian's `kcat` package; .ci/run installs it). Topics are created
 * on first use with 4 partitions. It has no CreateTopics nor idempotent producers, and it delays a
 * new group's first rebalance by 3 seconds, as `group.initial.rebalance.delay.ms` does on a broker.
 */
export const startKafkaMockCluster = async ({ brokers = 3 } = {}): Promise<KafkaMockCluster> => {
  const kcat = spawn(
    'kcat',
    ['-P', '-b', 'localhost:9', '-t', '_boot', '-X', `test.mock.num.brokers=${brokers}`],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const stop = stopping(kcat);
  let output = '';
  try {
    const servers = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`kcat printed no mock bootstrap servers within 10 s: ${output}`)),
        STARTUP_TIMEOUT_MS,
      );
      const read = (chunk: Buffer): void => {
        output += chunk.toString();
        const found = BOOTSTRAP.exec(output);
        if (!found?.[1]) return;
        clearTimeout(timer);
        resolve(found[1]);
      };
      kcat.stdout.on('data', read);
      kcat.stderr.on('data', read);
      kcat.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`cannot start kcat (apt-get install kcat): ${error.message}`));
      });
      kcat.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`kcat exited with ${code} before the mock cluster was up: ${output}`));
      });
    });
    // Later output is not needed, but an unread pipe would block kcat once it fills.
    kcat.stdout.removeAllListeners('data').resume();
    kcat.stderr.removeAllListeners('data').resume();
    kcat.removeAllListeners('exit');
    return { brokers: servers.split(','), stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
