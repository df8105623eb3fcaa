// openapi-json.cjs - converts docs/openapi.yaml to the JSON served at /api/v1/openapi.json.
// Usage: node tools/openapi-json.cjs [docs/openapi.yaml] > build/gen/openapi.json
// Uses the YAML parser that comes with @stoplight/spectral-cli (a devDependency); fails on any YAML error.
'use strict';
const fs = require('fs');
const { parseWithPointers } = require('@stoplight/yaml');

const file = process.argv[2] || 'docs/openapi.yaml';
const parsed = parseWithPointers(fs.readFileSync(file, 'utf8'));
const errors = parsed.diagnostics.filter((d) => d.severity === 0);
if (errors.length > 0) {
  for (const d of errors) console.error(`${file}:${d.range.start.line + 1}: ${d.message}`);
  process.exit(1);
}
if (!parsed.data || typeof parsed.data.openapi !== 'string') {
  console.error(`${file}: not an OpenAPI document`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(parsed.data, null, 2) + '\n');
