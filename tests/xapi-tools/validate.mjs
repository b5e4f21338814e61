// An independent check of xAPI 1.0.3 statements: Learning Locker's validator (@learninglocker/xapi-validation,
// MIT, pinned in package.json), which the project's own code never uses, plus the few rules it leaves out.
//
//   node validate.mjs FILE      FILE (or "-" for standard input) holds one statement or an array of them
//
// Prints one JSON array, one entry per statement: {"index":0,"id":"…","problems":["path: message", …]}.
// Exit code: 0 every statement is valid, 1 some are not, 2 the input is unreadable or not JSON.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const validate = require('@learninglocker/xapi-validation').default;

const file = process.argv[2] ?? '-';
let input;
try {
  input = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
} catch (error) {
  process.stderr.write(`validate: cannot read ${file}: ${error.message}\n`);
  process.exit(2);
}

const statements = Array.isArray(input) ? input : [input];
const report = statements.map((statement, index) => ({
  index,
  id: statement?.id ?? null,
  problems: [...validate(statement).map(describe), ...extraProblems(statement)],
}));
process.stdout.write(JSON.stringify(report) + '\n');
process.exit(report.some((r) => r.problems.length > 0) ? 1 : 0);

function describe(warning) {
  const where = (warning.path ?? []).join('.');
  // The library's messages are all "Validation Error": its warning class and type name say what is wrong.
  const what = [warning.name, warning.typeName].filter(Boolean).join(' ');
  const value = JSON.stringify(warning.data);
  return `${where}: ${what || 'invalid'}${value && value.length < 120 ? ` (got ${value})` : ''}`;
}

// The library accepts these, the spec does not (or says SHOULD, which this project treats as MUST).
function extraProblems(statement) {
  const problems = [];
  const score = statement?.result?.score;
  if (score) {
    const { raw, min, max } = score;
    if (min !== undefined && max !== undefined && min > max) problems.push('result.score: min is above max');
    if (raw !== undefined && min !== undefined && raw < min) problems.push('result.score.raw: below min');
    if (raw !== undefined && max !== undefined && raw > max) problems.push('result.score.raw: above max');
  }
  const activities = statement?.context?.contextActivities ?? {};
  for (const [kind, value] of Object.entries(activities)) {
    if (!Array.isArray(value)) problems.push(`context.contextActivities.${kind}: send an array (spec SHOULD)`);
  }
  if (statement?.id !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(statement.id)) {
    problems.push('id: not a lowercase RFC 4122 UUID');
  }
  return problems;
}
