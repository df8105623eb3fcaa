// meldingen.test.mjs - notifications in Chromium (issue 14): a regievoerder takes a demo casus, and its indiener
// sees the unread count in the header, the notification that the casus was assigned (kind, referentie, link, no
// contents) and marks it read; the server's mail relay never answers, so that e-mail becomes a dead letter that the
// beheerder sees and sends again; axe-core (WCAG 2.1 AA) on every page.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, withPage } from './helpers.mjs';

let env;
const REF = 'PMM-2026-0019';   // an aangemeld demo casus of the demo indiener, assigned by no other browser test

/** A loopback port nothing listens on: the relay that is down. */
async function doodPoort() {
	const s = createServer();
	await new Promise((r) => s.listen(0, '127.0.0.1', r));
	const { port } = s.address();
	await new Promise((r) => s.close(r));
	return port;
}

before(async () => {
	env = await startEnv({
		DOORBRAAK_SMTP_URL: `smtp://127.0.0.1:${await doodPoort()}`,
		DOORBRAAK_SMTP_AFZENDER: 'meldingen@doorbraak.test',
		DOORBRAAK_SMTP_INTERVAL_MS: '200',
		DOORBRAAK_TEST_TIJDSCHAAL: '3600',   // 25 hours of retries in about 25 seconds
	});
}, { timeout: SETUP_MS });
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

test('beheerder ziet een e-mail die niet kon worden afgeleverd en verstuurt hem opnieuw (axe)', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'meldingen-beheer' }, async (page) => {
		await page.goto('/login');
		await login(page, 'beheerder');
		await page.goto('/beheer');
		await Promise.all([
			page.waitForURL(/\/beheer\/meldingen$/),
			page.getByRole('link', { name: 'E-mail van meldingen' }).click(),
		]);
		await page.getByRole('heading', { level: 1, name: 'E-mail van meldingen' }).waitFor();
		// the relay of this server never answers; with its clock 3600 times faster the notification of the first
		// test passes its 25 hours of retries in about half a minute and becomes a dead letter
		const rij = page.locator('#mislukte-meldingen tbody tr').first();
		const tot = Date.now() + 90_000;
		while (await rij.count() === 0) {
			assert.ok(Date.now() < tot, 'no dead letter within 90 s');
			await page.reload();
		}
		const tekst = await rij.innerText();
		assert.match(tekst, /In behandeling genomen/);
		assert.ok(!/PMM-\d{4}-\d{4}/.test(tekst), 'the beheerder sees a referentie');
		await expectNoAxeViolations(page, 'de mislukte e-mails');
		await Promise.all([
			page.waitForURL((u) => u.searchParams.get('melding') === 'opnieuw'),
			rij.getByRole('button', { name: /Opnieuw versturen/ }).click(),
		]);
		await page.getByText('De e-mail staat weer klaar om te versturen.').waitFor();
		await expectNoAxeViolations(page, 'de mislukte e-mails na opnieuw versturen');
		await logout(page);
	});
});
