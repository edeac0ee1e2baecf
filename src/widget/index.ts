import { OpcoAssistant } from "./element";

// The API lives where widget.js was loaded from, unless the page sets `api-base`.
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) OpcoAssistant.defaultBase = new URL(script.src).origin;
if (!customElements.get("opco-assistant")) customElements.define("opco-assistant", OpcoAssistant);
