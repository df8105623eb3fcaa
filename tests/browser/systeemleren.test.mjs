// systeemleren.test.mjs - issue 11's pages in Chromium on the demo data: signals without a casus with a werkgroep, a
// forwarding path and one not belegd; the results of systeemleren; the onderzoeker's pseudonymised view without a
// demo name on it; axe-core (WCAG 2.1 AA) on each page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

test('regievoerder: signalen, een werkgroep, een pad en resultaten van systeemleren', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'systeemleren-regie' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');

		let resp = await page.goto('/signalen');
		assert.equal(resp.status(), 200);
		await page.getByRole('heading', { level: 1, name: 'Signalen zonder casus' }).waitFor();
		assert.match(await page.locator('main').innerText(), /Knelpuntenbrief 2025, nummer 4/);
		await expectNoAxeViolations(page, 'de signalen zonder casus');

		// the LET signal: a werkgroep of three ministries with VWS as trekker
		await Promise.all([page.waitForURL(/\/leerpunten\/\d+$/),
			page.getByRole('row', { name: /Landelijk Escalatie Team/ }).getByRole('link').first().click()]);
		await page.getByText(/Gezamenlijk belegd in een werkgroep: Ministerie van Volksgezondheid.* trekt, samen met/).waitFor();
		await expectNoAxeViolations(page, 'een signaal met een werkgroep');

		// the Bestuurlijke Tafel signal: forwarded from OCW to DUO
		await page.goto('/signalen');
		await Promise.all([page.waitForURL(/\/leerpunten\/\d+$/),
			page.getByRole('row', { name: /Bestuurlijke Tafel/ }).getByRole('link').first().click()]);
		await page.getByText('Pad van de belegging: Ministerie van Onderwijs, Cultuur en Wetenschap → DUO.').first().waitFor();

		// the sociaal raadslieden signal: deliberately not belegd
		await page.goto('/signalen');
		await Promise.all([page.waitForURL(/\/leerpunten\/\d+$/),
			page.getByRole('row', { name: /sociaal raadslieden/i }).getByRole('link').first().click()]);
		await page.getByText(/bewust niet belegd: Al breed bekend/).waitFor();
		await expectNoAxeViolations(page, 'een leerpunt dat bewust niet is belegd');

		resp = await page.goto('/systeemwijzigingen');
		assert.equal(resp.status(), 200);
		const tekst = await page.locator('main').innerText();
		assert.match(tekst, /ALO-kop/);
		assert.match(tekst, /Wet studiefinanciering 2000/);
		assert.match(tekst, /handboek Toeslagen/);
		await expectNoAxeViolations(page, 'de resultaten van systeemleren');
	});
});

test('onderzoeker: de gepseudonimiseerde weergave van een afgeronde casus zonder namen', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'onderzoek' }, async (page) => {
		await page.goto('/login');
		await login(page, 'onderzoeker');
		const resp = await page.goto('/onderzoek');
		assert.equal(resp.status(), 200);
		await expectNoAxeViolations(page, 'de lijst voor onderzoek');
		await Promise.all([page.waitForURL(/\/onderzoek\/PMM-2025-0001$/),
			page.getByRole('link', { name: 'PMM-2025-0001', exact: true }).click()]);
		const tekst = await page.locator('main').innerText();
		for (const naam of ['Fleur Dijkman', 'lindewaard.example', 'Ruud Regie', 'stemtolk', 'Samenwerkingsverband Passend Onderwijs'])
			assert.ok(!tekst.includes(naam), `"${naam}" staat op de onderzoekspagina`);
		assert.match(tekst, /Gemeente Lindewaard/);   // a public body by name
		await expectNoAxeViolations(page, 'een casus voor onderzoek');
	});
});
