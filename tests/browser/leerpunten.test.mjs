// leerpunten.test.mjs - systeemleren in Chromium on the demo data: the leerpunten overview, one leerpunt with its
// forms (and a refused form), the navraag list, the themas, and a meeting with its agenda; axe-core (WCAG 2.1 AA) on
// each, as regievoerder and as ambassadeur (who sees only the beleggingen bij their ministry).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

test('regievoerder: overzicht, leerpunt, navraag en thema\'s zonder axe-schendingen', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'leerpunten-regie' }, async (page, ctx) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		let resp = await page.goto('/leerpunten');
		assert.equal(resp.status(), 200);
		await page.getByRole('heading', { level: 1, name: 'Leerpunten' }).waitFor();
		await page.getByRole('table', { name: /^Leerpunten \(\d+ in totaal\)$/ }).waitFor();
		await page.getByRole('link', { name: 'Exporteren naar Excel (XLSX)' }).waitFor();
		assert.equal(await page.locator('script').count(), 0);
		await expectNoAxeViolations(page, 'het leerpuntenoverzicht');

		// filter on a status: the form keeps the choice
		await page.getByLabel('Status van de opvolging').selectOption('niet_belegd');
		await Promise.all([page.waitForURL(/status=niet_belegd/), page.getByRole('button', { name: 'Filteren' }).click()]);
		assert.equal(await page.getByLabel('Status van de opvolging').inputValue(), 'niet_belegd');
		await expectNoAxeViolations(page, 'het gefilterde overzicht');

		await page.goto('/leerpunten');
		// the first leerpunt that is belegd somewhere (so its page has the status form)
		const eerste = page.locator('tbody tr', { has: page.locator('.db-status:not(.db-status--niet_belegd)') })
			.first().getByRole('link', { name: /^Leerpunt \d+$/ });
		await Promise.all([page.waitForURL(/\/leerpunten\/\d+$/), eerste.click()]);
		await page.getByRole('heading', { level: 2, name: 'Belegd bij' }).waitFor();
		await page.getByRole('heading', { level: 2, name: 'Beleggen bij een partij' }).waitFor();
		await expectNoAxeViolations(page, 'een leerpunt');

		// a refused form: the page comes back with the message, still accessible
		const statusForm = page.locator('form[action^="/beleggingen/"][action$="/status"]').first();
		assert.ok(await statusForm.count() > 0, 'no status form on a belegd leerpunt');
		ctx.allowConsole.push(/status of 400/);
		await statusForm.getByLabel('Status', { exact: true }).selectOption('geen_opvolging');
		await statusForm.getByLabel('Reden (bij geen opvolging)').selectOption('');
		await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'),
			statusForm.getByRole('button', { name: 'Status vastleggen' }).click()]);
		await page.getByRole('alert').waitFor();
		await page.getByText('Kies waarom er geen opvolging is.').first().waitFor();
		await expectNoAxeViolations(page, 'een leerpunt met een foutmelding');

		resp = await page.goto('/navraag');
		assert.equal(resp.status(), 200);
		await page.getByRole('heading', { level: 1, name: 'Navraag' }).waitFor();
		await expectNoAxeViolations(page, 'de navraaglijst');

		resp = await page.goto('/themas');
		assert.equal(resp.status(), 200);
		await expectNoAxeViolations(page, 'de thema\'s');
		const thema = page.locator('table a.nl-link').first();
		if (await thema.count() > 0) {
			await Promise.all([page.waitForURL(/\/themas[/?]/), thema.click()]);
			await page.getByRole('heading', { level: 1, name: /^Thema: / }).waitFor();
			await expectNoAxeViolations(page, 'een thema');
		}
	});
});

test('regievoerder: een signalenoverleg aanmaken en de agenda zien', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'bijeenkomst' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		const resp = await page.goto('/bijeenkomsten');
		assert.equal(resp.status(), 200);
		await expectNoAxeViolations(page, 'de bijeenkomsten');
		await page.getByLabel('Soort overleg').selectOption('signalenoverleg');
		await Promise.all([page.waitForURL(/\/bijeenkomsten\/\d+/),
			page.getByRole('button', { name: 'Bijeenkomst aanmaken' }).click()]);
		await page.getByRole('heading', { level: 2, name: 'Agenda: afgeronde casussen' }).waitFor();
		await page.getByRole('heading', { level: 2, name: 'Voorgestelde leerpunten, nog niet belegd' }).waitFor();
		await expectNoAxeViolations(page, 'de agenda van een bijeenkomst');
	});
});

// VWS and what lies under it in the reference data (migrations 002 and 010).
const VWS_EN_ONDERDELEN = /^(Ministerie van Volksgezondheid, Welzijn en Sport|CAK|CIZ|Team Complexe Casuïstiek VWS|Praktijkteams VWS|Juiste Loket):/;

test('ambassadeur: alleen de beleggingen bij het eigen ministerie en zijn onderdelen, zonder axe-schendingen', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'leerpunten-ambassadeur' }, async (page) => {
		await page.goto('/login');
		await login(page, 'ambassadeur');
		const resp = await page.goto('/leerpunten');
		assert.equal(resp.status(), 200);
		await page.getByText('U ziet de leerpunten die bij uw organisatie of een onderdeel ervan zijn belegd.').waitFor();
		// no "belegd bij" filter, and every belegging shown is bij VWS or a part of it (CAK, CIZ, VWS's desks)
		assert.equal(await page.getByLabel('Belegd bij').count(), 0);
		const cellen = await page.locator('tbody td:last-child').allInnerTexts();
		for (const c of cellen)
			for (const regel of c.split('\n').filter((s) => s.trim()))
				assert.match(regel, VWS_EN_ONDERDELEN);
		await expectNoAxeViolations(page, 'het overzicht van een ambassadeur');
		await page.goto('/navraag');
		await expectNoAxeViolations(page, 'de navraaglijst van een ambassadeur');
		const bij = await page.getByRole('heading', { level: 2 }).allInnerTexts();
		for (const h of bij)
			assert.match(h, /^(Ministerie van Volksgezondheid, Welzijn en Sport|CAK|CIZ|Team Complexe Casuïstiek VWS|Praktijkteams VWS|Juiste Loket) \(\d+\)$/);
	});
});
