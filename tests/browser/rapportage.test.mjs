// rapportage.test.mjs - the Rapportage page in Chromium on the demo data: the report with its chapters, charts
// and tables, axe-core (WCAG 2.1 AA) on the report and on an empty year, no scripts, the print stylesheet.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

const HOOFDSTUKKEN = [
	'Belangrijke bevindingen', 'Instroom en afronding', 'Looptijd van de casussen', 'Indieners van de casussen',
	'Leefgebieden van de casussen', 'Beleidsterreinen waaronder de casussen vallen', 'Betrokken organisaties',
	'Interventies en escalaties', 'Leerpunten en hun opvolging', 'Complexiteit', 'Datakwaliteit', 'Verantwoording',
];

for (const role of ['regievoerder', 'onderzoeker']) {
	test(`${role}: de jaarrapportage met hoofdstukken, grafieken en tabellen, zonder axe-schendingen`, { timeout: TEST_MS }, async () => {
		await withPage(env, { name: `rapportage-${role}` }, async (page, ctx) => {
			await page.goto('/login');
			await login(page, role);
			const resp = await page.goto('/rapportage');
			assert.equal(resp.status(), 200);
			const h1 = await page.getByRole('heading', { level: 1 }).innerText();
			assert.match(h1, /^Jaarrapportage \d{4}$/);
			for (const titel of HOOFDSTUKKEN)
				await page.getByRole('heading', { level: 2, name: new RegExp(`^\\d+ ${titel}$`) }).waitFor();
			// Charts are images with a name; tables have a caption.
			const grafieken = page.getByRole('img');
			assert.ok(await grafieken.count() >= 4, 'expected at least four charts');
			assert.ok((await grafieken.first().getAttribute('aria-labelledby')).length > 0);
			await page.getByRole('table', { name: 'Looptijd van afgeronde casussen' }).waitFor();
			await page.getByRole('table', { name: /^Opvolging van de leerpunten per ministerie/ }).waitFor();
			// The charts fit the page (a 720-unit SVG scaled by the stylesheet).
			const breed = await page.locator('svg.rapport-grafiek').first().evaluate((e) => e.getBoundingClientRect().width);
			const ruimte = await page.locator('main').evaluate((e) => e.getBoundingClientRect().width);
			assert.ok(breed <= ruimte, `chart ${breed}px wider than the page ${ruimte}px`);
			assert.equal(await page.locator('script').count(), 0);
			await page.getByRole('link', { name: /als CSV$/ }).waitFor();
			await page.getByRole('link', { name: /als Excel-bestand/ }).waitFor();
			await expectNoAxeViolations(page, `de jaarrapportage (${role})`);

			// Printing hides the menu and the year form; the chapters stay.
			await page.emulateMedia({ media: 'print' });
			assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
			assert.equal(await page.getByRole('button', { name: 'Toon rapportage' }).isVisible(), false);
			assert.equal(await page.getByRole('heading', { level: 2, name: /Leerpunten en hun opvolging$/ }).isVisible(), true);
			await page.emulateMedia({ media: 'screen' });

			// Another year from the form; a year without casussen says so and stays accessible.
			await page.goto('/rapportage?jaar=2001');
			await page.getByText('In 2001 zijn er geen casussen ingediend of afgerond.').waitFor();
			assert.equal(await page.getByLabel('Jaar').inputValue(), '2001');
			await expectNoAxeViolations(page, `een jaar zonder casussen (${role})`);

			// The peildatum from the form: a day that does not exist is a Dutch error on the field, accessible too;
			// a good one goes into the download links.
			if (role === 'regievoerder') {
				ctx.allowConsole.push(/status of 400 \(Bad Request\).*\/rapportage\?jaar=2001&peildatum=2025-02-30/);
				const fout = await page.goto('/rapportage?jaar=2001&peildatum=2025-02-30');
				assert.equal(fout.status(), 400);
				await page.getByRole('alert').getByText(/Vul de peildatum in als JJJJ-MM-DD/).waitFor();
				assert.equal(await page.getByLabel('Peildatum (optioneel)').getAttribute('aria-invalid'), 'true');
				await expectNoAxeViolations(page, 'een peildatum die geen dag is');
				await page.getByLabel('Peildatum (optioneel)').fill('2026-06-30');
				await Promise.all([page.waitForURL(/peildatum=2026-06-30/), page.getByRole('button', { name: 'Toon rapportage' }).click()]);
				assert.match(await page.getByRole('link', { name: /als CSV$/ }).getAttribute('href'), /\?peildatum=2026-06-30$/);
			}
		});
	});
}
