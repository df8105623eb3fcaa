// werkvoorraad.test.mjs - the werkvoorraad as a queue (issue 13): oldest first by default, sortable on urgentie and
// age with links in the column headers that keep the filters (without JavaScript), the hulpvraag shortened in each
// row, a marker on an urgent casus nobody has, and at desktop width (1280 px) the whole table, Leefgebieden
// included, without scrolling sideways; axe-core (WCAG 2.1 AA) on each page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

/** The rows of the table: referentie, ontvangen (ISO), urgentie, whether it has a hulpvraag and a marker. */
async function rijen(page) {
	return page.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
		ref: tr.querySelector('th a')?.textContent.trim(),
		ontvangen: tr.querySelector('time')?.getAttribute('datetime'),
		urgentie: tr.children[3]?.textContent.trim(),
		hulpvraag: tr.querySelector('.db-casustabel__hulpvraag')?.textContent.trim() ?? '',
		markering: tr.querySelector('.db-markering')?.textContent.trim() ?? '',
	})));
}

const RANG = { 'Zeer hoog': 0, Hoog: 1, Normaal: 2 };

test('regievoerder: oudste eerst, hulpvraag per rij, markering, geen horizontale scroll op 1280 px', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'werkvoorraad' }, async (page) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto('/casussen');
		await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
		const r = await rijen(page);
		assert.ok(r.length > 5);
		for (let i = 1; i < r.length; i++)
			assert.ok(r[i - 1].ontvangen <= r[i].ontvangen, `oudste eerst: ${r[i - 1].ref} (${r[i - 1].ontvangen}) vóór ${r[i].ref} (${r[i].ontvangen})`);
		assert.ok(r.every((x) => x.hulpvraag.length > 10 && x.hulpvraag.length <= 141), 'elke rij toont de hulpvraag, ingekort');
		assert.equal(await page.locator('th[aria-sort="ascending"]', { hasText: 'Ontvangen op' }).count(), 1);
		assert.equal(await page.getByLabel('Sorteren op').inputValue(), 'oudste');

		// the table fits: no sideways scroll inside its region either, and Leefgebieden is in view
		const maat = await page.evaluate(() => {
			const c = document.querySelector('.utrecht-table-container');
			const kop = [...document.querySelectorAll('thead th')].find((th) => th.textContent.trim() === 'Leefgebieden');
			return { scroll: c.scrollWidth, client: c.clientWidth, rechts: kop.getBoundingClientRect().right, vw: window.innerWidth };
		});
		assert.ok(maat.scroll <= maat.client, `de tabel scrolt niet zijwaarts (${maat.scroll} > ${maat.client} px)`);
		assert.ok(maat.rechts <= maat.vw, `Leefgebieden staat in beeld (${maat.rechts} px)`);
		await expectNoAxeViolations(page, 'de werkvoorraad');

		// the unassigned ones: PMM-2026-0013 (zeer hoog) carries the marker, a normaal one does not
		await page.goto('/casussen?regievoerder=geen');
		const nt = await rijen(page);
		const dertien = nt.find((x) => x.ref === 'PMM-2026-0013');
		assert.equal(dertien?.markering, 'Urgentie zeer hoog, niet toegewezen');
		assert.ok(nt.filter((x) => x.urgentie === 'Normaal').every((x) => x.markering === ''));
		await page.goto('/casussen?regievoerder=geen&sorteer=urgentie');
		await expectNoAxeViolations(page, 'de werkvoorraad op urgentie');   // axe-core needs JavaScript: not in the next test
	});
});

test('sorteren met de kolomkoppen, zonder JavaScript, met behoud van filters', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'werkvoorraad-sorteren', javaScriptEnabled: false }, async (page, ctx) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto('/casussen?regievoerder=geen');

		await Promise.all([page.waitForURL(/sorteer=urgentie/),
			page.getByRole('link', { name: /^Urgentie\s*, sorteer meest urgent eerst$/ }).click()]);
		assert.match(page.url(), /regievoerder=geen/, 'het filter blijft');
		let r = await rijen(page);
		assert.equal(r[0].ref, 'PMM-2026-0013', 'zeer hoog en het oudst eerst');
		for (let i = 1; i < r.length; i++) {
			assert.ok(RANG[r[i - 1].urgentie] <= RANG[r[i].urgentie], `${r[i - 1].ref} vóór ${r[i].ref}`);
			if (r[i - 1].urgentie === r[i].urgentie)
				assert.ok(r[i - 1].ontvangen <= r[i].ontvangen);
		}
		assert.equal(await page.locator('th[aria-sort="descending"]', { hasText: 'Urgentie' }).count(), 1);
		assert.equal(await page.getByLabel('Sorteren op').inputValue(), 'urgentie');

		await Promise.all([page.waitForURL(/sorteer=oudste/),
			page.getByRole('link', { name: /^Ontvangen op\s*, sorteer oudste eerst$/ }).click()]);
		await Promise.all([page.waitForURL(/sorteer=nieuwste/),
			page.getByRole('link', { name: /^Ontvangen op\s*, sorteer nieuwste eerst$/ }).click()]);
		assert.match(page.url(), /regievoerder=geen/);
		r = await rijen(page);
		for (let i = 1; i < r.length; i++)
			assert.ok(r[i - 1].ontvangen >= r[i].ontvangen, 'nieuwste eerst');
		assert.equal(await page.locator('th[aria-sort="descending"]', { hasText: 'Ontvangen op' }).count(), 1);

		// a sort that does not exist is a Dutch 400, not a silent default
		ctx.allowConsole.push(/status of 400/);
		const resp = await page.goto('/casussen?sorteer=zomaar');
		assert.equal(resp.status(), 400);
		assert.match(await page.locator('main').innerText(), /Kies een sortering uit de lijst/);
	});
});

test('paginering houdt de sortering vast', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'werkvoorraad-pagina' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto('/casussen?status=alle&sorteer=urgentie');
		const volgende = page.getByRole('link', { name: /Volgende/ });
		assert.ok(await volgende.count() > 0, 'meer dan één pagina met status alle');
		const href = await volgende.first().getAttribute('href');
		assert.match(href, /sorteer=urgentie/);
		assert.match(href, /pagina=2/);
	});
});
