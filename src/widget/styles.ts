/** Styles of the widget, scoped by its Shadow DOM: the host page cannot break them, nor they the page. */
export const STYLES = `
:host{--accent:#1554b3;--bg:#fff;--fg:#1c2430;--muted:#5b6572;--bubble:#eef2f7;--border:#d8dee6;--link:var(--accent);all:initial;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg)}
@media (prefers-color-scheme:dark){:host{--bg:#161b22;--fg:#e6edf3;--muted:#9aa7b4;--bubble:#232b36;--border:#313b48;--link:#8cb8ff}}
*{box-sizing:border-box}
[hidden]{display:none!important}
.launcher svg{width:20px;height:20px;vertical-align:-4px;margin-right:8px;fill:currentColor}
button,input,textarea{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;background:var(--accent);color:#fff;font-weight:600;box-shadow:0 6px 20px rgba(0,0,0,.25)}
:host([position=left]) .launcher,:host([position=left]) .panel{right:auto;left:20px}
.panel{position:fixed;bottom:84px;right:20px;z-index:2147483000;width:380px;max-width:calc(100vw - 40px);height:600px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.28);overflow:hidden;transition:opacity .18s,transform .18s}
.head{position:relative;display:flex;align-items:center;gap:4px;padding:10px 10px 10px 14px;background:var(--accent);color:#fff}
.head h2{flex:1;margin:0;font-size:16px}
.head button{background:transparent;border:0;color:#fff;padding:4px 9px;border-radius:6px;font-size:17px;line-height:1}
.menu{position:absolute;right:10px;top:calc(100% - 4px);z-index:1;min-width:230px;display:flex;flex-direction:column;background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:10px;box-shadow:0 8px 24px rgba(0,0,0,.2);padding:4px}
.menu button{color:var(--fg);font-size:14px;text-align:left;padding:8px 10px}
.menu button:hover,.menu button:focus-visible{background:var(--bubble)}
.log{position:relative;flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px}
.msg{max-width:88%;padding:9px 12px;border-radius:12px;overflow-wrap:anywhere}.msg.wide{max-width:100%}
.msg p{margin:0 0 .5em}.msg p:last-child{margin-bottom:0}.msg h3,.msg h4{margin:.6em 0 .3em;font-size:1em}.msg ul,.msg ol{margin:.2em 0 .5em;padding-left:1.3em}
.user{align-self:flex-end;background:var(--accent);color:#fff}
.user a{color:#fff}
.failed{opacity:.85;border:2px dashed #b42318}
.why{margin-top:6px;font-size:13px}
.why button,.error button{margin-left:6px;border:0;background:#b42318;color:#fff;border-radius:6px;padding:3px 10px}
.bot{align-self:flex-start;background:var(--bubble)}
.bot a{color:var(--link)}
.cites{margin-top:6px;font-size:13px;color:var(--muted)}
.cites a{display:block}
.plan{margin:6px 0 2px;padding:10px 12px;border-radius:10px;background:var(--bg);border:1px solid var(--border)}
.plan h3{margin:0 0 .4em;font-size:1.05em}
.plan h4{margin:.7em 0 .2em;font-size:.8em;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.plan ul,.plan ol{margin:0;padding-left:1.2em}.plan ul{list-style:none;padding-left:0}
.plan li{margin:.15em 0}.plan small,.note{color:var(--muted)}.note{font-size:13px}
.funder .label{display:block;font-size:.8em;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.badge{display:inline-block;margin:0 4px;padding:0 7px;border-radius:9px;font-size:12px;background:var(--bubble)}
.badge.yes{background:#d9f2e3;color:#14532d}.badge.maybe{background:#fff1c7;color:#5c4300}
.plan-actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
.plan-actions a,.plan-actions button{border:1px solid var(--accent);border-radius:8px;padding:5px 10px;font-size:14px;text-decoration:none;background:var(--bg);color:var(--link)}
.plan-actions a.primary{background:var(--accent);color:#fff}
.plan-link{margin-top:6px}
.chips{display:flex;flex-wrap:wrap;gap:6px;padding:0 14px 8px}
.chips button{border:1px solid var(--accent);background:var(--bg);color:var(--link);border-radius:16px;padding:5px 11px;font-size:14px}
.typing{font-size:13px;color:var(--muted);padding:0 14px 6px}
.error,.confirm{margin:0 14px 8px;padding:8px 10px;border-radius:8px;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.error{background:#fde7e7;color:#8a1c1c}
.confirm{background:var(--bubble)}.confirm p{flex-basis:100%;margin:0}
.confirm button{border:1px solid var(--border);background:var(--bg);border-radius:6px;padding:4px 10px}
.confirm .danger{background:#b42318;border-color:#b42318;color:#fff}
form{display:flex;gap:8px;padding:10px 12px;border-top:1px solid var(--border)}
textarea{flex:1;resize:none;border:1px solid var(--border);border-radius:10px;padding:8px 10px;background:var(--bg);min-height:40px;max-height:160px;overflow-y:auto}
textarea[aria-invalid=true]{border-color:#b42318}
form button{border:0;border-radius:10px;padding:0 14px;background:var(--accent);color:#fff;font-weight:600}
form button:disabled{opacity:.6;cursor:default}
.count{padding:0 14px 6px;font-size:12px;color:var(--muted);text-align:right}.count.over{color:#b42318;font-weight:600}
.head .logo{width:28px;height:28px;border-radius:6px;object-fit:contain;background:#fff}
.leading .log,.leading .chips,.leading .typing,.leading .composer,.leading .confirm{display:none!important}
form.lead{display:block;flex:1;overflow-y:auto;padding:14px;border:0}
.lead h3{margin:0 0 6px;font-size:16px}.lead label{display:block;margin:10px 0 3px;font-weight:600;font-size:14px}
.lead input[type=text],.lead input[type=email],.lead input[type=tel],.lead select,.lead textarea{width:100%;font:inherit;border:1px solid var(--border);border-radius:8px;padding:7px 9px;background:var(--bg);color:var(--fg)}
.lead textarea{resize:vertical;min-height:52px;max-height:none}.lead [aria-invalid=true]{border:2px solid #b42318}
.lead input[type=checkbox][aria-invalid=true]{outline:2px solid #b42318;outline-offset:2px}
.lead .consent{display:flex;gap:8px;align-items:flex-start;margin-top:12px}.lead .consent input{width:18px;height:18px;margin-top:2px;flex:none}
.lead .consent label{margin:0;font-weight:400;font-size:13px}.lead>a{display:inline-block;margin:4px 0 0 26px;font-size:13px;color:var(--link)}
.field-error{margin:3px 0 0;font-size:13px;color:#b42318}
.problems{margin:6px 0;padding:6px 10px;border-radius:8px;background:#fde7e7;color:#8a1c1c;font-size:13px}.problems p{margin:2px 0}
.lead .actions{display:flex;gap:8px;margin-top:14px}
.lead .actions button{border:0;border-radius:10px;padding:8px 14px;background:var(--accent);color:#fff;font-weight:600}
.lead .actions button.secondary{background:var(--bg);color:var(--fg);border:1px solid var(--border)}
.plan-actions .callback{border:1px solid var(--accent);border-radius:8px;padding:5px 10px;font-size:14px;background:var(--accent);color:#fff}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.panel{inset:0;width:100vw;max-width:none;height:100%;max-height:none;border-radius:0;bottom:0;right:0}.chips{flex-wrap:nowrap;overflow-x:auto;padding-bottom:6px}.chips button{flex:none}}
@media (prefers-reduced-motion:reduce){.panel{transition:none}*{animation:none!important;scroll-behavior:auto!important}}
`;

/**
 * Gives the shadow root its styles as a constructed stylesheet, which a page's strict
 * Content-Security-Policy (no 'unsafe-inline' styles) allows; a <style> element only where
 * constructed stylesheets are missing (older browsers).
 */
export function adoptStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement("style");
    style.textContent = STYLES;
    root.append(style);
  }
}
