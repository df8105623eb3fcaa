// intern.test.mjs - internal and shared in Chromium (issue 13): an indiener submits a casus, the regievoerder adds
// an internal note (the default) and one shared with the indiener; the indiener sees the shared one and neither the
// internal one nor the complexity score; the regievoerder invites the ambassadeur, who adds a note to the casus.
// axe-core (WCAG 2.1 AA) on each page. The tests run in order and share the casus (`ref`).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, withPage } from './helpers.mjs';

let env;
let ref = null;
const HULPVRAAG = 'Mevrouw D. krijgt geen toeslag meer en de gemeente wacht op de Belastingdienst.';
const INTERN = 'Intern: de Belastingdienst twijfelt aan de woonsituatie; eerst navragen.';
const GEDEELD = 'Gedeeld: wij hebben de Belastingdienst gevraagd binnen twee weken te besluiten.';

before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

function needRef() {
	assert.ok(ref, 'no casus to continue with: the step that submits it failed');
	return ref;
}

/** Clicks and waits for the page the form leads to. */
async function submit(page, button, urlTest) {
	await Promise.all([page.waitForURL(urlTest), button.click()]);
}

test('indiener dient een casus in', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'intern-indienen' }, async (page) => {
		await page.goto('/login');
		await login(page, 'indiener');
		await page.goto('/casussen/nieuw');
		await page.getByLabel(/^Wat is uw vraag/).fill(HULPVRAAG);
		await page.getByRole('group', { name: /leefgebieden/i }).getByRole('checkbox', { name: 'Financiën', exact: true }).check();
		await submit(page, page.getByRole('button', { name: 'Indienen', exact: true }),
			(u) => /^\/casussen\/PMM-\d{4}-\d{4}$/.test(u.pathname));
		ref = /PMM-\d{4}-\d{4}/.exec(new URL(page.url()).pathname)[0];
		await logout(page);
	});
});

test('regievoerder: een interne notitie (standaard) en een gedeelde', { timeout: TEST_MS }, async () => {
	const referentie = needRef();
	await withPage(env, { name: 'intern-regie' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto(`/casussen/${referentie}`);
		const form = page.locator('form[action$="/activiteiten"]');
		const wie = form.getByRole('group', { name: 'Wie ziet dit item?' });
		assert.equal(await wie.getByRole('radio', { name: /^Intern/ }).isChecked(), true, 'internal is the default');
		await expectNoAxeViolations(page, 'de casuspagina met de keuze intern of gedeeld');

		await form.getByLabel('Soort', { exact: true }).selectOption('notitie');
		await form.getByLabel('Omschrijving').fill(INTERN);
		await submit(page, form.getByRole('button', { name: 'Toevoegen aan de tijdlijn' }), (u) => u.search.includes('gedaan=activiteit'));

		const form2 = page.locator('form[action$="/activiteiten"]');
		await form2.getByLabel('Soort', { exact: true }).selectOption('notitie');
		await form2.getByLabel('Omschrijving').fill(GEDEELD);
		await form2.getByRole('group', { name: 'Wie ziet dit item?' }).getByRole('radio', { name: /^Gedeeld/ }).check();
		await submit(page, form2.getByRole('button', { name: 'Toevoegen aan de tijdlijn' }), (u) => u.search.includes('gedaan=activiteit'));

		const intern = page.locator('.db-tijdlijn__item', { hasText: INTERN });
		const gedeeld = page.locator('.db-tijdlijn__item', { hasText: GEDEELD });
		assert.match(await intern.innerText(), /intern/);
		assert.match(await gedeeld.innerText(), /gedeeld met de indiener/);
		await expectNoAxeViolations(page, 'de tijdlijn met een interne en een gedeelde notitie');
		await logout(page);
	});
});

test('de indiener ziet de gedeelde notitie, niet de interne en niet de complexiteit', { timeout: TEST_MS }, async () => {
	const referentie = needRef();
	await withPage(env, { name: 'intern-indiener' }, async (page) => {
		await page.goto('/login');
		await login(page, 'indiener');
		await page.goto(`/casussen/${referentie}`);
		await page.getByText(GEDEELD, { exact: true }).waitFor();
		assert.equal(await page.getByText(INTERN).count(), 0, 'the internal note is shown to the indiener');
		assert.equal(await page.getByRole('term').filter({ hasText: 'Complexiteit' }).count(), 0,
			'the complexity score is shown to the indiener');
		assert.equal(await page.getByRole('group', { name: 'Wie ziet dit item?' }).count(), 0);
		await expectNoAxeViolations(page, 'de casuspagina van de indiener met alleen gedeelde items');
		await logout(page);
	});
});

test('regievoerder nodigt de ambassadeur uit; de ambassadeur voegt een notitie toe', { timeout: TEST_MS }, async () => {
	const referentie = needRef();
	const NOTITIE = 'VWS kijkt of de toeslagregeling hier ruimte laat; antwoord volgt deze week.';
	await withPage(env, { name: 'intern-uitnodigen' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto(`/casussen/${referentie}`);
		const form = page.locator('form[action$="/deelnemers"]', { has: page.getByLabel('E-mailadres') });
		await form.getByLabel('E-mailadres').fill('ambassadeur@demo.doorbraak.nl');
		await form.getByLabel('Rol in de casus').selectOption('ambassadeur');
		assert.equal(await form.getByRole('radio', { name: /^Alles, ook de interne items/ }).isChecked(), true);
		await submit(page, form.getByRole('button', { name: 'Uitnodigen' }), (u) => u.search.includes('gedaan=deelnemer'));
		await logout(page);
	});
	await withPage(env, { name: 'intern-ambassadeur' }, async (page) => {
		await page.goto('/login');
		await login(page, 'ambassadeur');
		await page.goto(`/casussen/${referentie}`);
		await page.getByText(INTERN, { exact: true }).waitFor();   // chosen to see internal entries
		const form = page.locator('form[action$="/bijdragen"]');
		await page.getByRole('heading', { level: 3, name: 'Notitie of antwoord toevoegen' }).waitFor();
		await expectNoAxeViolations(page, 'de casuspagina van een uitgenodigde ambassadeur met het formulier');
		await form.getByLabel('Uw notitie of antwoord').fill(NOTITIE);
		await submit(page, form.getByRole('button', { name: 'Toevoegen aan de tijdlijn' }), (u) => u.search.includes('gedaan=bijdrage'));
		const item = page.locator('.db-tijdlijn__item', { hasText: NOTITIE });
		await item.waitFor();
		assert.match(await item.innerText(), /Amir Ambassadeur/);
		assert.match(await item.innerText(), /intern/);
		await page.getByRole('status').getByText(/Uw bijdrage staat in de tijdlijn/).waitFor();
		await expectNoAxeViolations(page, 'de tijdlijn met de notitie van de ambassadeur');
		await logout(page);
	});
});
