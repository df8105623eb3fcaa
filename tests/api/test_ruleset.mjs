#!/usr/bin/env node
// test_ruleset.mjs - shows that tests/api/adr-ruleset.yml, the project's Spectral ruleset of the Dutch API Design
// Rules, catches what it should: it lints every document in tests/api/fixtures/ (good.yaml, and good.yaml with one
// thing wrong in each of the others) and compares the findings with EXPECT below, one TAP line per document, plus
// one line saying that every ADR rule of the ruleset is caught by some fixture.
//
// When the reference ruleset ../shared/standards/adr-ruleset.yml is there (beside the repository), two more lines
// check that ours agrees with it: the same rules at the same severities, and the same findings on every fixture and
// on docs/openapi.yaml except the differences in KNOWN_DIFFERENCES. Without ../shared those two are not run (and not
// counted). Prints TAP; exits 1 when a check fails.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const require = createRequire(import.meta.url);
const { parse } = require('@stoplight/yaml');   // comes with @stoplight/spectral-cli, as in tools/openapi-json.cjs

const RULESET = path.join(ROOT, 'tests/api/adr-ruleset.yml');
const REFERENCE = path.resolve(ROOT, '../shared/standards/adr-ruleset.yml');
const FIXTURES = path.join(ROOT, 'tests/api/fixtures');
const OPENAPI = path.join(ROOT, 'docs/openapi.yaml');
const SPECTRAL = path.join(ROOT, 'node_modules/.bin/spectral');

/** What each fixture must give with our ruleset: every finding, as "rule (severity)", nothing more or less. */
const EXPECT = {
	'good.yaml': [],
	'no-version-header.yaml': ['nlgov:missing-version-header (error)'],
	'no-headers.yaml': ['nlgov:missing-header (error)'],
	'trailing-slash.yaml': ['nlgov:paths-no-trailing-slash (error)', 'path-keys-no-trailing-slash (warn)'],
	'not-problem-json.yaml': ['nlgov:use-problem-schema (error)'],
	'problem-members.yaml': ['nlgov:problem-schema-members (error)'],
	'no-version-in-uri.yaml': ['nlgov:include-major-version-in-uri (error)'],
	'no-servers.yaml': ['oas3-api-servers (error)'],
	'not-openapi-3.yaml': ['nlgov:openapi3 (error)', 'unrecognized-format (warn)'],
	'no-openapi.yaml': ['nlgov:openapi-root-exists (error)', 'unrecognized-format (warn)'],
	'semver.yaml': ['nlgov:semver (error)'],
	'no-contact.yaml': ['info-contact (error)'],
	'contact-incomplete.yaml': ['nlgov:info-contact-fields-exist (error)'],
	'http-methods.yaml': ['nlgov:http-methods (error)'],
	'names.yaml': ['nlgov:paths-kebab-case (warn)', 'nlgov:property-casing (warn)', 'nlgov:schema-camel-case (warn)',
		'nlgov:servers-use-https (warn)'],
};

/** Findings of ours that the reference does not make, because its expression misses what its rule says. */
const KNOWN_DIFFERENCES = [
	{ file: 'trailing-slash.yaml', finding: 'nlgov:paths-no-trailing-slash (error)',
		why: 'its pattern ".+ \\/$" matches only a path with a space before the final slash' },
	{ file: 'http-methods.yaml', finding: 'nlgov:http-methods (error)',
		why: 'it looks only at paths whose text contains "description" or "summary"' },
	{ file: 'names.yaml', finding: 'nlgov:property-casing (warn)',
		why: 'it looks only at properties named like _links, and then at their keywords' },
];

const SEVERITY = ['error', 'warn', 'info', 'hint'];   // Spectral's numbers 0..3

let n = 0;
let failed = 0;
function tap(ok, what, diag = []) {
	n++;
	if (!ok)
		failed++;
	console.log(`${ok ? 'ok' : 'not ok'} ${n} - ${what}`);
	for (const line of diag)
		console.log(`# ${line}`);
}

/** Lints the files with a ruleset; resolves with a Map from each file to the sorted list of its findings. */
function lint(ruleset, files) {
	return new Promise((resolve, reject) => {
		execFile(SPECTRAL, ['lint', '--format', 'json', '--ruleset', ruleset, ...files],
			{ cwd: ROOT, maxBuffer: 16 << 20, timeout: 120_000 }, (err, stdout, stderr) => {
				// Exit status 1 only says that some document has an error, which the fixtures are for.
				if (err && err.code !== 1)
					return reject(new Error(`spectral failed (${err.code ?? err.signal}): ${stderr}`));
				let results;
				try {
					results = JSON.parse(stdout);
				} catch (e) {
					return reject(new Error(`spectral printed no JSON (${e.message}): ${stdout}${stderr}`));
				}
				const found = new Map(files.map((f) => [path.resolve(ROOT, f), new Set()]));
				for (const r of results) {
					const set = found.get(path.resolve(ROOT, r.source));
					if (set === undefined)
						return reject(new Error(`a finding for a file that was not linted: ${r.source}`));
					set.add(`${r.code} (${SEVERITY[r.severity]})`);
				}
				resolve(new Map([...found].map(([f, s]) => [f, [...s].sort()])));
			});
	});
}

