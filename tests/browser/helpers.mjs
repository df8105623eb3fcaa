// helpers.mjs - shared set-up for the browser tests (node:test + playwright-core + axe-core).
//
// One server and one Chromium per test file: startEnv() creates a temporary folder with a
// fresh demo database, starts the release binary (DOORBRAAK_BINARY, default build/doorbraak)
// on a free loopback port and launches Debian's Chromium; env.close() stops both and removes
// the folder. Every wait is bounded; nothing sleeps for a fixed time.

import { execFile, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { constants as osConstants, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createHmac } from 'node:crypto';

import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Bounds: no single step may wait longer than STEP_MS. */
export const STEP_MS = 15_000;
export const NAV_MS = 30_000;
/** axe-core on one page: the jaarrapportage (18 chapters, dozens of tables and charts) needs over 30 s when the
 *  machine is loaded (load average 13 on 2 cores during a shared session), so its bound is larger. */
export const AXE_MS = 90_000;
/** For node:test's `timeout` option: a whole test (several steps) and the set-up hook. */
export const TEST_MS = 120_000;
export const SETUP_MS = 60_000;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The demo accounts of `doorbraak init --demo` (as printed by `doorbraak serve --print-demo`), with the
 *  secret of their second factor (every role but beheerder signs in with one). */
export const ACCOUNTS = {
	regievoerder: { email: 'regievoerder@demo.doorbraak.nl', password: 'demo-regie-2026', totp: 'DEMOREGIEVOERDERDOORBRAAKTOTPAAA' },
	indiener: { email: 'indiener@demo.doorbraak.nl', password: 'demo-indien-2026', totp: 'DEMOINDIENERDOORBRAAKTOTPAAAAAAA' },
	ambassadeur: { email: 'ambassadeur@demo.doorbraak.nl', password: 'demo-ambassadeur-2026', totp: 'DEMOAMBASSADEURDOORBRAAKTOTPAAAA' },
	onderzoeker: { email: 'onderzoeker@demo.doorbraak.nl', password: 'demo-onderzoek-2026', totp: 'DEMOONDERZOEKERDOORBRAAKTOTPAAAA' },
	voorzitter: { email: 'voorzitter@demo.doorbraak.nl', password: 'demo-voorzitter-2026', totp: 'DEMOVOORZITTERDOORBRAAKTOTPAAAAA' },
	beheerder: { email: 'beheerder@demo.doorbraak.nl', password: 'demo-beheer-2026' },
	privacy: { email: 'privacy@demo.doorbraak.nl', password: 'demo-privacy-2026', totp: 'DEMOPRIVACYDOORBRAAKTOTPAAAAAAAA' },
};

// ---- the second factor: the test's own authenticator app (RFC 4226/6238 with node's HMAC-SHA1) ----

function base32Decode(text) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let bits = 0, acc = 0;
	const out = [];
	for (const ch of text.toUpperCase().replace(/[\s=-]/g, '')) {
		const v = alphabet.indexOf(ch);
		if (v < 0)
			throw new Error(`not base32: ${text}`);
		acc = (acc << 5) | v;
		bits += 5;
		if (bits >= 8) {
			out.push((acc >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}
	return Buffer.from(out);
}

/** The six-digit code of a base32 secret for one time step. */
export function totpCode(secret, step) {
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(step));
	const h = createHmac('sha1', base32Decode(secret)).update(counter).digest();
	const off = h[h.length - 1] & 0xf;
	const bin = ((h[off] & 0x7f) << 24) | (h[off + 1] << 16) | (h[off + 2] << 8) | h[off + 3];
	return String(bin % 1_000_000).padStart(6, '0');
}

// A code is accepted once (the server keeps the last time step used), and the window is one step either side of
// now: each login takes the next unused step, and waits for the clock when the three of the window are used.
// The step behind now is used only while the current step has 10 s left: on a loaded machine the server may check
// the code in the next step, and then a step behind would fall out of the window ("De code klopt niet").
const lastStep = new Map();
async function nextCode(origin, email, secret) {
	const key = `${origin} ${email}`;
	for (;;) {
		const secs = Date.now() / 1000;
		const now = Math.floor(secs / 30);
		const oldest = secs % 30 <= 20 ? now - 1 : now;
		const step = Math.max((lastStep.get(key) ?? 0) + 1, oldest);
		if (step <= now + 1) {
			lastStep.set(key, step);
			return totpCode(secret, step);
		}
		await new Promise((r) => setTimeout(r, 500));   // waiting for the next time step, bounded by 30 s
	}
}

/** On /login/code: types the next code of the account's secret and submits; returns the POST's status. */
export async function submitCode(page, email, secret) {
	const code = await nextCode(new URL(page.url()).origin, email, secret);
	await page.getByLabel('Code uit uw app').fill(code);
	const [resp] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/login/')),
		page.getByRole('button', { name: /^(Inloggen|Instellen en inloggen)$/ }).click(),
	]);
	return resp.status();
}
export const ROLES = Object.keys(ACCOUNTS);

