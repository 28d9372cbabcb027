// Lints docs/openapi.json with Redocly CLI's recommended rules (pinned in
// package-lock.json beside this file, settings in redocly.yaml) and fails on
// any problem, warnings included. CTest runs it as openapi.lint next to the
// router check (api.OpenApi*); docs/testing.md, "The API description".
// Exit codes: 0 clean, 1 problems or a linter that did not answer, 77 when
// the linter is not installed (npm ci in tests/openapi; ./scripts/test does
// it, and there a skip counts as a failure).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = process.env.FREMDRIFT_SOURCE_DIR || resolve(here, "..", "..");
const document = join(sourceDir, "docs", "openapi.json");
const cli = join(here, "node_modules", "@redocly", "cli", "bin", "cli.js");

if (!existsSync(cli)) {
  console.log(`skipped: Redocly CLI is not installed (run npm ci in ${here})`);
  process.exit(77);
}

const run = spawnSync(
  process.execPath,
  [cli, "lint", "--config", join(here, "redocly.yaml"), "--format=json", document],
  {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    // No usage data to Redocly, no update notices on stderr.
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_NOTIFICATIONS: "true" },
  },
);

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`redocly lint gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const { errors, warnings } = report.totals;
for (const p of report.problems) {
  const at = p.location?.[0];
  const where = at ? `${at.start?.line ?? "?"}:${at.start?.col ?? "?"} ${at.pointer}` : "";
  console.log(`docs/openapi.json:${where}\n  ${p.severity} ${p.ruleId}: ${p.message}`);
}
if (errors + warnings > 0 || run.status !== 0) {
  console.log(`redocly lint ${report.version}: ${errors} errors, ${warnings} warnings in docs/openapi.json`);
  process.exit(1);
}
console.log(`redocly lint ${report.version}: docs/openapi.json has no errors and no warnings`);
