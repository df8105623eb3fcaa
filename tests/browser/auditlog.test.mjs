// auditlog.test.mjs - the audit log for the privacy officer (the FG) in Chromium: a regievoerder opens a casus,
// the privacy officer finds the log from the start page, filters it on that casus and sees on "wie heeft deze
// casus ingezien" that the regievoerder did; axe-core (WCAG 2.1 AA) on both pages, and both work without JavaScript.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, withPage } from './helpers.mjs';

let env;
const REF = 'PMM-2025-0003';   // a demo casus

before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

test('de functionaris gegevensbescherming ziet wie een casus heeft ingezien', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'auditlog-inzage' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto(`/casussen/${REF}`);
		await page.getByRole('heading', { level: 1, name: new RegExp(REF) }).waitFor();
		await logout(page);
	});

	await withPage(env, { name: 'auditlog-fg' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 400 \(Bad Request\)/);   // the refused filter below
		await page.goto('/login');
		await login(page, 'privacy');
		await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
		await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
		await expectNoAxeViolations(page, 'het auditlog');

		await page.getByLabel('Casus (referentie)').fill(REF);
		await page.getByRole('button', { name: 'Filteren' }).click();
		await page.waitForURL((u) => u.searchParams.get('casus') === REF);
		const tabel = page.getByRole('table', { name: /Regels van het auditlog/ });
		await tabel.getByRole('cell', { name: /Ruud Regie/ }).first().waitFor();
		await tabel.getByRole('cell', { name: 'casus.lezen', exact: true }).first().waitFor();
		await expectNoAxeViolations(page, 'het auditlog gefilterd op een casus');

		await page.getByRole('link', { name: `Wie heeft ${REF} ingezien?` }).click();
		await page.getByRole('heading', { level: 1, name: `Wie heeft ${REF} ingezien` }).waitFor();
		const wie = page.getByRole('table', { name: new RegExp(`Accounts met regels over ${REF}`) });
		await wie.getByRole('rowheader', { name: 'Ruud Regie' }).waitFor();
		// the privacy officer's own look at the log is in it too
		await wie.getByRole('rowheader', { name: 'Femke Gegevensbescherming' }).waitFor();
		await expectNoAxeViolations(page, 'wie heeft deze casus ingezien');

		// a filter that is not one: a Dutch message, no rows
		await page.goto('/auditlog?van=gisteren');
		await page.getByRole('alert').getByText('Vul de datum in als JJJJ-MM-DD.').waitFor();
		assert.equal(await page.getByRole('table').count(), 0);
		await logout(page);
	});

	// the same question without JavaScript: the filter is a plain GET form
	await withPage(env, { name: 'auditlog-zonder-javascript', javaScriptEnabled: false }, async (page) => {
		await page.goto('/login');
		await login(page, 'privacy');
		await page.goto('/auditlog');
		await page.getByLabel('Casus (referentie)').fill(REF);
		await page.getByLabel('Actie').fill('casus.lezen');
		await page.getByRole('button', { name: 'Filteren' }).click();
		await page.waitForURL((u) => u.searchParams.get('actie') === 'casus.lezen');
		await page.getByRole('table', { name: /Regels van het auditlog/ }).getByRole('cell', { name: /Ruud Regie/ })
			.first().waitFor();
		await logout(page);
	});
});
