// Builds, once per PGlite version, an initialised empty cluster and its dump for tests to copy.
const { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const pgliteVersion = () => {
  const main = require.resolve('@electric-sql/pglite');
  let dir = path.dirname(main);
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
};

// Bumped whenever the way the template is made changes, so no run picks up an older one.
const LAYOUT = 3;

/**
 * Tests open hundreds of these. Each open copies the whole cluster into WASM memory: a 1 MB WAL
 * segment instead of 16, and no template databases (tests never CREATE DATABASE on PGlite), make it
 * 15 MB instead of 40. Each start also clears its shared memory, mostly the buffer cache: 4 MB of it
 * and room for 20 connections, instead of PostgreSQL's 128 MB and 100, start it four times faster.
 * Clusters made by the platform itself keep PostgreSQL's defaults.
 */
const slim = async (pglite) => {
  for (const template of ['template0', 'template1']) {
    await pglite.exec(`UPDATE pg_database SET datistemplate = false WHERE datname = '${template}'`);
    await pglite.exec(`DROP DATABASE ${template}`);
  }
  await pglite.exec("ALTER SYSTEM SET shared_buffers = '4MB'");
  await pglite.exec('ALTER SYSTEM SET max_connections = 20');
  await pglite.exec('CHECKPOINT');
};

module.exports = async () => {
  const dir = path.join(tmpdir(), `commonplan-pglite-template-${pgliteVersion()}-${LAYOUT}`);
  if (existsSync(path.join(dir, 'cluster.tar'))) return dir;
  const { PGlite } = require('@electric-sql/pglite');
  const building = mkdtempSync(path.join(tmpdir(), 'commonplan-pglite-building-'));
  const pglite = await PGlite.create({
    dataDir: path.join(building, 'cluster'),
    initDbStartParams: ['--wal-segsize=1'],
  });
  await slim(pglite);
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  writeFileSync(path.join(building, 'cluster.tar'), Buffer.from(await dump.arrayBuffer()));
  try {
    renameSync(building, dir);
  } catch {
    // Another test run built it at the same moment: theirs is as good.
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
};