// Chromium as root on a machine without network: no sandbox, no background connections.
// Playwright's launch() always starts Chromium with a new, empty --user-data-dir of its own
// (and removes it on close), so that flag is not passed here (Playwright refuses it in args).
const CHROMIUM_FLAGS = [
	'--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function binaryPath() {
	const b = process.env.DOORBRAAK_BINARY || 'build/doorbraak';
	return path.isAbsolute(b) ? b : path.resolve(ROOT, b);
}

/** Runs the binary with a command (init, user list, …); resolves with stdout. */
function runCli(bin, args, env) {
	return new Promise((resolve, reject) => {
		execFile(bin, args, { env, timeout: STEP_MS, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
			if (err)
				reject(new Error(`${path.basename(bin)} ${args.join(' ')} failed: ${err.message}\n${stderr}`));
			else
				resolve(stdout);
		});
	});
}

/** Resolves once `check()` returns a truthy value; rejects after `ms` or when `abort()` says why. */
async function waitUntil(what, ms, check, abort) {
	const deadline = Date.now() + ms;
	for (;;) {
		const why = abort?.();
		if (why)
			throw new Error(`${what}: ${why}`);
		const v = await check();
		if (v)
			return v;
		if (Date.now() > deadline)
			throw new Error(`${what}: not done after ${ms} ms`);
		await new Promise((r) => setTimeout(r, 25));   // a polling interval, not a fixed wait
	}
}

// Servers still running when the process ends or is told to stop. On a signal the process
// exits, and Playwright's own exit handler then kills the browsers it started.
const killers = new Set();
process.on('exit', () => { for (const k of killers) k(); });
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(sig, () => {
		for (const k of killers) k();
		process.exit(128 + osConstants.signals[sig]);
	});
}

