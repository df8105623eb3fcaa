// netwerk.test.mjs - the network in Chromium: on a demo casus a regievoerder sees similar earlier casussen,
// invites a person as deelnemer and takes the invitation away again (after a confirmation), and the person
// no longer sees the casus; the network page shows its chart and table; axe-core (WCAG 2.1 AA) on each page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { ACCOUNTS, SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, withPage } from './helpers.mjs';

let env;
const REF = 'PMM-2026-0008';   // an open demo casus (a statushouder's family in a two-room flat)

before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

test('regievoerder ziet vergelijkbare casussen, nodigt een deelnemer uit en verwijdert die weer (axe)', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'netwerk-deelnemer' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto(`/casussen/${REF}`);
		const gelijk = page.getByRole('region', { name: 'Vergelijkbare eerdere casussen' });
		await gelijk.waitFor();
		const items = gelijk.getByRole('listitem');
		assert.ok(await items.count() >= 1, 'no similar earlier casus on the demo casus');
		assert.match(await items.first().innerText(), /Interventies/);
		await expectNoAxeViolations(page, 'de casuspagina met vergelijkbare casussen');

		// invite the demo ambassadeur
		await page.getByLabel('E-mailadres', { exact: true }).fill(ACCOUNTS.ambassadeur.email);
		await page.getByLabel('Rol in de casus').selectOption('ambassadeur');
		await Promise.all([
			page.waitForURL((u) => u.searchParams.get('gedaan') === 'deelnemer'),
			page.getByRole('button', { name: 'Uitnodigen', exact: true }).click(),
		]);
		const tabel = page.getByRole('table', { name: 'Uitgenodigde deelnemers' });
		await tabel.getByRole('rowheader', { name: 'Amir Ambassadeur' }).waitFor();

		// and take the invitation away again: a question first
		await Promise.all([
			page.waitForURL(/\/deelnemers\/\d+\/verwijderen$/),
			tabel.getByRole('link', { name: /Verwijderen als deelnemer: Amir Ambassadeur/ }).click(),
		]);
		await page.getByRole('heading', { level: 1, name: 'Deelnemer verwijderen' }).waitFor();
		await expectNoAxeViolations(page, 'de vraag of de deelnemer weg mag');
		await Promise.all([
			page.waitForURL((u) => u.searchParams.get('gedaan') === 'deelnemer_verwijderd'),
			page.getByRole('button', { name: 'Ja, verwijder als deelnemer' }).click(),
		]);
		await page.getByText('De deelnemer is verwijderd').waitFor();
		// the ambassadeur is gone; the chair of the casus's escalatie stays a deelnemer through it
		const over = page.getByRole('table', { name: 'Uitgenodigde deelnemers' });
		assert.equal(await over.getByRole('rowheader', { name: 'Amir Ambassadeur' }).count(), 0);
		await over.getByRole('rowheader', { name: 'Vera Voorzitter' }).waitFor();
		await page.getByText('Deelnemer Amir Ambassadeur verwijderd').waitFor();
		await logout(page);
	});
	// the ambassadeur no longer sees it
	await withPage(env, { name: 'netwerk-ambassadeur' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 404/);
		await page.goto('/login');
		await login(page, 'ambassadeur');
		const resp = await page.goto(`/casussen/${REF}`);
		assert.equal(resp.status(), 404);
	});
});

test('de netwerkpagina: grafiek met tabel als tekstalternatief (axe)', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'netwerk-pagina' }, async (page) => {
		await page.goto('/login');
		await login(page, 'indiener');
		await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Netwerk', exact: true }).click();
		await page.getByRole('heading', { level: 1, name: 'Het netwerk' }).waitFor();
		await page.getByRole('img', { name: /Aangesloten organisaties per soort/ }).waitFor();
		const rij = page.locator('#netwerk-standen tr[data-peildatum="2025-03-27"]');
		assert.equal(await rij.locator('[data-soort="ministeries"]').innerText(), '6');
		assert.equal(await rij.locator('[data-soort="dienstverleners"]').innerText(), '17');
		assert.equal(await rij.locator('[data-soort="gemeenten"]').innerText(), '66');
		await expectNoAxeViolations(page, 'de netwerkpagina');
		await page.getByLabel('Datum (JJJJ-MM-DD)').fill('2026-01-08');
		await page.getByRole('button', { name: 'Tellen' }).click();
		await page.getByText(/7 ministeries, 20 landelijke publieke dienstverleners/).waitFor();
		await expectNoAxeViolations(page, 'de netwerkpagina met een peildatum');
	});
});
