/**
 * The site-wide stylesheet shared by every section: reset, type, layout primitives (container, grid, card,
 * button), header, navigation, footer, forms and focus styles. Values come from the theme's custom properties
 * (theme-css.ts); section files add their own rules under `.s-<type>`.
 */
export const BASE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--color-background);color:var(--color-text);font-family:var(--font-body);font-size:var(--step-0);line-height:1.6;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased}
img,svg,picture{display:block;max-width:100%;height:auto}
h1,h2,h3,h4{font-family:var(--font-heading);font-weight:var(--heading-weight);line-height:1.15;letter-spacing:-0.01em;margin:0 0 var(--space-3);text-wrap:balance;overflow-wrap:break-word}
h1{font-size:var(--step-5)}
h2{font-size:var(--step-4)}
h3{font-size:var(--step-2);line-height:1.25}
h4{font-size:var(--step-1);line-height:1.3}
p,ul,ol,dl,blockquote,figure{margin:0 0 var(--space-4)}
p,li{max-width:70ch;overflow-wrap:break-word}
a{color:var(--color-link);text-decoration-thickness:0.08em;text-underline-offset:0.18em}
a:hover{text-decoration-thickness:0.14em}
:focus-visible{outline:3px solid var(--color-link);outline-offset:3px;border-radius:2px}
::selection{background:var(--color-primary);color:var(--color-on-primary)}
:root{--space-1:0.25rem;--space-2:0.5rem;--space-3:0.75rem;--space-4:1rem;--space-5:1.5rem;--space-6:2rem;--space-7:3rem;--space-8:4rem;--space-9:6rem;--gutter:clamp(1.25rem,4vw,2.5rem);--container:72rem;--shadow:0 1px 2px rgb(0 0 0 / 0.06),0 4px 16px rgb(0 0 0 / 0.06)}
.visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip-link{position:absolute;left:var(--space-4);top:-4rem;z-index:100;padding:var(--space-3) var(--space-4);background:var(--color-primary);color:var(--color-on-primary);border-radius:var(--radius-control);font-weight:600}
.skip-link:focus{top:var(--space-4)}
.container{width:100%;max-width:calc(var(--container) + 2 * var(--gutter));margin-inline:auto;padding-inline:var(--gutter)}
.section{padding-block:var(--space-section);background:var(--color-background);color:var(--color-text)}
.section-head{margin-bottom:var(--space-7);max-width:46rem}
.section-head.is-centered{margin-inline:auto;text-align:center}
.section-head.is-centered p{margin-inline:auto}
.section-head > :last-child{margin-bottom:0}
.eyebrow{font-size:var(--step--1);font-weight:700;letter-spacing:0.08em;text-transform:uppercase;color:var(--color-link);margin-bottom:var(--space-3)}
.lead{font-size:var(--step-1);color:var(--color-muted);line-height:1.55}
.muted{color:var(--color-muted)}
.actions{display:flex;flex-wrap:wrap;gap:var(--space-3);margin:var(--space-6) 0 0}
.button{display:inline-flex;align-items:center;justify-content:center;gap:var(--space-2);min-height:2.75rem;padding:var(--space-3) var(--space-5);border:2px solid var(--color-primary);border-radius:var(--radius-control);background:var(--color-primary);color:var(--color-on-primary);font:inherit;font-weight:600;line-height:1.2;text-decoration:none;cursor:pointer;transition:transform .15s ease,box-shadow .15s ease}
.button:hover{transform:translateY(-1px);box-shadow:var(--shadow)}
.button-secondary{background:transparent;color:var(--color-link);border-color:currentColor}
.grid{display:grid;gap:var(--space-5);grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr))}
.card{background:var(--color-surface);border:1px solid var(--color-border);border-radius:var(--radius);padding:var(--space-6)}
.card > :last-child{margin-bottom:0}
.icon{width:1.5rem;height:1.5rem;flex:none}
.art{width:100%;height:auto;border-radius:var(--radius)}
.site-header{position:sticky;top:0;z-index:50;background:var(--color-background);border-bottom:1px solid var(--color-border)}
.site-header .container{display:flex;align-items:center;justify-content:space-between;gap:var(--space-4);min-height:4.5rem}
.brand{display:inline-flex;align-items:center;gap:var(--space-3);font-family:var(--font-heading);font-weight:var(--heading-weight);font-size:var(--step-1);color:var(--color-text);text-decoration:none;min-height:2.75rem}
.brand img{height:2.5rem;width:auto;max-width:min(12rem,45vw);object-fit:contain;object-position:left center}
.brand-mark{display:grid;place-items:center;width:2.25rem;height:2.25rem;border-radius:var(--radius-control);background:var(--color-primary);color:var(--color-on-primary);font-size:var(--step-0);flex:none}
.nav-list{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;align-items:center;gap:var(--space-1)}
.nav-list a{display:inline-flex;align-items:center;min-height:2.75rem;padding:0 var(--space-3);color:var(--color-text);text-decoration:none;border-radius:var(--radius-control);font-weight:500}
.nav-list a:hover,.nav-list a[aria-current="page"]{color:var(--color-link);text-decoration:underline;text-underline-offset:0.3em}
.nav-list .button{color:var(--color-on-primary);margin-left:var(--space-2);text-decoration:none}
.nav-desktop{display:none}
.nav-mobile summary{display:inline-flex;align-items:center;gap:var(--space-2);min-height:2.75rem;padding:0 var(--space-4);border:1px solid var(--color-border);border-radius:var(--radius-control);cursor:pointer;font-weight:600;list-style:none}
.nav-mobile summary::-webkit-details-marker{display:none}
.nav-mobile[open] .nav-list{position:absolute;left:0;right:0;top:100%;flex-direction:column;align-items:stretch;padding:var(--space-3) var(--gutter) var(--space-5);background:var(--color-background);border-bottom:1px solid var(--color-border);box-shadow:var(--shadow)}
.nav-mobile[open] .nav-list .button{margin:var(--space-2) 0 0}
@media (min-width:56em){.nav-desktop{display:block}.nav-mobile{display:none}}
.site-footer{padding-block:var(--space-8) var(--space-6);font-size:var(--step--1)}
.footer-grid{display:grid;gap:var(--space-6);grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr));margin-bottom:var(--space-6)}
.footer-grid h2{font-size:var(--step-0);margin-bottom:var(--space-3)}
.footer-grid ul{list-style:none;padding:0;margin:0}
.footer-grid li{margin:0}
.footer-grid a{display:inline-block;padding-block:var(--space-2);color:inherit}
.footer-legal{border-top:1px solid var(--color-border);padding-top:var(--space-5);color:var(--color-muted);display:flex;flex-wrap:wrap;gap:var(--space-3) var(--space-6);justify-content:space-between}
.footer-legal p{margin:0;display:flex;align-items:center}
.footer-links{display:flex;flex-wrap:wrap;gap:0 var(--space-4);list-style:none;padding:0;margin:0}
.footer-links a{display:inline-flex;align-items:center;min-height:2.75rem;color:inherit}
.made-with a{display:inline-flex;align-items:center;min-height:2.75rem;color:inherit;font-size:.875rem}
.brand-name{font-family:var(--font-heading);font-size:var(--step-1)}
.socials{display:flex;flex-wrap:wrap;gap:var(--space-2);list-style:none;padding:0;margin:0}
.socials a{display:inline-flex;align-items:center;justify-content:center;min-width:2.75rem;min-height:2.75rem;padding:0 var(--space-3);border:1px solid var(--color-border);border-radius:var(--radius-control);color:inherit;text-decoration:none}
.form{display:grid;gap:var(--space-4)}
.field{display:grid;gap:var(--space-2)}
.field label{font-weight:600}
.field .hint{font-size:var(--step--1);color:var(--color-muted)}
input,textarea,select{font:inherit;color:var(--color-text);background:var(--color-background);border:1px solid var(--color-muted);border-radius:var(--radius-control);padding:var(--space-3) var(--space-4);min-height:2.75rem;width:100%}
textarea{min-height:8rem;resize:vertical;border-radius:min(var(--radius-control),1rem)}
input:focus-visible,textarea:focus-visible,select:focus-visible{outline:3px solid var(--color-link);outline-offset:1px}
.honeypot{display:none}
.prose > *{max-width:70ch}
.prose h3{margin-top:var(--space-6)}
.prose blockquote{border-left:4px solid var(--color-primary);padding-left:var(--space-5);font-size:var(--step-1);color:var(--color-muted)}
.prose ul,.prose ol{padding-left:1.4em}
.prose li{margin-bottom:var(--space-2)}
.page-404{text-align:center;padding-block:var(--space-9)}
.page-404 .code{font-family:var(--font-heading);font-size:calc(var(--step-5) * 2);line-height:1;color:var(--color-link);margin:0}
@media (prefers-reduced-motion:reduce){*{transition:none!important;scroll-behavior:auto!important}}
`;
