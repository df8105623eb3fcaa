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

test('regievoerder: het leerpuntenbestand inlezen, eerst met een foute regel, dan alleen de goede regels (axe)', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'leerpunten-import' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 400 \(Bad Request\).*\/leerpunten\/import/);
		await page.goto('/login');
		await login(page, 'regievoerder');
		let resp = await page.goto('/leerpunten/import');
		assert.equal(resp.status(), 200);
		await page.getByRole('heading', { level: 1, name: 'Leerpuntenbestand importeren' }).waitFor();
		await expectNoAxeViolations(page, 'het inlezen van het leerpuntenbestand');

		const csv = Buffer.from('\uFEFFcasus;leerpunt;categorie;orde;belegd bij\n'
			+ 'PMM-2025-0004;Gemeenten weten niet dat de vrouwenopvang landelijk toegankelijk is.;Kennis en kunde;1;VWS\n'
			+ 'PMM-2025-0004;Een regel met een categorie die niet bestaat.;Iets anders;2;\n', 'utf8');
		const bestand = { name: 'leerpuntenbestand.csv', mimeType: 'text/csv', buffer: csv };
		await page.setInputFiles('#lpimport-bestand', bestand);
		await Promise.all([page.waitForURL(/\/leerpunten\/import$/), page.getByRole('button', { name: 'Inlezen' }).click()]);
		await page.getByRole('table', { name: 'Verslag per regel' }).waitFor();
		let tekst = await page.locator('main').innerText();
		assert.match(tekst, /Er is niets ingelezen/);
		assert.match(tekst, /categorie/);
		await expectNoAxeViolations(page, 'het verslag van een bestand met een foute regel');

		// only the good rows: the leerpunt is added, the wrong row is listed
		await page.getByLabel(/Lees alleen de goede regels in/).check();
		await page.setInputFiles('#lpimport-bestand', bestand);
		await Promise.all([page.waitForURL(/\/leerpunten\/import$/), page.getByRole('button', { name: 'Inlezen' }).click()]);
		await page.getByText(/Ingelezen: 1 leerpunten bij casussen/).waitFor();
		await expectNoAxeViolations(page, 'het verslag na het inlezen van de goede regels');

		resp = await page.goto('/casussen/PMM-2025-0004');
		assert.equal(resp.status(), 200);
		tekst = await page.locator('main').innerText();
		assert.match(tekst, /Gemeenten weten niet dat de vrouwenopvang landelijk toegankelijk is/);
	});
});

test('regievoerder: een signaal en een systeemwijziging bewerken, met een foutmelding (axe)', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'bewerken' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 400 \(Bad Request\).*\/systeemwijzigingen\/\d+/);
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto('/signalen');
		await Promise.all([page.waitForURL(/\/signalen\/\d+$/),
			page.getByRole('row', { name: /Landelijk Escalatie Team/ }).getByRole('link', { name: /^Bewerken/ }).click()]);
		await page.getByRole('heading', { level: 1, name: 'Signaal bewerken' }).waitFor();
		await expectNoAxeViolations(page, 'een signaal bewerken');
		await page.getByLabel('Welk overleg of welke brief (optioneel)').fill('LET-overleg van maart, aangevuld');
		await Promise.all([page.waitForURL(/\/leerpunten\/\d+\?melding=signaal_gewijzigd$/),
			page.getByRole('button', { name: 'Wijziging opslaan' }).click()]);
		await page.getByText('Het signaal is gewijzigd').waitFor();

		await page.goto('/systeemwijzigingen');
		await Promise.all([page.waitForURL(/\/systeemwijzigingen\/\d+$/),
			page.getByRole('link', { name: /^Bewerken/ }).first().click()]);
		await page.getByRole('heading', { level: 1, name: 'Systeemwijziging bewerken' }).waitFor();
		await expectNoAxeViolations(page, 'een systeemwijziging bewerken');
		const leerpunten = page.getByLabel(/^Leerpunten/);
		const oud = await leerpunten.inputValue();
		await leerpunten.fill(`${oud}${oud ? ', ' : ''}99999`);
		await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
		await page.getByRole('alert').getByText(/Er is geen leerpunt met nummer 99999/).waitFor();
		await expectNoAxeViolations(page, 'een systeemwijziging met een leerpunt dat niet bestaat');
		await page.getByLabel(/^Leerpunten/).fill(oud);
		await Promise.all([page.waitForURL(/\/systeemwijzigingen\?melding=gewijzigd$/),
			page.getByRole('button', { name: 'Wijziging opslaan' }).click()]);
		await page.getByText('De systeemwijziging is gewijzigd.').waitFor();
	});
});
