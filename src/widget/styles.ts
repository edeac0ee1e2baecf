/** Styles of the widget, scoped by its Shadow DOM: the host page cannot break them, nor they the page. */
export const STYLES = `
:host{--accent:#1554b3;--bg:#fff;--fg:#1c2430;--muted:#5b6572;--bubble:#eef2f7;--border:#d8dee6;all:initial;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg)}
@media (prefers-color-scheme:dark){:host{--bg:#161b22;--fg:#e6edf3;--muted:#9aa7b4;--bubble:#232b36;--border:#313b48}}
*{box-sizing:border-box}
[hidden]{display:none!important}
.launcher svg{width:20px;height:20px;vertical-align:-4px;margin-right:8px;fill:currentColor}
button,input,textarea{font:inherit;color:inherit}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;background:var(--accent);color:#fff;font-weight:600;cursor:pointer;box-shadow:0 6px 20px rgba(0,0,0,.25)}
:host([position=left]) .launcher,:host([position=left]) .panel{right:auto;left:20px}
.panel{position:fixed;bottom:84px;right:20px;z-index:2147483000;width:380px;max-width:calc(100vw - 40px);height:600px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.28);overflow:hidden;transition:opacity .18s,transform .18s}
.panel[hidden]{display:none}
header{display:flex;align-items:center;gap:8px;padding:12px 14px;background:var(--accent);color:#fff}
header h2{flex:1;margin:0;font-size:16px}
header button{background:transparent;border:0;color:#fff;cursor:pointer;padding:4px 8px;border-radius:6px}
.log{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px}
.msg{max-width:88%;padding:9px 12px;border-radius:12px;word-wrap:break-word;overflow-wrap:anywhere}
.msg p{margin:0 0 .5em}.msg p:last-child{margin-bottom:0}.msg h3,.msg h4{margin:.6em 0 .3em;font-size:1em}.msg ul,.msg ol{margin:.2em 0 .5em;padding-left:1.3em}
.user{align-self:flex-end;background:var(--accent);color:#fff}
.user a{color:#fff}
.bot{align-self:flex-start;background:var(--bubble)}
.bot a{color:var(--accent)}
@media (prefers-color-scheme:dark){.bot a{color:#8cb8ff}}
.cites{margin-top:6px;font-size:13px;color:var(--muted)}
.cites a{display:block}
.chips{display:flex;flex-wrap:wrap;gap:6px;padding:0 14px 8px}
.chips button{border:1px solid var(--accent);background:var(--bg);color:var(--accent);border-radius:16px;padding:5px 11px;cursor:pointer;font-size:14px}
@media (prefers-color-scheme:dark){.chips button{color:#8cb8ff;border-color:#8cb8ff}}
.typing{font-size:13px;color:var(--muted);padding:0 14px 6px}
.error{margin:0 14px 8px;padding:8px 10px;border-radius:8px;background:#fde7e7;color:#8a1c1c;display:flex;gap:8px;align-items:center}
.error button{margin-left:auto;border:0;background:#8a1c1c;color:#fff;border-radius:6px;padding:4px 10px;cursor:pointer}
form{display:flex;gap:8px;padding:10px 12px;border-top:1px solid var(--border)}
textarea{flex:1;resize:none;border:1px solid var(--border);border-radius:10px;padding:8px 10px;background:var(--bg);min-height:40px;max-height:120px}
form button{border:0;border-radius:10px;padding:0 14px;background:var(--accent);color:#fff;font-weight:600;cursor:pointer}
form button:disabled{opacity:.6;cursor:default}
.tools{display:flex;gap:8px;padding:0 12px 10px;font-size:13px;flex-wrap:wrap}
.tools a,.tools button{color:var(--muted);background:none;border:0;padding:2px 0;cursor:pointer;text-decoration:underline}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.panel{inset:0;width:100vw;max-width:none;height:100%;max-height:none;border-radius:0;bottom:0;right:0}}
@media (prefers-reduced-motion:reduce){.panel{transition:none}*{animation:none!important;scroll-behavior:auto!important}}
`;
