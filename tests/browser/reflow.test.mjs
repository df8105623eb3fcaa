// reflow.test.mjs - WCAG 1.4.10 (reflow) for every page of every demo role: at 320 and 390 CSS pixels wide no page
// scrolls sideways (the document is no wider than the viewport; a wide table may scroll inside its own region),
// and axe-core (WCAG 2.1 AA) finds nothing, on lists, a casus open and closed, detail pages, forms, a refused form
// and the error pages. axe-core does not test reflow, so this test measures it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, expectNoAxeViolations, login, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

const WIDTHS = [320, 390];
const ROLE_MS = 20 * 60_000;   // a bound for one role's pages (dozens of axe runs on a loaded machine), not a timing assert

// A page is a path, or { van: a list page, link: a pattern of the first link in <main> to follow } to find a detail
// page in the demo data, or { pad, fout: 'form' } for a refused form (submitted empty, without the browser's checks).
const ONDERDELEN = {
	regievoerder: [
		'/', '/casussen', '/casussen?regievoerder=geen', '/casussen?regievoerder=onzin', '/casussen?status=afgerond',
		{ van: '/casussen?status=afgerond', link: /^\/casussen\/PMM-\d{4}-\d{4}$/, wat: 'een afgeronde casus' },
		{ van: '/casussen?status=in_behandeling', link: /^\/casussen\/PMM-\d{4}-\d{4}$/, wat: 'een open casus' },
		'/casussen/nieuw', { pad: '/casussen/nieuw', fout: 'form', knop: 'Aanmelding vastleggen' },
		'/follow-up', '/zoeken', '/zoeken?q=schulden',
		'/leerpunten', { van: '/leerpunten', link: /^\/leerpunten\/\d+$/, wat: 'een leerpunt' },
		'/navraag', '/navraag/rondes', { van: '/navraag/rondes', link: /^\/navraag\/rondes\/\d+$/, wat: 'een navraagronde' },
		'/themas', { van: '/themas', link: /^\/themas\/[^/]+$/, wat: 'een thema' },
		'/signalen', '/systeemwijzigingen', '/bijeenkomsten',
		'/rapportage', '/onderzoek', { van: '/onderzoek', link: /^\/onderzoek\/[^/]+$/, wat: 'een onderzoekscasus' },
		'/register', '/register?q=wonen', { van: '/register?q=wonen', link: /^\/register\/\d+$/, wat: 'een registervermelding' },
		'/netwerk',
		'/escalaties', '/overbruggingen', '/casussen/PMM-2025-0003/escalaties/nieuw', '/casussen/PMM-2025-0003/overbruggingen/nieuw',
		'/beheer', '/beheer/organisaties', { van: '/beheer/organisaties', link: /^\/beheer\/organisaties\/\d+$/, wat: 'een organisatie' },
		'/beheer/voorstellen', '/beheer/aanvragen',
		'/casussen/PMM-1999-9999', '/bestaat-niet', '/auditlog',
	],
	indiener: [
		'/', '/casussen', { van: '/casussen', link: /^\/casussen\/PMM-\d{4}-\d{4}$/, wat: 'een eigen casus' },
		'/casussen/nieuw', { pad: '/casussen/nieuw', fout: 'form', knop: 'Indienen' },
		'/zoeken?q=wonen', '/register', '/netwerk', '/rapportage', '/bestaat-niet',
	],
	ambassadeur: [
		'/', '/casussen', '/casussen/PMM-2025-0003', '/leerpunten', { van: '/leerpunten', link: /^\/leerpunten\/\d+$/, wat: 'een leerpunt' },
		'/navraag', '/themas', '/register', '/netwerk', '/casussen/PMM-2025-0001',
	],
	onderzoeker: [
		'/', '/leerpunten', '/rapportage', '/onderzoek', { van: '/onderzoek', link: /^\/onderzoek\/[^/]+$/, wat: 'een onderzoekscasus' },
		'/navraag/rondes', '/signalen', '/systeemwijzigingen', '/themas', '/netwerk',
	],
	voorzitter: [
		'/', '/casussen', '/escalaties',
		'/casussen/PMM-2025-0003', '/netwerk',
	],
	beheerder: [
		'/', '/beheer', '/beheer/organisaties', '/beheer/organisaties/nieuw', '/beheer/accounts',
		{ van: '/beheer/accounts', link: /^\/beheer\/accounts\/\d+$/, wat: 'een account' }, '/beheer/accounts/nieuw',
		'/register', '/register/import', '/netwerk', '/casussen',
	],
	privacy: [
		'/', '/auditlog', '/auditlog?casus=PMM-2025-0003', '/auditlog/casussen/PMM-2025-0003', '/auditlog?van=gisteren', '/netwerk',
	],
};

