// nazorg.test.mjs - the Loket's work after closure in Chromium on the demo data (issue 11): after a signalenoverleg a
// regievoerder adds a leerpunt to a closed casus without reopening it, records monitoring, and a refused form comes
// back with its message; axe-core (WCAG 2.1 AA) on each page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

/** The value of a row in the summary of the casus page ("Status", "Afgerond op", "Looptijd"). */
async function gegeven(page, naam) {
	const rij = page.locator('.utrecht-data-list__item', { has: page.locator('dt', { hasText: new RegExp(`^${naam}$`) }) });
	return (await rij.locator('dd').first().innerText()).trim();
}

test('regievoerder: na het signalenoverleg een leerpunt aan een afgeronde casus toevoegen zonder te heropenen', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'nazorg' }, async (page, ctx) => {
		await page.goto('/login');
		await login(page, 'regievoerder');

		// the signalenoverleg: a closed casus on its agenda is discussed
		await page.goto('/bijeenkomsten');
		await page.getByLabel('Soort overleg').selectOption('signalenoverleg');
		await Promise.all([page.waitForURL(/\/bijeenkomsten\/\d+/),
			page.getByRole('button', { name: 'Bijeenkomst aanmaken' }).click()]);
		const sectie = page.locator('section.db-blok').first();
		const ref = (await sectie.locator('h3 a').innerText()).trim();
		assert.match(ref, /^PMM-\d{4}-\d{4}$/);
		await sectie.getByRole('textbox').fill('Leerpunt over de inschrijving in de BRP aangescherpt; beleggen bij BZK.');
		await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'),
			sectie.getByRole('button', { name: /Besproken, besluit vastleggen/ }).click()]);

		// the casus page: closed, with the forms to complete it
		await page.goto(`/casussen/${ref}`);
		assert.equal(await gegeven(page, 'Status'), 'Afgerond');
		const afgerondOp = await gegeven(page, 'Afgerond op');
		const looptijd = await gegeven(page, 'Looptijd');
		await page.getByRole('heading', { level: 2, name: 'Na afronding aanvullen' }).waitFor();
		await page.getByRole('heading', { level: 3, name: 'Monitoring vastleggen' }).waitFor();
		await expectNoAxeViolations(page, 'een afgeronde casus met de formulieren voor aanvullen');

		// a refused form: no omschrijving
		ctx.allowConsole.push(/status of 400/);
		const form = page.locator('form[action$="/leerpunten"]');
		await form.getByLabel('Categorie').selectOption('wet_en_regelgeving');
		await form.getByLabel('Orde').selectOption('3');
		await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'),
			form.getByRole('button', { name: 'Leerpunt toevoegen' }).click()]);
		await page.getByRole('alert').waitFor();
		await expectNoAxeViolations(page, 'een geweigerd leerpunt na afronding');

		// the leerpunt, belegd at once bij BZK
		const oms = 'Zonder adres is inschrijving in de BRP niet mogelijk, waardoor zorg en inkomen stoppen.';
		const form2 = page.locator('form[action$="/leerpunten"]');
		await form2.getByLabel('Leerpunt', { exact: true }).fill(oms);
		await form2.getByLabel('Categorie').selectOption('wet_en_regelgeving');
		await form2.getByLabel('Orde').selectOption('3');
		await form2.getByLabel('Bron', { exact: true }).selectOption('casus');
		await form2.getByLabel('Beleggen bij').selectOption({ label: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties' });
		await Promise.all([page.waitForURL(/gedaan=aangevuld/),
			form2.getByRole('button', { name: 'Leerpunt toevoegen' }).click()]);
		await page.getByText('De afgeronde casus is aangevuld; de looptijd is niet veranderd.').waitFor();

		// still closed, on the same date, with the same looptijd; the leerpunt is there, belegd; the timeline says who
		assert.equal(await gegeven(page, 'Status'), 'Afgerond');
		assert.equal(await gegeven(page, 'Afgerond op'), afgerondOp);
		assert.equal(await gegeven(page, 'Looptijd'), looptijd);
		const rij = page.getByRole('table', { name: 'Leerpunten' }).locator('tr', { hasText: oms });
		await rij.waitFor();
		assert.match(await rij.innerText(), /Binnenlandse Zaken.*Belegd/s);
		const item = page.locator('.db-tijdlijn__item', { hasText: 'Na afronding: leerpunt toegevoegd' });
		await item.waitFor();
		assert.match(await item.innerText(), /na afronding, buiten de looptijd/);
		assert.match(await item.innerText(), /Ruud Regie/);
		await page.getByRole('heading', { level: 2, name: 'Heropenen' }).waitFor();   // possible, not needed
		await expectNoAxeViolations(page, 'de aangevulde casus');

		// monitoring: a contactmoment after closure, outside the looptijd
		const mon = page.locator('form[action$="/activiteiten"]');
		assert.equal(await mon.getByLabel('Soort', { exact: true }).locator('option[value="interventie"]').count(), 0);
		await mon.getByLabel('Omschrijving').fill('Indiener gebeld: de inschrijving is rond, de zorg loopt weer.');
		await Promise.all([page.waitForURL(/gedaan=activiteit/),
			mon.getByRole('button', { name: 'Toevoegen aan de tijdlijn' }).click()]);
		const mItem = page.locator('.db-tijdlijn__item', { hasText: 'de inschrijving is rond' });
		await mItem.waitFor();
		assert.match(await mItem.innerText(), /Contactmoment.*na afronding, buiten de looptijd/s);
		assert.equal(await gegeven(page, 'Looptijd'), looptijd);
		await expectNoAxeViolations(page, 'een afgeronde casus met monitoring');
	});
});
