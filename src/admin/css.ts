/** The dashboard's styles, served as /admin/admin.css: the pages carry no inline style, the charts' colours are classes. */
export const ADMIN_CSS = `:root{color-scheme:light dark;--fg:#1c2430;--muted:#4a5361;--bg:#f6f7f9;--card:#fff;--line:#d8dee6;--c0:#9fbbe6;--c1:#1554b3;--c2:#c2410c;--accent:#1554b3}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#a9b4c0;--bg:#0f1318;--card:#161b22;--line:#313b48;--c0:#35507a;--c1:#6fa0ec;--c2:#f08a4b;--accent:#8cb8ff}}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;justify-content:space-between;align-items:flex-start;gap:1rem;padding:1.2rem 1.5rem;background:var(--card);border-bottom:1px solid var(--line)}
header h1{margin:0;font-size:1.5rem}header p{margin:.1rem 0;color:var(--muted)}.centre{font-weight:600}
nav{padding:.6rem 1.5rem;display:flex;gap:1rem;flex-wrap:wrap}nav a{color:var(--accent)}nav a[aria-current=page]{font-weight:700;color:var(--fg)}
main{max-width:72rem;margin:0 auto;padding:0 1.5rem 2rem}main.narrow{max-width:28rem;margin:3rem auto;background:var(--card);padding:1.5rem;border-radius:12px}
section{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1rem 1.2rem;margin:1rem 0;overflow-x:auto}
h2{font-size:1.15rem;margin:.2rem 0 .8rem}h3{font-size:1rem;margin:1.2rem 0 .4rem}
.figures{display:flex;gap:1rem;flex-wrap:wrap;margin-bottom:.8rem}.figure{display:flex;flex-direction:column;min-width:11rem;padding:.6rem .9rem;border-left:4px solid var(--c1)}
.figure .number{font-size:2rem;font-weight:700;line-height:1.1}.figure small{color:var(--muted)}
.chart{max-width:100%;height:auto;display:block}.chart text{fill:currentColor;font-size:13px}.chart .tick,.chart .value{fill:var(--muted);font-size:12px}
.chart .axis{stroke:var(--line)}.bar-0{fill:var(--c0)}.bar-1{fill:var(--c1)}.bar-2{fill:var(--c2)}
table{border-collapse:collapse;width:100%;margin:.6rem 0}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}thead th{font-size:.85rem;color:var(--muted)}
a{color:var(--accent)}.button{display:inline-block;padding:.4rem .8rem;border:1px solid var(--accent);border-radius:8px;text-decoration:none}
.status{padding:0 .4rem;border-radius:6px;font-size:.85rem;border:1px solid var(--line)}.status.failed{border-color:var(--c2);font-weight:600}
button{font:inherit;padding:.45rem .9rem;border-radius:8px;border:1px solid var(--accent);background:var(--card);color:var(--fg);cursor:pointer}
main.narrow button{margin-top:1rem;background:var(--c1);color:#fff;border:0;font-weight:600}
label{display:block;font-weight:600;margin-top:1rem}input[type=password]{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #8a94a3;border-radius:8px;background:var(--card);color:var(--fg)}
.problem{color:#b42318;font-weight:600}[aria-invalid=true]{border-color:#b42318;border-width:2px}.small{color:var(--muted);font-size:.9rem}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
`;