/** Starts `doorbraak serve` on a fresh demo database in a temporary folder. */
/** extraEnv: more environment for this server (a test's SMTP relay, for one). */
export async function startServer(extraEnv = {}) {
	const bin = binaryPath();
	if (!existsSync(bin))
		throw new Error(`server binary ${bin} not found: build it (make build/doorbraak) or set DOORBRAAK_BINARY`);
	const dir = await mkdtemp(path.join(tmpdir(), 'doorbraak-browser-'));
	const portFile = path.join(dir, 'port');
	const env = {
		...process.env,
		DOORBRAAK_DB: path.join(dir, 'doorbraak.db'),
		DOORBRAAK_LISTEN: '127.0.0.1:0',
		DOORBRAAK_PORT_FILE: portFile,
		DOORBRAAK_PWHASH_MEM: '19922944',   // the minimum (19 MiB): fast logins
		DOORBRAAK_THREADS: '4',
		DOORBRAAK_ALS_ROOT: '1',   // the tests run as root on the development machine and in CI
		DOORBRAAK_TEST_KLOK: path.join(dir, 'klok'),   // setTestDays() moves the calendar (absent: today)
		...extraEnv,
	};
	const log = [];   // the server's last output lines, for failure messages
	const remember = (chunk) => {
		for (const line of String(chunk).split('\n'))
			if (line.trim() !== '')
				log.push(line);
		if (log.length > 300)
			log.splice(0, log.length - 300);
	};
	let child = null;
	let exited = null;
	const kill = () => {   // the emergency stop, when the process exits before stop() could run
		if (child && exited === null)
			child.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
	};
	killers.add(kill);   // never leave a server or its folder behind, even when the process is killed

	const server = {
		dir, log, bin, env, url: '', names: {},
		logTail(n = 25) { return log.slice(-n).join('\n'); },
		/** Stops the server with SIGTERM (SIGKILL after 10 s) and removes the folder. */
		async stop() {
			if (child && exited === null) {
				const done = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
				await done;
				clearTimeout(t);
			}
			killers.delete(kill);
			await rm(dir, { recursive: true, force: true });
		},
	};
	try {
		await runCli(bin, ['init', '--demo'], env);
		// The display names of the demo accounts, for "is the user's name shown" checks.
		for (const line of (await runCli(bin, ['user', 'list'], env)).split('\n')) {
			const [email, naam] = line.split('\t');
			if (email && naam)
				server.names[email] = naam;
		}
		child = spawn(bin, ['serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.on('data', remember);
		child.stderr.on('data', remember);
		child.on('exit', (code, sig) => { exited = sig ?? code; });
		child.on('error', (e) => { exited = e.message; });
		const port = await waitUntil('waiting for the server\'s port file', STEP_MS, async () => {
			const s = await readFile(portFile, 'utf8').catch(() => '');
			return /^\d+\s*$/.test(s) ? Number(s) : 0;
		}, () => exited !== null && `server exited (${exited})\n${server.logTail()}`);
		server.url = `http://127.0.0.1:${port}`;
		await waitUntil('waiting for /healthz', STEP_MS, async () => {
			const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2000) }).catch(() => null);
			return res?.ok;
		}, () => exited !== null && `server exited (${exited})\n${server.logTail()}`);
		return server;
	} catch (e) {
		await server.stop().catch(() => {});
		throw e;
	}
}

/** Moves the server's calendar n days from today (0: back to today); the clock of sessions and codes stays. */
export async function setTestDays(env, n) {
	await writeFile(path.join(env.server.dir, 'klok'), `${n}\n`);
}

export async function launchBrowser() {
	const executablePath = process.env.DOORBRAAK_CHROMIUM || '/usr/bin/chromium';
	if (!existsSync(executablePath))
		throw new Error(`${executablePath} not found: install Debian's chromium (make deps) or set DOORBRAAK_CHROMIUM`);
	return chromium.launch({
		executablePath,
		headless: true,
		args: CHROMIUM_FLAGS,
		timeout: 30_000,
	});
}

/** The server and the browser of one test file; extraEnv as for startServer. */
export async function startEnv(extraEnv = {}) {
	const server = await startServer(extraEnv);
	let browser;
	try {
		browser = await launchBrowser();
	} catch (e) {
		await server.stop();
		throw e;
	}
	return {
		server, browser,
		async close() {
			try {
				await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 15_000).unref())]);
			} finally {
				await server.stop();
			}
		},
	};
}

/**
 * Collects what should never happen on a page: console errors (CSP violations and failed
 * loads are logged as such), uncaught exceptions, and CSP warnings.
 */
