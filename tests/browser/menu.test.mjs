// menu.test.mjs - the role-aware navigation (issue 13): for every demo role each link of the main menu answers 200
// for that role and passes axe-core (WCAG 2.1 AA), no link leads to a page "in aanbouw", the links of the start
// page's "Onderdelen" are the menu's and every other link on it answers 200 too, and the search field in the header
// is there exactly for the roles that may search casussen, and works.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { ROLES, SETUP_MS, expectNoAxeViolations, login, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

const ROLE_MS = 10 * 60_000;   // a bound for one role's menu pages (axe-core on each, on a loaded machine)
// Who may search casussen (PERM_CASUS_LIJST): the roles with a list of casussen.
const ZOEKT = new Set(['regievoerder', 'indiener', 'ambassadeur', 'voorzitter']);

for (const rol of ROLES) {
	test(`${rol}: elk menu-item geeft 200, zonder schendingen`, { timeout: ROLE_MS }, async () => {
		await withPage(env, { name: `menu-${rol}` }, async (page, ctx) => {
			await page.goto('/login');
			await login(page, rol);
			let resp = await page.goto('/');
			assert.equal(resp.status(), 200);
			const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
			const links = await menu.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			assert.ok(links.length >= 1, `${rol}: een menu met ten minste één item`);
			assert.equal(new Set(links).size, links.length, `${rol}: geen item twee keer`);

			// the start page lists the same parts, and nothing else
			const onderdelen = await page.locator('main ul.db-onderdelen a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			assert.deepEqual(onderdelen, links, `${rol}: de onderdelen op de startpagina zijn de menu-items`);

			// the search field in the header
			const zoek = page.getByRole('search', { name: 'Zoeken in casussen' });
			assert.equal(await zoek.count(), ZOEKT.has(rol) ? 1 : 0, `${rol}: het zoekveld in de kop`);
			await expectNoAxeViolations(page, `de startpagina (${rol})`);
			// every link on the start page leads somewhere this role may go
			const opStart = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			for (const href of new Set(opStart)) {
				const r = await page.request.get(href, { maxRedirects: 0 });
				assert.equal(r.status(), 200, `${rol}: de link ${href} op de startpagina geeft ${r.status()}`);
			}

			for (const href of links) {
				resp = await page.goto(href);
				assert.equal(resp.status(), 200, `${rol}: ${href} geeft ${resp.status()}`);
				const kop = await page.locator('main h1').first().innerText();
				assert.doesNotMatch(`${await page.title()} ${kop}`, /in aanbouw|Geen toegang|Niet gevonden|Foutcode/i,
					`${rol}: ${href}`);
				assert.equal(await page.getByText('in aanbouw').count(), 0, `${rol}: ${href} is in aanbouw`);
				const actief = await menu.locator('a[aria-current="page"]')
					.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				assert.deepEqual(actief, [href], `${rol}: ${href} is het actieve menu-item`);
				await expectNoAxeViolations(page, `${href} (${rol})`);
			}

			if (ZOEKT.has(rol)) {
				await page.goto('/');
				await page.getByLabel('Zoek in casussen').fill('wonen');
				await Promise.all([page.waitForURL(/\/zoeken\?q=wonen/),
					page.getByRole('button', { name: 'Zoek', exact: true }).click()]);
				await page.getByRole('heading', { level: 1, name: 'Zoeken in casussen' }).waitFor();
				assert.equal(await page.getByLabel('Zoekvraag').inputValue(), 'wonen');
			} else {
				ctx.allowConsole.push(/status of 403/);
				resp = await page.goto('/zoeken?q=wonen');
				assert.equal(resp.status(), 403, `${rol} mag niet zoeken in casussen`);
			}
		});
	});
}
