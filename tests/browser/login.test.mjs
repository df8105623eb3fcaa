// login.test.mjs - the login page in Chromium: rendering, accessibility (axe-core, WCAG 2.1 AA),
// every demo account in and out, a wrong password, no JavaScript, the keyboard, no console errors.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
	ACCOUNTS, ROLES, SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, submitLogin, withPage,
} from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

test('de inlogpagina toont titel, kop "Inloggen", labels en knop', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'inlogpagina' }, async (page) => {
		const resp = await page.goto('/login');
		assert.equal(resp.status(), 200);
		assert.match(await page.title(), /^Inloggen\b/);
		assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
		await page.getByRole('heading', { level: 1, name: 'Inloggen', exact: true }).waitFor();
		const email = page.getByLabel('E-mailadres');
		const pw = page.getByLabel('Wachtwoord', { exact: true });
		assert.equal(await email.getAttribute('type'), 'email');
		assert.equal(await email.getAttribute('autocomplete'), 'username');
		assert.equal(await pw.getAttribute('type'), 'password');
		assert.equal(await pw.getAttribute('autocomplete'), 'current-password');
		await page.getByRole('button', { name: 'Inloggen', exact: true }).waitFor();
		await page.getByRole('link', { name: 'Toegankelijkheid' }).waitFor();
		// The NL Design System styles were loaded (and not blocked by the CSP).
		const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href && new URL(s.href).pathname));
		for (const css of ['/static/nlds-tokens.css', '/static/nlds-components.css', '/static/doorbraak.css'])
			assert.ok(sheets.includes(css), `stylesheet ${css} not loaded (loaded: ${sheets.join(', ')})`);
		// No page asks for a script: the application works without JavaScript.
		assert.equal(await page.locator('script').count(), 0, 'the login page contains a <script>');
	});
});

test('axe-core: geen WCAG 2.1 AA-schendingen op /login, /login met fout en /toegankelijkheid', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'axe-publiek' }, async (page, ctx) => {
		await page.goto('/login');
		await expectNoAxeViolations(page, 'de inlogpagina');

		ctx.allowConsole.push(/status of 401/);   // the failed login page is served with 401
		assert.equal(await submitLogin(page, 'niemand@example.nl', 'verkeerd-wachtwoord'), 401);
		await page.getByRole('alert').waitFor();
		await expectNoAxeViolations(page, 'de inlogpagina met een foutmelding');

		const resp = await page.goto('/toegankelijkheid');
		assert.equal(resp.status(), 200);
		await page.getByRole('heading', { level: 1 }).waitFor();
		await expectNoAxeViolations(page, 'de toegankelijkheidsverklaring');
	});
});

for (const role of ROLES) {
	test(`${role}: inloggen, naam in de kop, startpagina zonder axe-schendingen, uitloggen`, { timeout: TEST_MS }, async () => {
		const { email } = ACCOUNTS[role];
		const naam = env.server.names[email];
		assert.ok(naam, `${email} is not in \`doorbraak user list\` of the demo database`);
		await withPage(env, { name: `inloggen-${role}` }, async (page) => {
			await page.goto('/');   // without a session: to the login page
			assert.equal(new URL(page.url()).pathname, '/login');
			await login(page, role);
			assert.equal(new URL(page.url()).pathname, '/');
			await page.getByRole('heading', { level: 1, name: `Welkom, ${naam}` }).waitFor();
			await page.locator('header').getByText(naam, { exact: true }).waitFor();
			await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
			await expectNoAxeViolations(page, `de startpagina (${role})`);

			await logout(page);
			await page.getByRole('heading', { level: 1, name: 'Inloggen', exact: true }).waitFor();
			assert.equal(await page.getByRole('button', { name: 'Uitloggen' }).count(), 0);
			// The session is gone on the server: the start page sends us back to the login page.
			await page.goto('/');
			assert.equal(new URL(page.url()).pathname, '/login');
		});
	});
}

test('een verkeerd wachtwoord geeft een Nederlandse foutmelding', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'verkeerd-wachtwoord' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 401/);
		await page.goto('/login');
		const status = await submitLogin(page, ACCOUNTS.onderzoeker.email, 'dit-is-niet-het-wachtwoord');
		assert.equal(status, 401);
		const alert = page.getByRole('alert');
		await alert.getByText('Inloggen is niet gelukt').waitFor();
		await alert.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
		assert.equal(new URL(page.url()).pathname, '/login');
		// The e-mail address is kept, the password is not, and the field is marked invalid.
		assert.equal(await page.getByLabel('E-mailadres').inputValue(), ACCOUNTS.onderzoeker.email);
		assert.equal(await page.getByLabel('Wachtwoord', { exact: true }).inputValue(), '');
		assert.equal(await page.getByLabel('E-mailadres').getAttribute('aria-invalid'), 'true');
		assert.equal(await page.getByRole('button', { name: 'Uitloggen' }).count(), 0);
	});
});

test('zonder JavaScript: inloggen en uitloggen werken', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'zonder-javascript', javaScriptEnabled: false }, async (page) => {
		await page.goto('/login');
		await login(page, 'indiener');
		const naam = env.server.names[ACCOUNTS.indiener.email];
		await page.getByRole('heading', { level: 1, name: `Welkom, ${naam}` }).waitFor();
		await logout(page);
		await page.getByRole('heading', { level: 1, name: 'Inloggen', exact: true }).waitFor();
	});
});

test('toetsenbord: de eerste Tab focust de skiplink "Naar de inhoud"', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'toetsenbord' }, async (page) => {
		await page.goto('/login');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement;
			return { tag: el?.tagName, text: el?.textContent?.trim(), href: el?.getAttribute('href') };
		});
		assert.deepEqual(focused, { tag: 'A', text: 'Naar de inhoud', href: '#inhoud' });
		const skip = page.getByRole('link', { name: 'Naar de inhoud' });
		assert.ok(await skip.isVisible(), 'the skip link is not visible when it has focus');
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.hash === '#inhoud');
		// The next Tab lands inside the main content, not back in the header.
		await page.keyboard.press('Tab');
		const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
		assert.ok(inMain, 'after the skip link, Tab does not go to the main content');
	});
});
