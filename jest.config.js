// Test kinds are told apart by file name (see docs/adr/0002-slice-layout.md):
// *.unit.spec.ts are pure, *.int.spec.ts use real databases and brokers, *.e2e.spec.ts boot the platform.
const { readFileSync } = require('node:fs');
const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

const aliases = {
  '^@commonplan/(kernel|event-store|messaging|contracts|nest|testing|mail)$':
    '<rootDir>/libs/$1/src/index.ts',
};

const project = (displayName, testRegex, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  testRegex,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', swc] },
  moduleNameMapper: aliases,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|file-type)/)'],
  ...extra,
});

module.exports = {
  projects: [
    project('unit', '\\.unit\\.spec\\.ts$'),
    project('int', '\\.int\\.spec\\.ts$'),
    project('e2e', '\\.e2e\\.spec\\.ts$'),
  ],
  // Jest reads the timeout only here, not per project; integration tests start real databases.
  testTimeout: 60_000,
  globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.js',
  globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.js',
};
