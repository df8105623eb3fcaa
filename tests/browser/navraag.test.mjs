// navraag.test.mjs - the navraag in rounds in Chromium on the demo data (issue 11): an onderzoeker makes a round,
// records an answer (and sees a refused one come back with its message) and what went well, and sees no names of
// whom to ask; axe-core (WCAG 2.1 AA) on each page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

// Persons of the demo whom a round asks (the VWS ambassadeur, indieners of gemeenten with a belegging).
const NAMEN = ['Amir Ambassadeur', 'Inge Indiener', 'Fleur Dijkman', 'demo.doorbraak.nl', 'lindewaard.example'];

async function geenNamen(page, waar) {
	const tekst = await page.locator('main').innerText();
	for (const naam of NAMEN)
		assert.ok(!tekst.includes(naam), `${waar}: "${naam}" staat op de pagina van de onderzoeker`);
}

test('onderzoeker: een navraagronde houden en antwoorden vastleggen zonder namen te zien', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'navraagronde' }, async (page, ctx) => {
		await page.goto('/login');
		await login(page, 'onderzoeker');

		let resp = await page.goto('/navraag/rondes');
		assert.equal(resp.status(), 200);
		await page.getByRole('heading', { level: 1, name: 'Navraagrondes' }).waitFor();
		await page.getByRole('link', { name: 'Navraag voorjaar 2026' }).waitFor();   // the demo's closed round
		await expectNoAxeViolations(page, 'de navraagrondes');

		await page.getByLabel('Naam van de ronde').fill('Navraag browsertest');
		await Promise.all([page.waitForURL(/\/navraag\/rondes\/\d+\?melding=aangemaakt/),
			page.getByRole('button', { name: 'Navraagronde aanmaken' }).click()]);
		await page.getByRole('heading', { level: 1, name: 'Navraag browsertest' }).waitFor();
		await page.getByText('U ziet bij wie u navraagt als rol en organisatie').waitFor();
		assert.match(await page.locator('main').innerText(), /Ambassadeur van Ministerie van Volksgezondheid/);
		await geenNamen(page, 'de nieuwe ronde');
		await expectNoAxeViolations(page, 'een navraagronde');

		// a refused answer: geen opvolging without a reden
		ctx.allowConsole.push(/status of 400/);
		let form = page.locator('form[action$="/antwoorden"]').first();
		const belegging = await form.locator('input[name="belegging"]').inputValue();
		await form.getByLabel('Stand volgens het antwoord').selectOption('geen_opvolging');
		await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'),
			form.getByRole('button', { name: /Antwoord vastleggen/ }).click()]);
		await page.getByRole('alert').waitFor();
		assert.match(await page.getByRole('alert').innerText(), /geen opvolging/i);
		await geenNamen(page, 'een geweigerd antwoord');
		await expectNoAxeViolations(page, 'een geweigerd antwoord');

		// the answer, with its source
		form = page.locator(`form[action$="/antwoorden"]:has(input[name="belegging"][value="${belegging}"])`);
		await form.getByLabel('Stand volgens het antwoord').selectOption('in_verkenning');
		await form.getByLabel('Reden (alleen bij geen opvolging)').selectOption('');
		await form.getByLabel('Bron (wie antwoordde, hoe)').fill('Mail van de ambassadeur');
		await form.getByLabel('Wat is ermee gedaan').fill('Het ministerie verkent een experimenteerregeling.');
		await Promise.all([page.waitForURL(/melding=antwoord/),
			form.getByRole('button', { name: /Antwoord vastleggen/ }).click()]);
		await page.getByText('Het antwoord is vastgelegd in de geschiedenis van de belegging.').waitFor();
		const vraag = page.locator(`#antwoord-${belegging}`);
		assert.match(await vraag.innerText(), /Antwoord van .*In verkenning.*bron: Mail van de ambassadeur/s);
		assert.equal(await vraag.locator('form').count(), 0);

		// what went well at the first party
		const goed = page.locator('form[action$="/partijen"]').first();
		await goed.getByRole('textbox', { name: /Wat ging goed bij/ }).fill('Korte lijn met de ambassadeur; die blijft.');
		await Promise.all([page.waitForURL(/melding=partij/),
			goed.getByRole('button', { name: /Vastleggen/ }).click()]);
		await page.getByText('Korte lijn met de ambassadeur; die blijft.').first().waitFor();
		await geenNamen(page, 'de ronde met antwoorden');
		await expectNoAxeViolations(page, 'een navraagronde met antwoorden');
	});
});
