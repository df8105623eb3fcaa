// evenementen.test.mjs - professionaliseren in Chromium: a regievoerder opens the events from the menu (the demo's
// network sessions, masterclass and Bestuurlijke Tafel with the figures of the year), records a workshop, invites
// from the Maatwerkregister, records a registration and the attendance, adds a casus (shown as referentie and
// leefgebieden only) and a leerpunt that came from the event; an ambassadeur sees the event without the forms; the
// menu shows only what a role may use; axe-core (WCAG 2.1 AA) on every page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, withPage } from './helpers.mjs';

let env;
let evenementPad;

before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

test('regievoerder legt een workshop vast, nodigt uit het register uit en legt aanwezigheid vast (axe)', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'evenementen-regie' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 400/);   // the refused form and the unknown casus
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Evenementen' }).click();
		await page.getByRole('heading', { level: 1, name: 'Professionaliseren' }).waitFor();
		await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
		await page.getByRole('button', { name: 'Tonen' }).click();
		await page.waitForURL((u) => u.searchParams.get('jaar') === '2025');
		const lijst = page.getByRole('table', { name: 'Evenementen in 2025' });
		await lijst.getByRole('link', { name: 'Ruimte in wet- en regelgeving' }).waitFor();
		await lijst.getByRole('link', { name: 'Bestuurlijke Tafel Casuïstiek' }).waitFor();
		const cijfers = page.getByRole('table', { name: 'Cijfers 2025' });
		assert.equal(await cijfers.getByRole('row', { name: /^Netwerkbijeenkomst/ }).getByRole('cell').innerText(), '4');
		await cijfers.getByRole('rowheader', { name: 'Organisaties bereikt' }).waitFor();
		await expectNoAxeViolations(page, 'de lijst met evenementen');

		// a form with a mistake first: the Dutch message, then the good one
		await page.getByLabel('Soort evenement').selectOption('workshop');
		await page.getByLabel('Datum', { exact: true }).fill('2026-11-05');
		await page.getByRole('button', { name: 'Evenement vastleggen' }).click();
		await page.getByRole('alert').getByText('Vul het thema in.').waitFor();
		await expectNoAxeViolations(page, 'het formulier met een fout');
		await page.getByLabel('Thema', { exact: true }).fill('Wonen na detentie');
		await page.getByLabel('Voor wie').fill('maatwerkprofessionals van gemeenten');
		await Promise.all([
			page.waitForURL(/\/evenementen\/\d+\?melding=opgeslagen$/),
			page.getByRole('button', { name: 'Evenement vastleggen' }).click(),
		]);
		evenementPad = new URL(page.url()).pathname;
		await page.getByRole('heading', { level: 1, name: 'Wonen na detentie' }).waitFor();

		// invite from the register
		const zoek = page.getByRole('search', { name: 'Uitnodigen uit het register' });
		await zoek.getByLabel('Zoek in het register').fill('Zuiderhaven');
		await zoek.getByRole('button', { name: 'Zoeken' }).click();
		await page.waitForURL((u) => u.searchParams.get('zoek') === 'Zuiderhaven');
		const keuze = page.getByRole('group', { name: 'Wie nodigt u uit?' });
		await keuze.getByRole('checkbox').first().check();
		await expectNoAxeViolations(page, 'uitnodigen uit het register');
		await Promise.all([
			page.waitForURL(/melding=opgeslagen/),
			page.getByRole('button', { name: 'Uitnodigen', exact: true }).click(),
		]);
		const tabel = page.getByRole('table', { name: 'Uitgenodigd' });
		assert.equal(await tabel.locator('tbody tr').count(), 1);

		// registration and attendance
		await tabel.getByLabel(/^Aanmelding van/).selectOption('aangemeld');
		await tabel.getByLabel(/^Aanwezigheid van/).selectOption('ja');
		await Promise.all([
			page.waitForURL(/melding=opgeslagen/),
			tabel.getByRole('button', { name: 'Opslaan' }).click(),
		]);
		const rij = page.getByRole('table', { name: 'Uitgenodigd' }).locator('tbody tr').first();
		assert.match(await rij.innerText(), /Aangemeld/);
		assert.match(await rij.innerText(), /Aanwezig/);

		// a casus discussed: referentie and leefgebieden only
		await page.getByLabel('Referentie van een besproken casus').fill('PMM-2025-0010');
		await Promise.all([
			page.waitForURL(/melding=opgeslagen/),
			page.getByRole('button', { name: 'Casus toevoegen' }).click(),
		]);
		const casussen = page.getByRole('list', { name: 'Besproken casussen' });
		assert.match(await casussen.innerText(), /^PMM-2025-0010: /);
		// an unknown one is refused in Dutch
		await page.getByLabel('Referentie van een besproken casus').fill('PMM-2019-9999');
		const weiger = await Promise.all([
			page.waitForResponse((r) => r.url().endsWith('/casussen') && r.request().method() === 'POST'),
			page.getByRole('button', { name: 'Casus toevoegen' }).click(),
		]);
		assert.equal(weiger[0].status(), 400);
		await page.getByText('Er is geen casus PMM-2019-9999.').waitFor();
		await page.goBack();

		// a leerpunt that came from this workshop
		await page.goto(evenementPad);
		await page.getByLabel('Nummer van een besproken leerpunt').fill('6');
		await page.getByLabel('Het leerpunt is op dit evenement ontstaan (bron)').check();
		await Promise.all([
			page.waitForURL(/melding=opgeslagen/),
			page.getByRole('button', { name: 'Leerpunt toevoegen' }).click(),
		]);
		await page.getByRole('list', { name: 'Besproken leerpunten' }).getByText('ontstaan op dit evenement').waitFor();
		await expectNoAxeViolations(page, 'een evenement met genodigden, casus en leerpunt');
		await page.goto('/leerpunten/6');
		await page.getByRole('link', { name: 'Wonen na detentie' }).waitFor();
		await logout(page);
	});
});

test('ambassadeur ziet het evenement zonder formulieren; het menu toont alleen wat een rol mag (axe)', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'evenementen-ambassadeur' }, async (page) => {
		await page.goto('/login');
		await login(page, 'ambassadeur');
		await page.goto(evenementPad ?? '/evenementen/1');
		await page.getByRole('heading', { level: 1 }).waitFor();
		assert.equal(await page.getByRole('button', { name: 'Casus toevoegen' }).count(), 0);
		assert.equal(await page.getByRole('search', { name: 'Uitnodigen uit het register' }).count(), 0);
		await expectNoAxeViolations(page, 'een evenement voor de ambassadeur');
		await logout(page);
	});
	await withPage(env, { name: 'evenementen-onderzoeker' }, async (page) => {
		await page.goto('/login');
		await login(page, 'onderzoeker');
		const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
		await menu.waitFor();
		assert.equal(await menu.getByRole('link', { name: 'Register' }).count(), 0);
		assert.equal(await menu.getByRole('link', { name: 'Evenementen' }).count(), 0);
		assert.equal(await menu.getByRole('link', { name: 'Beheer' }).count(), 0);
		await menu.getByRole('link', { name: 'Rapportage' }).waitFor();
	});
});
