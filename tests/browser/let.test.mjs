// let.test.mjs - LET escalaties and overbruggingen in Chromium on the demo data (issue 10): a regievoerder escalates
// a casus, the chair records a meeting with two afspraken, one becomes overdue when the calendar moves on (the
// test-only DOORBRAAK_TEST_KLOK) and shows on both start pages; an overbrugging is requested, pre-financed, decided
// and settled, and the jaarrapportage shows it. axe-core (WCAG 2.1 AA) on each new page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, setTestDays, startEnv, withPage } from './helpers.mjs';

const REF = 'PMM-2025-0020';   // a demo casus in behandeling without escalaties (IND, Woningstichting Zuiderhaven Wonen)
const TE_LAAT = 'Een tijdelijke woning aanbieden aan moeder en kind';
const LATER = 'De verblijfsaanvraag met voorrang behandelen';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

/** yyyy-mm-dd of today plus n days, as the server counts today: the date in Europe/Amsterdam (between 23:00 and
 *  24:00 UTC in winter that is already tomorrow, and the afspraak would be a day later than the test expected). */
function dag(n) {
	const deel = {};
	for (const p of new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit',
		day: '2-digit' }).formatToParts(new Date()))
		deel[p.type] = p.value;
	const d = new Date(`${deel.year}-${deel.month}-${deel.day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/** The form of one step on an escalatie or overbrugging page. */
function stap(page, code) {
	return page.locator(`form:has(input[name="stap"][value="${code}"])`);
}

async function submit(page, locator) {
	await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), locator.click()]);
	await page.waitForLoadState('load');
}

async function gegeven(page, naam) {
	const rij = page.locator('.utrecht-data-list__item', { has: page.locator('dt', { hasText: new RegExp(`^${naam}$`) }) });
	return (await rij.locator('dd').first().innerText()).trim();
}

let escalatie = '';

test('regievoerder escaleert, de voorzitter legt een bijeenkomst met twee afspraken vast', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'let-escalatie' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto(`/casussen/${REF}`);
		await page.getByRole('heading', { level: 2, name: 'Escalaties en overbruggingen' }).waitFor();
		await page.getByRole('link', { name: 'Escalatie naar het LET aanvragen' }).click();
		await page.getByRole('heading', { level: 1, name: 'Escalatie naar het Landelijk Escalatie Team' }).waitFor();
		await expectNoAxeViolations(page, 'het formulier voor een escalatie');
		await page.getByLabel('Waarom kan het Loket dit niet zelf doorbreken?').fill(
			'Moeder en kind dreigen op straat te komen; de woningcorporatie wacht op de IND en de IND op een adres.');
		await page.getByLabel('Welk besluit is nodig van de bestuurders?').fill('Wie zorgt binnen vier weken voor woonruimte?');
		await page.getByLabel(/^Woningstichting Zuiderhaven Wonen/).check();
		await page.getByLabel(/^IND \(/).check();
		await page.getByLabel('Aangevraagd op').fill(dag(-1));
		await submit(page, page.getByRole('button', { name: 'Escalatie aanvragen' }));
		assert.match(new URL(page.url()).pathname, new RegExp(`^/casussen/${REF}/escalaties/\\d+$`));
		escalatie = new URL(page.url()).pathname;
		assert.equal(await gegeven(page, 'Status'), 'Aangevraagd');
		await stap(page, 'voorzitter_inschakelen').getByLabel('Onafhankelijk voorzitter').selectOption({ label: 'Vera Voorzitter' });
		await submit(page, page.getByRole('button', { name: 'Voorzitter inschakelen' }));
		assert.equal(await gegeven(page, 'Status'), 'Voorzitter ingeschakeld');
		await expectNoAxeViolations(page, 'een escalatie met een voorzitter');
		await logout(page);

		// the chair: the escalatie in their list, the casus as a deelnemer
		await login(page, 'voorzitter');
		await page.goto('/escalaties');
		await expectNoAxeViolations(page, 'de escalaties van de voorzitter');
		await page.getByRole('link', { name: REF }).first().click();
		await page.waitForURL((u) => u.pathname === escalatie);
		const bk = stap(page, 'bijeenkomst_plannen');
		await bk.getByLabel('Datum van de bijeenkomst').fill(dag(0));
		const d1 = bk.locator('fieldset', { hasText: 'Deelnemer 1' });
		await d1.getByLabel(/^Naam/).fill('Directeur Wonen');
		await d1.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Woningstichting Zuiderhaven Wonen' });
		await d1.getByLabel('Mag aan tafel besluiten voor de organisatie').check();
		const d2 = bk.locator('fieldset', { hasText: 'Deelnemer 2' });
		await d2.getByLabel(/^Naam/).fill('Hoofd Asiel en Migratie');
		await d2.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'IND' });
		await submit(page, page.getByRole('button', { name: 'Bijeenkomst vastleggen' }));
		assert.equal(await gegeven(page, 'Status'), 'Bijeenkomst gepland');
		for (const [wat, org, uiterlijk] of [[TE_LAAT, 'Woningstichting Zuiderhaven Wonen', dag(3)], [LATER, 'IND', dag(40)]]) {
			const af = stap(page, 'afspraak_vastleggen');
			await af.getByLabel('Wat is afgesproken?').fill(wat);
			await af.getByLabel('Welke organisatie doet het?').selectOption({ label: org });
			await af.getByLabel('Uiterlijk klaar op').fill(uiterlijk);
			await submit(page, page.getByRole('button', { name: 'Afspraak vastleggen' }));
		}
		assert.equal(await gegeven(page, 'Status'), 'Afspraken gemaakt');
		await page.getByRole('table', { name: /^Afspraken van/ }).getByText(TE_LAAT).waitFor();
		await expectNoAxeViolations(page, 'een escalatie met een bijeenkomst en afspraken');
		// not overdue yet
		await page.goto('/');
		assert.equal(await page.getByText(TE_LAAT).count(), 0);
		await logout(page);
	});
});

test('tien dagen later staat de afspraak die te laat is op beide startpagina\'s', { timeout: TEST_MS }, async () => {
	assert.ok(escalatie, 'the escalatie of the test before');
	await setTestDays(env, 10);
	try {
		await withPage(env, { name: 'let-te-laat' }, async (page) => {
			for (const rol of ['voorzitter', 'regievoerder']) {
				await page.goto('/login');
				await login(page, rol);
				await page.goto('/');
				await page.getByRole('heading', { level: 2, name: 'Aandacht nodig' }).waitFor();
				const item = page.locator('li', { hasText: TE_LAAT });
				await item.waitFor();
				assert.match(await item.innerText(), /7 dagen te laat/);
				assert.equal(await page.getByText(LATER).count(), 0);
				await expectNoAxeViolations(page, `de startpagina met een afspraak die te laat is (${rol})`);
				await logout(page);
			}
		});
	} finally {
		await setTestDays(env, 0);
	}
});

test('een overbrugging: aangevraagd, voorgefinancierd, besloten, verrekend, en in de jaarrapportage', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'let-overbrugging' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto(`/casussen/${REF}`);
		await page.getByRole('link', { name: 'Overbrugging aanvragen' }).click();
		await page.getByRole('heading', { level: 1, name: 'Overbrugging aanvragen' }).waitFor();
		await expectNoAxeViolations(page, 'het formulier voor een overbrugging');
		await page.getByLabel('Waarvoor moet betaald worden?').fill('Een tijdelijke kamer zolang niet vaststaat wie betaalt.');
		await page.getByLabel(/^Wet maatschappelijke ondersteuning/).check();
		await page.getByLabel('Geschat bedrag in euro\'s').fill('18.500');
		await page.getByLabel(/^Woningstichting Zuiderhaven Wonen/).check();
		await page.getByLabel(/^IND \(/).check();
		await submit(page, page.getByRole('button', { name: 'Overbrugging aanvragen' }));
		assert.equal(await gegeven(page, 'Geschat bedrag'), '€ 18.500,00');

		const vf = stap(page, 'voorfinancieren');
		await vf.getByLabel('Wie financiert voor?').selectOption({ label: 'Woningstichting Zuiderhaven Wonen' });
		await vf.getByLabel('Voorgefinancierd bedrag in euro\'s').fill('1.234,56');
		await submit(page, page.getByRole('button', { name: 'Voorfinanciering vastleggen' }));
		assert.equal(await gegeven(page, 'Status'), 'Voorgefinancierd');
		assert.match(await gegeven(page, 'Voorgefinancierd'), /^€ 1\.234,56 door Woningstichting Zuiderhaven Wonen/);

		const bs = stap(page, 'besluiten');
		await bs.getByLabel('Wie betaalt definitief?').selectOption({ label: 'IND' });
		await bs.getByLabel('Grondslag').fill('Afspraak aan tafel: de IND draagt de kosten tot het besluit op de aanvraag.');
		await submit(page, page.getByRole('button', { name: 'Besluit vastleggen' }));
		assert.equal(await gegeven(page, 'Status'), 'Besloten');
		assert.equal(await stap(page, 'verrekenen').getByLabel('Verrekend bedrag in euro\'s').inputValue(), '1.234,56');
		await expectNoAxeViolations(page, 'een besloten overbrugging');
		await submit(page, page.getByRole('button', { name: 'Verrekening vastleggen' }));
		assert.equal(await gegeven(page, 'Status'), 'Verrekend');
		assert.match(await gegeven(page, 'Verrekend'), /^€ 1\.234,56 op/);
		await expectNoAxeViolations(page, 'een verrekende overbrugging');

		await page.goto('/overbruggingen?status=verrekend');
		await page.getByRole('link', { name: REF }).waitFor();
		await expectNoAxeViolations(page, 'de lijst van overbruggingen');

		await page.goto(`/rapportage?jaar=${dag(0).slice(0, 4)}`);
		await page.getByRole('heading', { name: /Escalaties en overbruggingen/ }).first().waitFor();
		const tabel = page.getByRole('table', { name: /^Overbruggingen in \d{4}$/ });
		const rij = tabel.getByRole('row', { name: /Totaal verrekend/ });
		assert.match(await rij.innerText(), /€ 1\.234,56/);
		const zak = page.getByRole('table', { name: /verkeerde zak/ });
		await zak.getByRole('row', { name: /Woningstichting Zuiderhaven Wonen/ }).waitFor();
		await expectNoAxeViolations(page, 'de jaarrapportage met escalaties en overbruggingen');
	});
});