export function watchPage(page) {
	const problems = [];
	page.on('console', (m) => {
		const text = m.text();
		if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(text)) {
			const loc = m.location()?.url;
			problems.push(`console.${m.type()}: ${text}${loc ? ` (${loc})` : ''}`);
		}
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	return problems;
}

/**
 * Runs `fn(page, ctx)` in a new browser context and closes it afterwards. On failure the
 * error gets the page's address, title, headings, alerts and the server's last log lines,
 * and a screenshot is saved. Afterwards, no console errors or page errors may have occurred
 * (`ctx.allowConsole` can list patterns that are expected, such as a 401 for a wrong password).
 */
export async function withPage(env, options, fn) {
	const { javaScriptEnabled = true, name = 'pagina' } = options;
	const context = await env.browser.newContext({ javaScriptEnabled, locale: 'nl-NL', baseURL: env.server.url });
	context.setDefaultTimeout(STEP_MS);
	context.setDefaultNavigationTimeout(NAV_MS);
	const page = await context.newPage();
	const problems = watchPage(page);
	const ctx = { allowConsole: [], problems };
	try {
		await fn(page, ctx);
		const left = problems.filter((p) => !ctx.allowConsole.some((re) => re.test(p)));
		if (left.length > 0)
			throw new Error(`console errors or page errors:\n  ${left.join('\n  ')}`);
	} catch (e) {
		e.message += await describePage(page, name, env.server);
		throw e;
	} finally {
		await context.close().catch(() => {});
	}
}

async function describePage(page, name, server) {
	const out = [];
	try {
		out.push(`url: ${page.url()}`);
		out.push(`title: ${await page.title()}`);
		const bits = await page.locator('h1, h2, [role=alert], [role=status]')
			.allInnerTexts({ timeout: 2000 }).catch(() => []);
		if (bits.length)
			out.push(`headings/alerts: ${bits.map((s) => s.replace(/\s+/g, ' ').trim()).join(' | ')}`);
		const dir = path.join(tmpdir(), 'doorbraak-browser-failures');
		await mkdir(dir, { recursive: true });
		const file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}-${Date.now()}.png`);
		await page.screenshot({ path: file, fullPage: true, timeout: 5000 });
		out.push(`screenshot: ${file}`);
	} catch (e) {
		out.push(`(page not available: ${e.message.split('\n')[0]})`);
	}
	out.push(`server log (last lines):\n${server.logTail(15)}`);
	return `\n--- ${name} ---\n${out.join('\n')}`;
}

/** Rejects when `promise` takes longer than `ms`. */
export async function bounded(promise, ms, what) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: not done after ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/** axe-core with the WCAG 2.1 A/AA rules; throws with a readable list of violations. */
export async function expectNoAxeViolations(page, what) {
	const result = await bounded(new AxeBuilder({ page }).withTags(AXE_TAGS).analyze(), AXE_MS, `axe-core on ${what}`);
	if (result.violations.length === 0)
		return;
	const lines = result.violations.map((v) => {
		const nodes = v.nodes.slice(0, 5).map((n) =>
			`      ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}\n        ${n.html.slice(0, 200)}`);
		return `  - ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}`;
	});
	throw new Error(`axe-core: ${result.violations.length} WCAG 2.1 AA violation(s) on ${what} (${page.url()}):\n${lines.join('\n')}`);
}

/** Fills in the login form and submits it; returns the response status of the POST. */
export async function submitLogin(page, email, password) {
	if (!new URL(page.url(), 'http://x').pathname.startsWith('/login'))
		await page.goto('/login');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	const [resp] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'),
		page.getByRole('button', { name: 'Inloggen', exact: true }).click(),
	]);
	return resp.status();
}

/** Logs in as a demo role (with the code of its second factor) and waits until the page after login has loaded. */
export async function login(page, role) {
	const acc = ACCOUNTS[role];
	let status = await submitLogin(page, acc.email, acc.password);
	if (status === 303)
		await page.waitForURL((u) => u.pathname !== '/login');
	if (status === 303 && new URL(page.url()).pathname === '/login/code') {
		if (!acc.totp)
			throw new Error(`login as ${role}: asked for a code, but this role has no second factor in ACCOUNTS`);
		status = await submitCode(page, acc.email, acc.totp);
		if (status === 303)
			await page.waitForURL((u) => u.pathname !== '/login/code');
	}
	if (status !== 303 || new URL(page.url()).pathname.startsWith('/login')) {
		const alert = await page.getByRole('alert').allInnerTexts().catch(() => []);
		throw new Error(`login as ${role} failed (POST /login → ${status}, now at ${page.url()}): ${alert.join(' ')}`);
	}
}

/** Logs out with the "Uitloggen" button and waits for the login page. */
export async function logout(page) {
	await Promise.all([
		page.waitForURL((u) => u.pathname === '/login'),
		page.getByRole('button', { name: 'Uitloggen' }).click(),
	]);
}
