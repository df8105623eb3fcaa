// meldingen.test.mjs - notifications in Chromium (issue 14): a regievoerder takes a demo casus, and its indiener
// sees the unread count in the header, the notification that the casus was assigned (kind, referentie, link, no
// contents) and marks it read; axe-core (WCAG 2.1 AA) on the notifications page before and after.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, withPage } from './helpers.mjs';

let env;
const REF = 'PMM-2026-0019';   // an aangemeld demo casus of the demo indiener, assigned by no other browser test

before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

test('indiener krijgt een melding dat de casus in behandeling is genomen (axe)', { timeout: TEST_MS }, async () => {
	let hulpvraag;
	await withPage(env, { name: 'meldingen-regie' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto(`/casussen/${REF}`);
		hulpvraag = (await page.locator('p.db-tekst').first().innerText().catch(() => '')).trim();
		await Promise.all([
			page.waitForURL((u) => u.searchParams.get('gedaan') === 'toegewezen'),
			page.getByRole('button', { name: 'Aan mij toewijzen' }).click(),
		]);
		await logout(page);
	});
	await withPage(env, { name: 'meldingen-indiener' }, async (page) => {
		await page.goto('/login');
		await login(page, 'indiener');
		const link = page.getByRole('link', { name: /^Meldingen 1 ongelezen$/ });
		await link.waitFor();
		await Promise.all([page.waitForURL(/\/meldingen$/), link.click()]);
		await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
		const item = page.locator(`#meldingen li[data-soort="toegewezen"][data-referentie="${REF}"]`);
		await item.waitFor();
		assert.equal(await item.getAttribute('data-gelezen'), 'nee');
		const tekst = await item.innerText();
		assert.match(tekst, /in behandeling genomen/);
		if (hulpvraag)
			assert.ok(!tekst.includes(hulpvraag.slice(0, 30)), 'the notification shows the hulpvraag');
		await expectNoAxeViolations(page, 'de meldingenpagina met een ongelezen melding');

		await Promise.all([
			page.waitForURL((u) => u.searchParams.get('gedaan') === 'gelezen'),
			item.getByRole('button', { name: `Markeer melding ${REF} als gelezen` }).click(),
		]);
		await page.getByText('Gemarkeerd als gelezen.').waitFor();
		assert.equal(await page.locator(`#meldingen li[data-referentie="${REF}"]`).getAttribute('data-gelezen'), 'ja');
		assert.equal(await page.locator('#meldingen-ongelezen').count(), 0);
		await expectNoAxeViolations(page, 'de meldingenpagina na het lezen');

		// the link leads to the casus
		await Promise.all([
			page.waitForURL(new RegExp(`/casussen/${REF}$`)),
			page.getByRole('link', { name: `Bekijk casus ${REF}` }).click(),
		]);
		await logout(page);
	});
});
