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

module.exports = async () => {
  const dir = path.join(tmpdir(), `commonplan-pglite-template-${pgliteVersion()}`);
  if (existsSync(path.join(dir, 'cluster.tar'))) return dir;
  const { PGlite } = require('@electric-sql/pglite');
  const building = mkdtempSync(path.join(tmpdir(), 'commonplan-pglite-building-'));
  const pglite = await PGlite.create({ dataDir: path.join(building, 'cluster') });
  await pglite.query('SELECT 1');
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
