// Each test run gets its own PostgreSQL databases, named after the run, and drops them at the end.
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const pgliteTemplate = require('./pglite-template');

module.exports = async () => {
  const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new Client({ connectionString: adminUrl });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `integration tests need PostgreSQL at ${adminUrl} (set TEST_POSTGRES_URL): ${error.message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  process.env.TEST_POSTGRES_URL = adminUrl;
  process.env.COMMONPLAN_PGLITE_TEMPLATE = await pgliteTemplate();
  process.env.COMMONPLAN_TEST_RUN = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
};
