#!/usr/bin/env node
// Thin entry point: the CLI lives in dist/ (compiled by `npm ci` through the `prepare` script).
import { run } from "../dist/cli/run.js";
import { processIo } from "../dist/cli/io.js";

process.exitCode = await run(process.argv.slice(2), processIo());
