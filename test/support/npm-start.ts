import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';

export const REPOSITORY = path.resolve(__dirname, '../..');

/** A port nothing listens on right now, for a child process that cannot be told to pick its own. */
export const freePort = async (): Promise<number> => {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP port was assigned');
  return address.port;
};

export interface StartedProcess {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code (or the signal that ended it). */
  readonly exited: Promise<number | NodeJS.Signals>;
}

/** `npm start` as an operator runs it, with `env` on top of this process's environment. */
export const npmStart = (env: Record<string, string>): StartedProcess => {
  const child = spawn('npm', ['start'], {
    cwd: REPOSITORY,
    // Jest sets NODE_ENV=test; an operator's shell does not.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so cleaning up reaches node under npm's `sh -c` too.
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
};

/** Polls `url` until it answers 200, the process exits, or `timeoutMs` passes. */
export const waitUntilReady = async (
  started: StartedProcess,
  url: string,
  timeoutMs: number,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void started.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${url} did not answer 200 (${exited ? 'the process exited' : 'timed out'})\n${started.stdout()}\n${started.stderr()}`,
  );
};

/** For afterAll: a test that failed half-way must not leave a server (or a PGlite lock) behind. */
export const stopIfRunning = async (started: StartedProcess | undefined): Promise<void> => {
  if (started?.child.pid === undefined) return;
  try {
    process.kill(-started.child.pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
  await started.exited;
};
