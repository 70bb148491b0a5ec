/// The site's stylesheet (`assets/style.css`), shipped inside the binary: GOV.UK-like type and colours,
/// tags that never rely on colour alone, printable pages, tables that scroll on a phone.
enum SiteAssets {
    /// `assets/style.css`, byte for byte.
    static let styleCSS = #"""
/* MissionKPI: the look and patterns of the GOV.UK Design System, with a system font stack
   (not the restricted GDS Transport font) and no crown. No scripts, no external requests. */
:root {
  --text: #0b0c0c;
  --secondary: #505a5f;
  --link: #1d70b8;
  --link-visited: #4c2c92;
  --link-hover: #003078;
  --focus: #ffdd00;
  --border: #b1b4b6;
  --light: #f3f2f1;
  --brand: #1d70b8;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  color: var(--text);
  background: #fff;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1.1875rem;
  line-height: 1.4;
}
.width { max-width: 1100px; margin: 0 auto; padding: 0 15px; }
@media (min-width: 641px) { .width { padding: 0 30px; } }

a { color: var(--link); text-decoration: underline; }
a:visited { color: var(--link-visited); }
a:hover { color: var(--link-hover); }
a:focus, summary:focus, [tabindex]:focus {
  outline: 3px solid transparent;
  color: var(--text);
  background-color: var(--focus);
  box-shadow: 0 -2px var(--focus), 0 4px var(--text);
  text-decoration: none;
}
main:focus { background: none; box-shadow: none; outline: none; }
.table-wrap:focus { outline: 3px solid var(--focus); box-shadow: none; background: none; }

.skip-link {
  position: absolute; left: -9999px; top: 0;
  padding: 10px 15px; background: var(--focus); color: var(--text);
}
.skip-link:focus { left: 0; z-index: 10; }

.header { background: #0b0c0c; color: #fff; border-bottom: 10px solid var(--brand); }
.header__inner { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0 20px; padding-top: 12px; padding-bottom: 10px; }
.header__service, .header__service:visited { color: #fff; font-weight: 700; font-size: 1.5rem; text-decoration: none; }
.header__service:hover { color: #fff; text-decoration: underline; }
.header__service:focus { color: var(--text); }
.header__meta { margin: 0; font-size: 1rem; color: #fff; }

.service-nav { border-bottom: 1px solid var(--border); background: var(--light); }
.service-nav ul { list-style: none; margin: 0 auto; display: flex; flex-wrap: wrap; gap: 0 25px; }
.service-nav li { padding: 10px 0; font-size: 1rem; font-weight: 700; }
.service-nav a[aria-current="page"] { color: var(--text); text-decoration: none; border-bottom: 4px solid var(--brand); padding-bottom: 6px; }

.breadcrumbs ol { list-style: none; margin: 15px 0 0; padding: 0; font-size: 1rem; display: flex; flex-wrap: wrap; }
.breadcrumbs li + li::before { content: "›"; padding: 0 8px; color: var(--secondary); }

main { display: block; padding: 20px 0 40px; }
h1, h2, h3, h4 { font-weight: 700; margin: 0 0 15px; line-height: 1.2; }
.heading-xl, h1 { font-size: 2.5rem; margin-bottom: 25px; }
h2 { font-size: 1.75rem; margin-top: 40px; }
h3 { font-size: 1.35rem; margin-top: 25px; }
h4 { font-size: 1.1875rem; margin-top: 20px; }
.heading-s { font-size: 1.1875rem; }
.caption { display: block; color: var(--secondary); font-size: 1.25rem; margin-bottom: 5px; }
.lead { font-size: 1.35rem; }
p { margin: 0 0 15px; }
.secondary { color: var(--secondary); font-size: .95em; }
.level { color: var(--secondary); font-weight: 400; text-transform: uppercase; font-size: .8em; letter-spacing: .05em; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }

.list { padding-left: 20px; margin: 0 0 20px; }
.list li { margin-bottom: 5px; }
.plain { list-style: none; margin: 0; padding: 0; }
.plain li { margin-bottom: 4px; }

.counts { list-style: none; padding: 0; margin: 0 0 30px; display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 15px; }
.counts li { border-left: 5px solid var(--brand); background: var(--light); padding: 10px 15px; }
.counts__value { display: block; font-size: 2rem; font-weight: 700; }
.counts__label { display: block; font-size: 1rem; line-height: 1.25; }

.summary-list { margin: 0 0 25px; }
.summary-list__row { display: flex; flex-wrap: wrap; border-bottom: 1px solid var(--border); padding: 8px 0; }
.summary-list dt { font-weight: 700; flex: 0 0 30%; padding-right: 20px; }
.summary-list dd { margin: 0; flex: 1 1 60%; }
.summary-list--compact { font-size: 1rem; }
.summary-list--compact .summary-list__row { padding: 5px 0; }

.contents { margin: 0 0 30px; }
.contents ol { padding-left: 20px; font-size: 1rem; }

.card, .block, .kpi, .rule { margin: 0 0 30px; }
.card { border-left: 5px solid var(--border); padding: 5px 0 5px 15px; }
.block { padding-top: 5px; border-top: 1px solid var(--border); }
.block--contract { border-top: 5px solid var(--brand); margin-top: 40px; }
.kpi { border-left: 5px solid var(--light); padding-left: 15px; }
.rule { border-bottom: 1px solid var(--border); }

/* A table wider than the screen scrolls sideways; shadows at the edges show there is more to see
   (they scroll away with the content when the edge is reached). */
.table-wrap, figure.chart {
  overflow-x: auto; margin: 0 0 25px;
  background:
    linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left center / 40px 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right center / 40px 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(11, 12, 12, .3), rgba(11, 12, 12, 0)) left center / 14px 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(11, 12, 12, .3), rgba(11, 12, 12, 0)) right center / 14px 100% no-repeat scroll;
}
.table { width: 100%; border-collapse: collapse; border-spacing: 0; font-size: 1rem; margin: 0 0 25px; }
.table-wrap .table { margin-bottom: 0; }
.table th, .table td { text-align: left; vertical-align: top; padding: 10px 15px 10px 0; border-bottom: 1px solid var(--border); }
.table thead th { font-weight: 700; }
.table tbody th { font-weight: 400; }
.table .num { text-align: right; font-variant-numeric: tabular-nums; }
.table .date { white-space: nowrap; }
.table--compact th, .table--compact td { padding: 6px 12px 6px 0; font-size: .95rem; }

/* Tags: colour with words and a symbol, never colour alone (contrast at least 4.5:1). */
.tag { display: inline-block; padding: 2px 8px; font-weight: 700; font-size: .9rem; line-height: 1.3; white-space: nowrap; border-radius: 0; }
.tag span { display: inline-block; min-width: 1em; text-align: center; }
.tags .tag { margin: 0 4px 4px 0; }
.tag.good { color: #005a30; background: #cce2d8; }
.tag.approaching { color: #594d00; background: #fff7bf; }
.tag.requires { color: #6e3619; background: #fcd6c3; }
.tag.inadequate { color: #942514; background: #f6d7d2; }
.tag.other { color: #383f43; background: #eeefef; }
.tag.info { color: #0c2d4a; background: #bbd4ea; }
/* A rating in a long table (a KPI's history): the tag's words and colour, one class on the cell. */
.rt { font-weight: 700; white-space: nowrap; }
.rt.good { color: #005a30; }
.rt.approaching { color: #594d00; }
.rt.requires { color: #6e3619; }
.rt.inadequate { color: #942514; }
.rt.other { color: #383f43; }
.rt.info { color: #0c2d4a; }

.details { margin: 0 0 20px; }
.details summary { color: var(--link); cursor: pointer; display: inline-block; text-decoration: underline; }
.details[open] summary { margin-bottom: 10px; }
.details[open] > table { border-left: 5px solid var(--border); padding-left: 15px; }

figure.chart { margin: 0 0 15px; }
.kpi-rows td { vertical-align: top; }
.kpi-rows td.num { white-space: nowrap; }
.kpi-rows .rt .secondary { font-weight: normal; white-space: normal; }
svg.spark { width: 96px; height: 20px; display: block; }
figure.chart svg { height: auto; display: block; }
figure.chart:focus { outline: 3px solid var(--focus); box-shadow: none; }

/* Verdicts: the overall answer, then each question with its answer, figure and reasons. */
.verdict { margin: 0 0 25px; }
.verdict__overall { font-size: 1.25rem; font-weight: 700; margin: 0 0 10px; }
.verdict__overall .tag { font-size: 1.05rem; }
.verdict__aspects dt { flex-basis: 32%; }
.verdict__aspects dd .tag { margin-right: 4px; }
.verdict__reasons { margin: 6px 0 0; padding-left: 20px; font-size: 1rem; color: var(--secondary); }
.verdict__reasons li { margin-bottom: 3px; }
.details__text { border-left: 5px solid var(--border); padding-left: 15px; font-size: 1rem; }
.table--verdicts th, .table--verdicts td { padding-right: 10px; }
.table--verdicts .tag { font-size: .75rem; padding: 2px 4px; }
.table--verdicts tbody th { min-width: 8em; }

/* Who must act: one block per owner. */
.actions__owner { margin: 0 0 25px; }
.actions__owner h3, .actions__owner h4 { margin-top: 10px; }
.actions__list { list-style: none; margin: 0; padding: 0; }
.actions__list li { padding: 8px 0; border-bottom: 1px solid var(--border); font-size: 1rem; }

.footer { border-top: 1px solid var(--border); background: var(--light); color: var(--secondary); font-size: 1rem; padding: 25px 0 35px; margin-top: 30px; }
.footer a { color: var(--text); }

@media (max-width: 640px) {
  body { font-size: 1rem; }
  h1, .heading-xl { font-size: 2rem; }
  h2 { font-size: 1.5rem; }
  .summary-list dt { flex-basis: 100%; }
  .counts { grid-template-columns: repeat(2, 1fr); }
  .counts__value { font-size: 1.6rem; }
  /* A table of many columns says it scrolls; a stacked table becomes one block of labelled lines per row. */
  .table-wrap:not(.table-wrap--stack)::before, figure.chart::before {
    content: "Scroll sideways to see all of it \2192"; display: block; position: sticky; left: 0;
    font-size: .875rem; color: var(--secondary); padding: 0 0 6px;
  }
  .table-wrap > .table:not(.table--stack) { min-width: 40rem; }
  .table--stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
  .table--stack, .table--stack tbody, .table--stack tr, .table--stack td, .table--stack tbody th { display: block; width: 100%; min-width: 0; }
  .table--stack tr { border-bottom: 3px solid var(--border); padding: 10px 0; }
  .table--stack td, .table--stack tbody th { border: 0; padding: 3px 0; text-align: left; }
  .table--stack td[data-label]::before { content: attr(data-label); display: block; font-weight: 700; font-size: .875rem; color: var(--secondary); }
  .table--stack tbody th { font-weight: 700; font-size: 1.1rem; }
}

@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { font-size: 11pt; color: #000; }
  .skip-link, .service-nav, .breadcrumbs, .contents, .no-print { display: none; }
  .table-wrap, figure.chart { background: none; overflow: visible; }
  figure.chart svg { min-width: 0 !important; max-width: 100% !important; }
  .pack-section + .pack-section { break-before: page; }
  .actions__owner { break-inside: avoid-page; }
  .actions__list li, .summary-list__row { break-inside: avoid; }
  details.details > summary { display: none; }
  details.details:not([open]) { display: none; }
  .header { background: none; color: #000; border-bottom: 2pt solid #000; }
  .header__service, .header__service:visited, .header__meta { color: #000; }
  .width { max-width: none; padding: 0; }
  a, a:visited { color: #000; }
  .table-wrap { overflow: visible; }
  .block, .kpi, figure.chart, tr { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .tag { border: 1pt solid #000; background: none !important; color: #000 !important; }
  .footer { background: none; }
}

"""#
}
