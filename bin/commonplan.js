#!/usr/bin/env node
'use strict';
// The CLI is TypeScript, compiled on load by swc as `npm start` is. The project file is found from this
// file, not from the working directory, so `npx commonplan` works from any folder of the repository.
const path = require('node:path');

process.env.SWC_NODE_PROJECT = path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
require(path.join(__dirname, '..', 'cli', 'main.ts')).main();
