/**
 * The report's stylesheet, inlined in a `<style>` element whose hash the
 * Content-Security-Policy allows (no 'unsafe-inline'). Responsive: tables
 * become cards on narrow screens. Printable: colours kept, navigation hidden,
 * one article per page.
 */
import {neutral, palette} from './palette.ts'

const colourRules = [...palette.map((colour, index) => ({name: 'c' + index, colour})), {name: 'c-none', colour: neutral}]
  .map(({name, colour}) => `.${name}{--fill:${colour.fill};--ink:${colour.ink}}`)
  .join('\n')

export const stylesheet = `
:root{--text:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--bg:#fff;--soft:#f6f6f8;--link:#0b57d0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;line-height:1.5;color:var(--text);background:var(--bg)}
*{box-sizing:border-box}
body{margin:0 auto;max-width:76rem;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:2.5rem 0 .75rem;padding-top:1rem;border-top:3px solid var(--text);overflow-wrap:anywhere}
h3{font-size:1.05rem;margin:1.75rem 0 .5rem}
a{color:var(--link)}
.muted,.path{color:var(--muted);font-size:.875rem}
.path{overflow-wrap:anywhere}
nav.toc{font-size:.9rem;margin:.5rem 0 1rem}
nav.toc a{margin-right:.75rem}
dl.provenance{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dl.provenance dt{font-weight:600}
dl.provenance dd{margin:0;overflow-wrap:anywhere}
.chain .arrow{color:var(--muted);padding:0 .25rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.5rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem;background:var(--soft)}
.card .value{display:block;font-size:1.4rem;font-weight:700}
.card .label{font-size:.8rem;color:var(--muted)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.words{min-width:16rem;max-width:34rem}
.paraphrase{font-style:italic;border-left:2px dashed var(--line);padding-left:.45em}
tr:target{outline:3px solid var(--link);outline-offset:-3px}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:.2em;background:var(--fill);border:2px solid var(--ink);vertical-align:-.1em;margin-right:.35em}
.kind{display:inline-block;font-size:.75rem;padding:0 .4em;border-radius:.3em;border:1px solid var(--line);background:var(--soft);white-space:nowrap}
.role,.mention{display:block;font-size:.8rem;color:var(--muted)}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:0 .45em;border-radius:.3em;margin:.1em .2em .1em 0;white-space:nowrap;border:1px solid currentColor}
.v-verbatim{color:#0a7a3f}.v-edited{color:#8a6100}.v-altered,.v-misattributed{color:#b3261e}.v-unsupported{color:#5f6368}
.f-error{color:#b3261e}.f-warning{color:#8a6100}.f-info{color:#3c4a9c}
ul.findings{margin:.25rem 0 0;padding-left:1.1rem;font-size:.85rem}
.diff ins{background:#d7f5dd;text-decoration:none}.diff del{background:#fbd6d3}
.back{font-size:.8rem;white-space:nowrap}
figure.graph{margin:1rem 0;padding:.5rem;border:1px solid var(--line);border-radius:.5rem;overflow:auto;background:#fff}
figure.graph svg{max-width:100%;height:auto;display:block;margin:0 auto}
figure.graph figcaption{font-size:.8rem;color:var(--muted)}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Noto Serif",serif;font-size:1.02rem;line-height:1.7;background:var(--soft);border-radius:.5rem;padding:1rem 1.25rem;max-width:48rem}
.hl{color:inherit;text-decoration:none}
.hl.direct,.hl.mixed,.hl.indirect{background:var(--fill);box-shadow:inset 0 -2px 0 var(--ink);border-radius:.15em}
.hl.indirect{background:linear-gradient(var(--fill),var(--fill)) 0 100%/100% 45% no-repeat}
.hl.nested{box-shadow:inset 0 -4px 0 var(--ink)}
.hl.cue{font-weight:700;text-decoration:underline 2px var(--ink);text-underline-offset:.2em}
.hl.speaker{font-weight:700;color:var(--ink)}
.hl:hover,.hl:focus{outline:2px solid var(--ink)}
.legend{font-size:.85rem;margin:.5rem 0}
.legend>span{margin-right:.75rem;white-space:nowrap;display:inline-block}
.warn{color:#b3261e}
code{font-size:.9em;background:var(--soft);border:1px solid var(--line);padding:0 .2em;border-radius:.2em;overflow-wrap:anywhere}
section.article+section.article{content-visibility:auto;contain-intrinsic-size:auto 3000px}
footer{margin-top:3rem;font-size:.8rem;color:var(--muted)}
${colourRules}
@media (max-width:720px){
body{padding:.75rem}
h1{font-size:1.3rem}
dl.provenance{grid-template-columns:1fr}
dl.provenance dd{margin-bottom:.4rem}
table.cards-on-phone thead{display:none}
table.cards-on-phone,table.cards-on-phone tbody,table.cards-on-phone tr,table.cards-on-phone td{display:block;width:100%}
table.cards-on-phone tr{border:1px solid var(--line);border-radius:.5rem;margin:0 0 .75rem;padding:.25rem .5rem}
table.cards-on-phone td{border:0;padding:.2rem 0;max-width:none;min-width:0;text-align:left}
table.cards-on-phone td.empty{display:none}
table.cards-on-phone td[data-label]::before{content:attr(data-label);display:block;font-size:.7rem;font-weight:600;text-transform:uppercase;color:var(--muted)}
.text{padding:.75rem;font-size:1rem}
figure.graph svg{max-width:none;margin:0}
}
@media print{
:root{font-size:10pt}
body{max-width:none;padding:0}
nav.toc,.back{display:none}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
section.article+section.article{break-before:page;content-visibility:visible}
tr,figure.graph{break-inside:avoid}
.table-wrap{overflow:visible}
.text{background:none;padding:0;max-width:none}
}
`.trim()
