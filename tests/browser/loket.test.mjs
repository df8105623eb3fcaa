// loket.test.mjs - Het Loket in Chromium: an indiener submits a casus through the casusformulier,
// a regievoerder finds it in the werkvoorraad, assigns it to himself, adds an interventie and
// closes it; axe-core (WCAG 2.1 AA) on the casusformulier, the werkvoorraad and the casus page.
//
// The tests run in order and share one server: each step continues with the casus of the
// step before (`ref`); a step whose predecessor failed says so instead of guessing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { ACCOUNTS, SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, withPage } from './helpers.mjs';

let env;
let ref = null;   // the referentie of the casus submitted by the first test
const HULPVRAAG = 'Wie kan beslissen over passende zorg voor meneer K., nu gemeente en zorgkantoor naar elkaar wijzen?';
const SITUATIE = 'Meneer K. (58) woont alleen in een huurwoning. Hij heeft schulden en zijn indicatie loopt af.';
const INTERVENTIE = 'Overleg met zorgkantoor en gemeente belegd; zij besluiten samen binnen twee weken.';
const KNELPUNT = 'Gemeente en zorgkantoor wachtten op elkaars besluit.';
const RESULTAAT = 'Het zorgkantoor verlengt de indicatie; de gemeente regelt de schuldhulp.';

before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

/** Today as the server sees it: the date in Europe/Amsterdam, whatever zone this machine is in. */
function vandaagInAmsterdam(opties) {
	return new Date().toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', ...opties });
}

function needRef() {
	assert.ok(ref, 'no casus to continue with: the step that submits it failed');
	return ref;
}

/** The value of a row (dt/dd) in the summary of the casus page. */
function gegeven(page, term) {
	return page.locator('.utrecht-data-list__item', { has: page.getByRole('term').filter({ hasText: term }) })
		.getByRole('definition');
}

/** Clicks a button or link and waits for the page it leads to (which must be another address). */
async function submit(page, button, urlTest) {
	assert.ok(!urlTest(new URL(page.url())), `already at ${page.url()} before the click`);
	await Promise.all([page.waitForURL(urlTest), button.click()]);
}

test('indiener dient een casus in via het casusformulier (axe: formulier, foutmelding, casuspagina)', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'loket-indienen' }, async (page, ctx) => {
		await page.goto('/login');
		await login(page, 'indiener');
		await page.goto('/casussen');
		await Promise.all([
			page.waitForURL('**/casussen/nieuw'),
			page.getByRole('link', { name: 'Nieuwe casus indienen' }).click(),
		]);
		await page.getByRole('heading', { level: 1, name: 'Nieuwe casus indienen' }).waitFor();
		await expectNoAxeViolations(page, 'het casusformulier');

		// Without a hulpvraag the form comes back with an error summary (and stays accessible).
		ctx.allowConsole.push(/status of 4\d\d/);   // the refused form is served with a 4xx status
		await page.getByRole('button', { name: 'Indienen', exact: true }).click();
		const fouten = page.getByRole('alert');
		await fouten.waitFor();
		assert.match(await fouten.innerText(), /probleem|problemen/);
		assert.equal(await page.getByLabel(/^Wat is uw vraag/).getAttribute('aria-invalid'), 'true');
		await expectNoAxeViolations(page, 'het casusformulier met foutmeldingen');

		await page.getByLabel(/^Wat is uw vraag/).fill(HULPVRAAG);
		await page.getByLabel(/^Wat is de situatie/).fill(SITUATIE);
		const leefgebieden = page.getByRole('group', { name: /leefgebieden/i });
		await leefgebieden.getByRole('checkbox', { name: 'Financiën', exact: true }).check();
		await leefgebieden.getByRole('checkbox', { name: 'Zorg', exact: true }).check();
		await submit(page, page.getByRole('button', { name: 'Indienen', exact: true }),
			(u) => /^\/casussen\/PMM-\d{4}-\d{4}$/.test(u.pathname));

		const h1 = await page.getByRole('heading', { level: 1 }).innerText();
		const m = /PMM-(\d{4})-(\d{4})/.exec(h1);
		assert.ok(m, `no referentie PMM-YYYY-NNNN in the heading "${h1}"`);
		assert.equal(Number(m[1]), Number(vandaagInAmsterdam({ year: 'numeric' })), `referentie ${m[0]} is not of this year`);
		assert.equal(new URL(page.url()).pathname, `/casussen/${m[0]}`);
		ref = m[0];
		await page.getByRole('status').getByText(/ingediend/).waitFor();
		assert.equal((await gegeven(page, 'Status').innerText()).trim(), 'Aangemeld');
		await page.getByText(HULPVRAAG, { exact: true }).waitFor();
		await expectNoAxeViolations(page, 'de casuspagina (indiener)');
		await logout(page);
	});
});