/** The rules of a ruleset file as a Map from name to severity, and what it extends. */
function rulesOf(file) {
	const doc = parse(readFileSync(file, 'utf8'));
	const rules = new Map();
	for (const [name, rule] of Object.entries(doc.rules ?? {}))
		rules.set(name, typeof rule === 'string' ? rule : rule.severity ?? 'warn');
	return { extends: JSON.stringify(doc.extends), rules };
}

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const list = (a) => (a.length === 0 ? 'nothing' : a.join(', '));

async function main() {
	const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).sort();
	const files = fixtures.map((f) => path.join(FIXTURES, f));

	const withReference = existsSync(REFERENCE);
	const [ours, theirs] = await Promise.all([   // the two Spectral runs side by side: each takes seconds
		lint(RULESET, [...files, OPENAPI]),
		withReference ? lint(REFERENCE, [...files, OPENAPI]) : null,
	]);
	for (const f of fixtures) {
		const got = ours.get(path.join(FIXTURES, f));
		const want = EXPECT[f];
		if (want === undefined)
			tap(false, `fixtures/${f}: not in EXPECT`, [`it gives: ${list(got)}`]);
		else
			tap(same(got, [...want].sort()), `fixtures/${f}: ${list(want)}`, same(got, [...want].sort()) ? [] : [`got: ${list(got)}`]);
	}
	const missing = Object.keys(EXPECT).filter((f) => !fixtures.includes(f));
	if (missing.length > 0)
		tap(false, 'every fixture in EXPECT exists', [`missing: ${missing.join(', ')}`]);

	const { rules } = rulesOf(RULESET);
	const caught = new Set(Object.values(EXPECT).flat().map((x) => x.replace(/ \(.*\)$/, '')));
	const uncaught = [...rules.keys()].filter((r) => !caught.has(r));
	tap(uncaught.length === 0, `every rule of adr-ruleset.yml is caught by a fixture (${rules.size} rules)`,
		uncaught.length ? [`not shown by any fixture: ${uncaught.join(', ')}`] : []);

	if (!withReference) {
		console.log(`# ${path.relative(ROOT, REFERENCE)} is not there: the comparison with the reference is not run`);
	} else {
		const ref = rulesOf(REFERENCE);
		const mine = rulesOf(RULESET);
		const diff = [];
		if (ref.extends !== mine.extends)
			diff.push(`extends: reference ${ref.extends}, ours ${mine.extends}`);
		for (const [name, sev] of ref.rules)
			if (mine.rules.get(name) !== sev)
				diff.push(`${name}: reference ${sev}, ours ${mine.rules.get(name) ?? 'missing'}`);
		for (const name of mine.rules.keys())
			if (!ref.rules.has(name))
				diff.push(`${name}: not in the reference`);
		tap(diff.length === 0, `the same rules at the same severities as ../shared/standards/adr-ruleset.yml (${ref.rules.size} rules)`, diff);

		const problems = [];
		const known = [];
		for (const [file, got] of ours) {
			const name = path.basename(file);
			const other = theirs.get(file);
			const onlyOurs = got.filter((x) => !other.includes(x));
			const onlyTheirs = other.filter((x) => !got.includes(x));
			const expected = KNOWN_DIFFERENCES.filter((k) => file === path.join(FIXTURES, k.file)).map((k) => k.finding);
			for (const x of onlyTheirs)
				problems.push(`${name}: only the reference finds ${x}`);
			for (const x of onlyOurs)
				if (!expected.includes(x))
					problems.push(`${name}: only ours finds ${x}`);
			for (const k of KNOWN_DIFFERENCES.filter((d) => file === path.join(FIXTURES, d.file))) {
				if (onlyOurs.includes(k.finding))
					known.push(`${name}: only ours finds ${k.finding}; the reference misses it: ${k.why}`);
				else
					problems.push(`${name}: KNOWN_DIFFERENCES says only ours finds ${k.finding}, but that is no longer so`);
			}
		}
		tap(problems.length === 0, `the reference finds the same on ${ours.size} documents, but for ${KNOWN_DIFFERENCES.length} known differences`,
			[...problems, ...known]);
	}
	console.log(`1..${n}`);
	return failed === 0 ? 0 : 1;
}

main().then((rc) => process.exit(rc), (e) => {
	console.log(`not ok ${n + 1} - ${e.message.split('\n')[0]}`);
	for (const line of e.message.split('\n').slice(1))
		console.log(`# ${line}`);
	process.exit(1);
});
