// register.test.mjs - the Maatwerkregister in Chromium: searching with facets and opening an entry and a profile
// (axe-clean, also on a 320 px wide screen); on the demo casus about a remigrant family without a home (PMM-2025-0010) a
// regievoerder sees BuZa, BZK and a municipality's maatwerkfunctionaris under "Wie kan helpen", invites one as
// deelnemer in two clicks and removes them again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

test('register: zoeken met facetten, een vermelding en een profiel, zonder axe-schendingen', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'register-zoeken' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.getByRole('link', { name: 'Register' }).first().click();
		await page.getByRole('heading', { level: 1, name: 'Maatwerkregister' }).waitFor();
		await expectNoAxeViolations(page, 'het Maatwerkregister');
		await page.getByLabel('Zoeken in het register').fill('remigratie');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.waitForURL((u) => u.searchParams.get('q') === 'remigratie');
		const totaal = Number((await page.locator('#resultaten-titel').innerText()).split(' ')[0]);
		assert.ok(totaal > 0, 'remigratie finds entries');
		await page.locator('.db-register__lijst').getByText('Ministerie van Buitenlandse Zaken').first().waitFor();
		await expectNoAxeViolations(page, 'zoekresultaten');
		// a facet narrows the hits and says so; clicking it again clears it
		await page.locator('.db-facet').getByRole('link', { name: /^Organisatie \(maatwerkfunctionaris\)/ }).click();
		await page.waitForURL((u) => u.searchParams.get('soort') === 'organisatie');
		const na = Number((await page.locator('#resultaten-titel').innerText()).split(' ')[0]);
		assert.ok(na > 0 && na <= totaal);
		// an entry with its mandate and professionals, then a profile
		await page.locator('.db-register__lijst').getByRole('link').first().click();
		await page.getByText('Mandaat van').waitFor();
		await expectNoAxeViolations(page, 'een vermelding');
		await page.getByRole('heading', { level: 2, name: 'Maatwerkprofessionals' }).waitFor();
		await page.locator('.db-register__lijst a').first().click();
		await page.getByText('Laatst bevestigd').waitFor();
		await expectNoAxeViolations(page, 'een profiel');
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto('/register?q=schulden');
		await expectNoAxeViolations(page, 'het register op 320 px');
		await logout(page);
	});
});

test('wie kan helpen: BuZa, BZK en een gemeente bij een remigrantengezin zonder woning; uitnodigen in twee klikken en weer verwijderen', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'register-suggesties' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto('/zoeken?q=PMM-2025-0010');
		await page.getByRole('link', { name: /PMM-2025-0010/ }).first().click();                      // click 1
		const sectie = page.locator('section.db-suggesties');
		await sectie.getByRole('heading', { level: 2, name: 'Wie kan helpen' }).waitFor();
		const tekst = await sectie.innerText();
		assert.match(tekst, /Ministerie van Buitenlandse Zaken/);
		assert.match(tekst, /Ministerie van Binnenlandse Zaken en Koninkrijksrelaties/);
		assert.match(tekst, /Gemeente Eemsterhout/);
		await expectNoAxeViolations(page, 'een casus met wie kan helpen');
		const buza = sectie.locator('li', { hasText: 'Ministerie van Buitenlandse Zaken' });
		const naam = (await buza.locator('p').first().innerText()).split(':')[1].split(',')[0].trim();
		await buza.getByRole('button', { name: /Uitnodigen als deelnemer/ }).click();                   // click 2
		const deelnemers = page.locator('#deelnemers-titel').locator('xpath=../..');
		await deelnemers.getByRole('rowheader', { name: naam }).waitFor();
		// and removed again
		await deelnemers.getByRole('link', { name: `Verwijderen als deelnemer: ${naam}` }).click();
		await page.getByRole('heading', { level: 1, name: 'Deelnemer verwijderen' }).waitFor();
		await page.getByRole('button', { name: 'Ja, verwijder als deelnemer' }).click();
		await page.getByRole('heading', { level: 2, name: 'Wie kan helpen' }).waitFor();
		assert.equal(await page.getByRole('rowheader', { name: naam }).count(), 0);
		await logout(page);
	});
});

test('register: de formulieren (nieuw, bijwerken met een fout, importeren) zonder axe-schendingen', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'register-formulieren' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 400 \(Bad Request\)/);   // the refused change below
		await page.goto('/login');
		await login(page, 'beheerder');
		for (const [pad, wat] of [['/register/nieuw', 'een nieuwe vermelding'], ['/register/import', 'importeren']]) {
			const resp = await page.goto(pad);
			assert.equal(resp.status(), 200, pad);
			await expectNoAxeViolations(page, wat);
		}
		await page.goto('/register?soort=organisatie');
		await page.locator('.db-register__lijst').getByRole('link').first().click();
		await page.getByRole('link', { name: 'Bijwerken' }).click();
		await page.getByRole('heading', { level: 1, name: 'Vermelding bijwerken' }).waitFor();
		await expectNoAxeViolations(page, 'een vermelding bijwerken');
		// a phone number with letters is refused at the field, and what was typed stays
		await page.getByLabel('Centraal telefoonnummer').fill('070 BELMIJ');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await page.getByRole('alert').getByText('bevat geen letters', { exact: false }).waitFor();
		assert.equal(await page.getByLabel('Centraal telefoonnummer').inputValue(), '070 BELMIJ');
		await expectNoAxeViolations(page, 'een vermelding met een fout');
		await logout(page);
	});
});