test('regievoerder vindt de casus in de werkvoorraad en wijst hem aan zichzelf toe (axe: werkvoorraad, casuspagina)', { timeout: TEST_MS }, async () => {
	const referentie = needRef();
	await withPage(env, { name: 'loket-toewijzen' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto('/casussen');
		await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
		await expectNoAxeViolations(page, 'de werkvoorraad');

		// Only the new, unassigned casussen.
		const filters = page.getByRole('form', { name: 'Filteren en sorteren' });
		await filters.getByLabel('Status', { exact: true }).selectOption({ label: 'Aangemeld' });
		await filters.getByLabel('Regievoerder', { exact: true }).selectOption({ label: 'Niet toegewezen' });
		await submit(page, filters.getByRole('button', { name: 'Toon casussen' }), (u) => u.search.includes('status='));
		const rij = page.getByRole('row').filter({ has: page.getByRole('link', { name: referentie, exact: true }) });
		await rij.waitFor();
		assert.match(await rij.innerText(), /Aangemeld/);
		assert.match(await rij.innerText(), /Niet toegewezen/);

		await submit(page, rij.getByRole('link', { name: referentie, exact: true }),
			(u) => u.pathname === `/casussen/${referentie}`);
		await page.getByRole('heading', { level: 1, name: new RegExp(referentie) }).waitFor();
		await expectNoAxeViolations(page, 'de casuspagina (regievoerder, aangemeld)');

		await submit(page, page.getByRole('button', { name: 'Aan mij toewijzen' }),
			(u) => u.pathname === `/casussen/${referentie}` && u.search !== '');
		await page.getByRole('status').waitFor();
		const naam = env.server.names[ACCOUNTS.regievoerder.email];
		assert.equal((await gegeven(page, 'Regievoerder').innerText()).trim(), naam);
		assert.equal((await gegeven(page, 'Status').innerText()).trim(), 'In behandeling');

		// The werkvoorraad now lists it under "Mijn casussen".
		await page.goto('/casussen?regievoerder=mij');
		const mijn = page.getByRole('row').filter({ has: page.getByRole('link', { name: referentie, exact: true }) });
		await mijn.waitFor();
		assert.match(await mijn.innerText(), new RegExp(naam));
		await logout(page);
	});
});

test('regievoerder voegt een interventie toe aan de tijdlijn', { timeout: TEST_MS }, async () => {
	const referentie = needRef();
	await withPage(env, { name: 'loket-interventie' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto(`/casussen/${referentie}`);
		const form = page.locator('form', { has: page.getByRole('button', { name: 'Toevoegen aan de tijdlijn' }) });
		await form.getByLabel('Soort', { exact: true }).selectOption({ label: 'Interventie' });
		await form.getByLabel('Soort interventie').selectOption('netwerk');   // the interchange code
		await form.getByLabel(/^Omschrijving/).fill(INTERVENTIE);
		await submit(page, form.getByRole('button', { name: 'Toevoegen aan de tijdlijn' }),
			(u) => u.pathname === `/casussen/${referentie}` && u.search !== '');
		const item = page.locator('.db-tijdlijn__item').filter({ hasText: INTERVENTIE });
		await item.waitFor();
		assert.match(await item.innerText(), /Interventie/i);
		assert.match(await item.innerText(), /Netwerk/i);
		await expectNoAxeViolations(page, 'de casuspagina met een interventie');
		await logout(page);
	});
});

test('regievoerder rondt de casus af; de status is afgerond (axe: afrondformulier, casuspagina)', { timeout: TEST_MS }, async () => {
	const referentie = needRef();
	await withPage(env, { name: 'loket-afronden' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto(`/casussen/${referentie}`);
		await submit(page, page.getByRole('link', { name: 'Casus afronden' }),
			(u) => u.pathname === `/casussen/${referentie}/afronden`);
		await page.getByRole('heading', { level: 1, name: new RegExp(`${referentie} afronden`) }).waitFor();
		await expectNoAxeViolations(page, 'het afrondformulier');

		await page.getByLabel(/^Resultaat/).fill(RESULTAAT);
		await page.getByLabel('Is er maatwerk toegepast?').selectOption('geen');
		const knelpunt = page.getByRole('group', { name: 'Knelpunt 1', exact: true });
		await knelpunt.getByLabel('Categorie').selectOption({ label: 'Samenwerking' });
		await knelpunt.getByLabel(/^Omschrijving/).fill(KNELPUNT);
		await page.getByRole('group', { name: /interventies/i })
			.getByRole('checkbox', { name: /^Netwerkinterventie/ }).check();
		await submit(page, page.getByRole('button', { name: 'Casus afronden', exact: true }),
			(u) => u.pathname === `/casussen/${referentie}`);

		assert.equal((await gegeven(page, 'Status').innerText()).trim(), 'Afgerond');
		const vandaag = vandaagInAmsterdam({ day: 'numeric', month: 'long', year: 'numeric' });
		assert.equal((await gegeven(page, 'Afgerond op').innerText()).trim(), vandaag);
		assert.equal((await gegeven(page, 'Resultaat').innerText()).trim(), RESULTAAT);
		await page.getByRole('listitem').filter({ hasText: KNELPUNT }).waitFor();
		await page.locator('.db-tijdlijn__item').filter({ hasText: /Afgerond/ }).first().waitFor();
		await expectNoAxeViolations(page, 'de casuspagina (afgerond)');
		await logout(page);
	});
});

test('de indiener ziet dat zijn casus is afgerond', { timeout: TEST_MS }, async () => {
	const referentie = needRef();
	await withPage(env, { name: 'loket-indiener-volgt' }, async (page) => {
		await page.goto('/login');
		await login(page, 'indiener');
		await page.goto('/casussen');
		const filters = page.getByRole('form', { name: 'Filteren en sorteren' });
		await filters.getByLabel('Status', { exact: true }).selectOption({ label: 'Alle' });
		await submit(page, filters.getByRole('button', { name: 'Toon casussen' }), (u) => u.search.includes('status='));
		const rij = page.getByRole('row').filter({ has: page.getByRole('link', { name: referentie, exact: true }) });
		await rij.waitFor();
		assert.match(await rij.innerText(), /Afgerond/);
		await submit(page, rij.getByRole('link', { name: referentie, exact: true }),
			(u) => u.pathname === `/casussen/${referentie}`);
		assert.equal((await gegeven(page, 'Status').innerText()).trim(), 'Afgerond');
		// The regie forms are for regievoerders only.
		assert.equal(await page.getByRole('heading', { name: 'Regie', exact: true }).count(), 0);
		assert.equal(await page.getByRole('button', { name: 'Aan mij toewijzen' }).count(), 0);
		await logout(page);
	});
});
