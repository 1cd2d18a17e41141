// Lints a Dockerfile with dockerfile-utils (the validator of the Docker language server) and prints its findings as
// JSON: [{ line, severity, message }], lines counted from 1; every rule reports as an error.
import { readFileSync } from 'node:fs';
import { validate } from 'dockerfile-utils';

const strict = 2;
const findings = validate(readFileSync(process.argv[2], 'utf8'), {
  deprecatedMaintainer: strict,
  directiveCasing: strict,
  emptyContinuationLine: strict,
  instructionCasing: strict,
  instructionCmdMultiple: strict,
  instructionEntrypointMultiple: strict,
  instructionHealthcheckMultiple: strict,
  instructionJSONInSingleQuotes: strict,
  instructionWorkdirRelative: strict,
}).map(d => ({ line: d.range.start.line + 1, severity: d.severity === 1 ? 'error' : 'warning', message: d.message }));
console.log(JSON.stringify(findings));