/** The document's width and the viewport's, and the innermost elements that stick out (for the failure message). */
async function breedte(page) {
	return page.evaluate(() => {
		const vw = window.innerWidth;
		const binnenScroll = (el) => {   // inside a scroll container of its own, an element does not widen the page
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
				if (/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowX))
					return true;
			return false;
		};
		const uitsteken = (el) => el.getBoundingClientRect().right > vw + 0.5 && !binnenScroll(el);
		const daders = [];
		for (const el of document.querySelectorAll('body *'))
			if (uitsteken(el) && ![...el.children].some(uitsteken))
				daders.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} `
					+ `(${Math.round(el.getBoundingClientRect().right)} px: ${(el.textContent || '').trim().slice(0, 40)})`);
		return { document: document.documentElement.scrollWidth, viewport: vw, breedst: daders.slice(0, 3).join('; ') };
	});
}

/** The pages of one role, with the detail pages found through their lists. */
async function paginas(page, lijst) {
	const uit = [];
	for (const p of lijst) {
		if (typeof p === 'string' || p.fout) {
			uit.push(p);
			continue;
		}
		const resp = await page.goto(p.van);
		assert.equal(resp.status(), 200, `${p.van} (to find ${p.wat}) answers ${resp.status()}`);
		const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const href = hrefs.find((h) => p.link.test(h.split('?')[0].split('#')[0]));
		assert.ok(href, `no link to ${p.wat} on ${p.van}`);
		uit.push(href.split('#')[0]);
	}
	// and every link of the main menu
	const menu = await page.locator('nav[aria-label="Hoofdmenu"] a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	for (const href of menu)
		if (!uit.includes(href))
			uit.push(href);
	return uit;
}

async function bezoek(page, p) {
	if (typeof p === 'string')
		return page.goto(p);
	await page.goto(p.pad);
	await page.locator('form').evaluateAll((fs) => fs.forEach((f) => f.setAttribute('novalidate', '')));
	const [resp] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.getByRole('button', { name: p.knop, exact: true }).click(),
	]);
	await page.waitForLoadState('load');
	assert.ok(resp.status() >= 400 && resp.status() < 500, `the empty ${p.pad} answers ${resp.status()}, not a 4xx`);
	await page.getByRole('alert').first().waitFor();
	return resp;
}

const metingen = [];

async function meet(page, rol, lijst) {
	const te_breed = [];
	const axe = [];
	for (const p of await paginas(page, lijst)) {
		const naam = typeof p === 'string' ? p : `${p.pad} (geweigerd formulier)`;
		for (const w of WIDTHS) {
			await page.setViewportSize({ width: w, height: 800 });
			const resp = await bezoek(page, p);
			assert.ok(resp, `${naam}: no response`);
			const b = await breedte(page);
			metingen.push(`${rol} ${w}px ${naam} (${resp.status()}): ${b.document}`);
			if (b.document > b.viewport)
				te_breed.push(`${naam} at ${w} px: the document is ${b.document} px wide (widest: ${b.breedst})`);
			if (w === WIDTHS[0])
				await expectNoAxeViolations(page, `${naam} (${rol}, ${w} px)`).catch((e) => axe.push(e.message));
		}
	}
	assert.deepEqual(te_breed, [], `pages of ${rol} that scroll sideways:\n  ${te_breed.join('\n  ')}`);
	assert.deepEqual(axe, [], `axe-core on the pages of ${rol}:\n${axe.join('\n')}`);
}

for (const [rol, lijst] of Object.entries(ONDERDELEN)) {
	test(`reflow (WCAG 1.4.10) en axe-core op elke pagina van ${rol} bij ${WIDTHS.join(' en ')} px`, { timeout: ROLE_MS }, async () => {
		await withPage(env, { name: `reflow-${rol}` }, async (page, ctx) => {
			ctx.allowConsole.push(/status of 4\d\d/);   // the refused forms and error pages are served with their 4xx status
			await page.setViewportSize({ width: WIDTHS[0], height: 800 });
			await page.goto('/login');
			await login(page, rol);
			await meet(page, rol, lijst);
		});
	});
}

test('reflow en axe-core op de pagina\'s zonder inloggen, ook een geweigerde inlogpoging', { timeout: ROLE_MS }, async () => {
	await withPage(env, { name: 'reflow-anoniem' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 4\d\d/);
		await meet(page, 'anoniem', ['/login', '/toegang-aanvragen', '/toegankelijkheid', '/bestaat-niet',
			{ pad: '/login', fout: 'form', knop: 'Inloggen' }, { pad: '/toegang-aanvragen', fout: 'form', knop: 'Aanvraag versturen' }]);
	});
});

test('the measurements', () => {
	// node:test prints diagnostics with the TAP output: the widths of every page, for the record
	for (const m of metingen)
		console.log(`# ${m}`);
	assert.ok(metingen.length > 0);
});
