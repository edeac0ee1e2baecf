import { ApiError, sendMessage, summaryUrl, type WidgetReply } from "./api";
import { UI, type WidgetLang } from "./i18n";
import { renderMarkdown } from "./markdown";
import { STYLES } from "./styles";

interface Stored {
  sessionId?: string;
  lang: WidgetLang;
  messages: { role: "user" | "bot"; text: string; citations?: WidgetReply["reply"]["citations"] }[];
  quickReplies: WidgetReply["reply"]["quickReplies"];
}

const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
};

/** A speech-bubble icon, drawn so it shows without any emoji font. */
function chatIcon(): SVGSVGElement {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
  svg.append(path);
  return svg;
}

/**
 * `<opco-assistant>`: the chat widget. Attributes: `lang` (fr|en), `api-base` (defaults to the
 * origin of widget.js), `accent-color`, `title`, `position` (right|left), `open` (open on load).
 * The conversation is kept in localStorage, so a reload keeps it.
 */
export class OpcoAssistant extends HTMLElement {
  static observedAttributes = ["accent-color", "title", "lang"];
  static defaultBase = "";

  private root = this.attachShadow({ mode: "open" });
  private launcher = h("button", {
    class: "launcher",
    type: "button",
    "data-testid": "chat-launcher",
    "aria-expanded": "false",
  });
  private panel = h("section", { class: "panel", role: "dialog", "aria-modal": "false", hidden: "" });
  private heading = h("h2", { id: "opco-title" });
  private log = h("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions" });
  private chips = h("div", { class: "chips" });
  private typing = h("div", { class: "typing", role: "status", hidden: "" });
  private errorBox = h("div", { class: "error", role: "alert", hidden: "" });
  private input = h("textarea", { rows: "1", "data-testid": "chat-input" });
  private sendButton = h("button", { type: "submit", "data-testid": "chat-send" });
  private closeButton = h("button", { type: "button" }, "✕");
  private restartButton = h("button", { type: "button" });
  private downloadHtml = h("button", { type: "button", "data-testid": "chat-summary-download" });
  private downloadMd = h("button", { type: "button" });
  private state: Stored = { lang: "fr", messages: [], quickReplies: [] };
  private busy = false;

  private get base(): string {
    return (this.getAttribute("api-base") ?? OpcoAssistant.defaultBase).replace(/\/$/, "");
  }
  private get storageKey(): string {
    return `opco-assistant:v1:${this.base || location.origin}`;
  }
  private get ui() {
    return UI[this.state.lang];
  }

  connectedCallback(): void {
    if (this.root.childElementCount) return;
    const requested = (this.getAttribute("lang") ?? document.documentElement.lang ?? "fr").slice(0, 2);
    this.state.lang = requested === "en" ? "en" : "fr";
    this.restore();
    this.build();
    this.applyAttributes();
    this.renderAll();
    if (this.hasAttribute("open")) this.openPanel(false);
  }

  attributeChangedCallback(): void {
    if (this.root.childElementCount) this.applyAttributes();
  }

  private build(): void {
    const style = h("style");
    style.textContent = STYLES;
    this.panel.setAttribute("aria-labelledby", "opco-title");
    this.closeButton.addEventListener("click", () => this.closePanel());
    const header = h("header");
    header.append(this.heading, this.closeButton);
    const form = h("form");
    const label = h("label", { class: "sr", for: "opco-input" });
    this.input.id = "opco-input";
    form.append(label, this.input, this.sendButton);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.send(this.input.value);
    });
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        void this.send(this.input.value);
      }
    });
    const tools = h("div", { class: "tools" });
    tools.append(this.restartButton, this.downloadHtml, this.downloadMd);
    this.restartButton.addEventListener("click", () => void this.restart());
    this.downloadHtml.addEventListener("click", () => void this.download("html"));
    this.downloadMd.addEventListener("click", () => void this.download("md"));
    this.panel.append(header, this.log, this.typing, this.errorBox, this.chips, form, tools);
    this.panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.closePanel();
    });
    this.launcher.addEventListener("click", () => (this.panel.hidden ? this.openPanel(true) : this.closePanel()));
    this.root.append(style, this.launcher, this.panel);
  }

  private applyAttributes(): void {
    const accent = this.getAttribute("accent-color");
    if (accent && /^(#[0-9a-f]{3,8}|rgb\([\d\s,.%]+\)|[a-z]+)$/i.test(accent))
      this.style.setProperty("--accent", accent);
    const ui = this.ui;
    const title = this.getAttribute("title") || ui.title;
    this.heading.textContent = title;
    this.launcher.replaceChildren(chatIcon(), document.createTextNode(title));
    // The visible title is the launcher's accessible name; what it does goes in its description.
    this.launcher.title = ui.open;
    this.closeButton.setAttribute("aria-label", ui.close);
    this.input.placeholder = ui.placeholder;
    this.root.querySelector("label.sr")!.textContent = ui.placeholder;
    this.sendButton.textContent = ui.send;
    this.restartButton.textContent = ui.restart;
    this.downloadHtml.textContent = `${ui.download} — ${ui.downloadHtml}`;
    this.downloadMd.textContent = ui.downloadMd;
    this.typing.textContent = ui.typing;
  }

  private openPanel(focus: boolean): void {
    this.panel.hidden = false;
    this.launcher.setAttribute("aria-expanded", "true");
    if (focus) this.input.focus();
    if (!this.state.messages.length && !this.busy) void this.send(this.ui.first, { hidden: true });
  }

  private closePanel(): void {
    this.panel.hidden = true;
    this.launcher.setAttribute("aria-expanded", "false");
    this.launcher.focus();
  }

  private restore(): void {
    try {
      const saved = JSON.parse(localStorage.getItem(this.storageKey) ?? "null") as Stored | null;
      if (saved && Array.isArray(saved.messages)) this.state = { ...this.state, ...saved };
    } catch {
      // unreadable storage: start afresh
    }
  }

  private persist(): void {
    try {
      localStorage.setItem(
        this.storageKey,
        JSON.stringify({ ...this.state, messages: this.state.messages.slice(-100) }),
      );
    } catch {
      // storage full or disabled: the conversation still works, it just will not survive a reload
    }
  }

  private bubble(role: "user" | "bot", text: string, citations: WidgetReply["reply"]["citations"] = []): HTMLElement {
    const el = h("div", {
      class: `msg ${role}`,
      "data-testid": role === "user" ? "chat-message-user" : "chat-message-bot",
    });
    const who = h("span", { class: "sr" }, `${role === "user" ? this.ui.you : this.ui.bot} : `);
    el.append(who, renderMarkdown(document, text));
    if (citations.length) {
      const cites = h("div", { class: "cites" });
      cites.append(h("span", {}, `${this.ui.sources} :`));
      for (const c of citations) {
        if (c.url && /^https:\/\//.test(c.url)) {
          const a = h("a", { href: c.url, target: "_blank", rel: "noopener noreferrer" }, c.title);
          cites.append(a);
        } else cites.append(h("span", {}, c.title));
      }
      el.append(cites);
    }
    return el;
  }

  private renderAll(): void {
    this.log.replaceChildren(...this.state.messages.map((m) => this.bubble(m.role, m.text, m.citations)));
    this.renderChips();
    this.log.scrollTop = this.log.scrollHeight;
  }

  private renderChips(): void {
    this.chips.replaceChildren(
      ...this.state.quickReplies.map((q) => {
        const b = h("button", { type: "button", "data-testid": "chat-quick-reply" }, q.label);
        b.addEventListener("click", () => void this.send(q.value));
        return b;
      }),
    );
  }

  private showError(message: string, retry: () => void): void {
    this.errorBox.replaceChildren(h("span", {}, `${this.ui.error} ${message}`));
    const button = h("button", { type: "button" }, this.ui.retry);
    button.addEventListener("click", () => {
      this.errorBox.hidden = true;
      retry();
    });
    this.errorBox.append(button);
    this.errorBox.hidden = false;
  }

  /** Sends a message (typed, or a quick reply), streams the reply in, and keeps the conversation. */
  async send(raw: string, { hidden = false } = {}): Promise<void> {
    const message = raw.trim().slice(0, 2000);
    if (!message || this.busy) return;
    this.busy = true;
    this.errorBox.hidden = true;
    this.sendButton.disabled = true;
    this.input.value = "";
    this.chips.replaceChildren();
    if (!hidden) {
      this.state.messages.push({ role: "user", text: message });
      this.log.append(this.bubble("user", message));
    }
    this.typing.hidden = false;
    const live = h("div", { class: "msg bot", "aria-busy": "true" });
    let streamed = "";
    try {
      const response = await sendMessage(
        this.base,
        {
          message,
          sessionId: this.state.sessionId,
          lang: this.state.messages.length <= 1 ? this.state.lang : undefined,
        },
        (delta) => {
          if (!live.isConnected) this.log.append(live);
          streamed += delta;
          live.textContent = streamed;
          this.log.scrollTop = this.log.scrollHeight;
        },
      );
      live.remove();
      this.state.sessionId = response.sessionId;
      if (response.lang !== this.state.lang) {
        this.state.lang = response.lang;
        this.applyAttributes();
      }
      this.state.messages.push({ role: "bot", text: response.reply.text, citations: response.reply.citations });
      this.state.quickReplies = response.reply.quickReplies;
      this.log.append(this.bubble("bot", response.reply.text, response.reply.citations));
      this.renderChips();
      this.persist();
    } catch (error) {
      live.remove();
      if (!hidden) this.state.messages.pop();
      if (!hidden) this.log.lastElementChild?.remove();
      this.showError(
        error instanceof ApiError || error instanceof Error ? error.message : "",
        () => void this.send(message, { hidden }),
      );
      this.renderChips();
    } finally {
      this.typing.hidden = true;
      this.busy = false;
      this.sendButton.disabled = false;
      this.log.scrollTop = this.log.scrollHeight;
      if (!this.panel.hidden) this.input.focus();
    }
  }

  private async restart(): Promise<void> {
    const lang = this.state.lang;
    this.state = { lang, messages: [], quickReplies: [] };
    this.persist();
    this.renderAll();
    await this.send(this.ui.first, { hidden: true });
  }

  private async download(format: "html" | "md"): Promise<void> {
    const id = this.state.sessionId;
    if (!id) return;
    try {
      const res = await fetch(summaryUrl(this.base, id, format));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      const a = h("a", { href: url, download: `plan-formation.${format}` });
      this.root.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.showError(error instanceof Error ? error.message : "", () => void this.download(format));
    }
  }
}
