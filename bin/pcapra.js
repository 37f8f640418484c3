#!/usr/bin/env node
// Thin entry point: the CLI lives in dist/ (compiled by `npm ci` through the `prepare` script).
import { setFlagsFromString } from "node:v8";

// V8 optimises a function after it has run about 66 KB of bytecode ("interrupt budget"), a
// threshold made for long-lived programs. A pcapra command lives a few seconds and runs
// thousands of different functions (YAML, templates, layout, DOCX, PDF): measured with perf on
// the CHU PRA, a third of the process's CPU went to compiling code on V8's helper threads.
// Ten times that budget optimises only what is really hot: CHU default build −25 % CPU, CH
// example −30 %, `validate` −10 % (bench/README.md). `priorities` on a 20,000-resource plan
// is one hot loop over megabytes of YAML and was slower with it: it keeps V8's default.
// Set here, in the program, not in the library: a host application keeps its own tuning.
if (process.argv[2] !== "priorities") setFlagsFromString("--interrupt-budget=600000");

const { run } = await import("../dist/cli/run.js");
const { processIo } = await import("../dist/cli/io.js");

process.exitCode = await run(process.argv.slice(2), processIo());
