import {
  ApiError,
  type CentreInfo,
  type Citation,
  getCentre,
  type PlanCard,
  sendLead,
  sendMessage,
  summaryUrl,
  type WidgetReply,
} from "./api";
import { createComposer } from "./composer";
import { button, h, link } from "./dom";
import { classify, explain } from "./errors";
import { UI, type WidgetLang } from "./i18n";
import { createLeadForm, type LeadValues } from "./lead-form";
import { renderMarkdown } from "./markdown";
import { createMenu } from "./menu";
import { planCardElement } from "./plan";
import { adoptStyles } from "./styles";

interface Message {
  role: "user" | "bot";
  text: string;
  citations?: Citation[];
  /** The plan's card, shown with this reply. */
  plan?: PlanCard;
  /** The plan shown earlier changed: this reply links to it instead. */
  planLink?: boolean;
  /** A message of the user that did not go through: it stays, with why and a retry. */
  failed?: string;
  /** The centre offers to call back: the reply has a button to the form. */
  offer?: boolean;
}

interface Stored {
  sessionId?: string;
  lang: WidgetLang;
  messages: Message[];
  quickReplies: WidgetReply["reply"]["quickReplies"];
  /** A plan exists: the downloads are offered. */
  hasPlan?: boolean;
}

/** The dialogue's restart command (`recommencer` / `restart`, as its quick reply sends it). */
const RESTART = /^(recommencer|restart)$/i;

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
 * origin of widget.js), `accent-color`, `title` (in the page's language), `position`
 * (right|left), `open` (open on load). The conversation is kept in localStorage, so a reload
 * reopens it at its last message.
 */
export class OpcoAssistant extends HTMLElement {
  static observedAttributes = ["accent-color", "title", "lang"];
  static defaultBase = "";

  // Declared first: the parts built below read the conversation's language.
  private state: Stored = { lang: "fr", messages: [], quickReplies: [] };
  private pageLang: WidgetLang = "fr";
  /** The centre of `GET /api/centre` (its name, logo, colour, hours, privacy notice), once loaded. */
  private centre: CentreInfo | null = null;
  private busy = false;
  private root = this.attachShadow({ mode: "open" });
  private launcher = h("button", {
    class: "launcher",
    type: "button",
    "data-testid": "chat-launcher",
    "aria-expanded": "false",
  });
  private panel = h("section", { class: "panel", role: "dialog", "aria-modal": "false", hidden: "" });
  private heading = h("h2", { id: "opco-title" });
  private logo = h("img", { class: "logo", alt: "", hidden: "" });
  private log = h("div", { class: "log", role: "log", "aria-live": "polite", tabindex: "0" });
  private chips = h("div", { class: "chips" });
  private typing = h("div", { class: "typing", role: "status", hidden: "" });
  private errorBox = h("div", { class: "error", role: "alert", hidden: "" });
  private confirmBox = h("div", { class: "confirm", role: "alertdialog", hidden: "" });
  private closeButton = h("button", { type: "button", class: "close" }, "✕");
  private composer = createComposer(
    () => this.ui,
    (text) => void this.send(text),
  );
  private leadForm = createLeadForm({
    ui: () => this.ui,
    centre: () => ({
      name: this.centre?.name ?? this.heading.textContent ?? "",
      ...(this.centre?.hours ? { hours: this.centre.hours } : {}),
      privacyUrl: this.centre?.privacyUrl ?? `${this.base || location.origin}/privacy?lang=${this.state.lang}`,
    }),
    submit: (values) => this.submitLead(values),
    cancel: () => this.closeLeadForm(),
  });
  private menu = createMenu(
    () => this.ui.menu,
    [
      {
        label: () => this.ui.callback,
        run: () => this.openLeadForm(),
        testId: "chat-callback-menu",
        when: () => Boolean(this.state.sessionId),
      },
      { label: () => this.ui.restart, run: () => this.askRestart(), testId: "chat-restart" },
      {
        label: () => this.ui.downloadHtml,
        run: () => void this.download("html"),
        testId: "chat-summary-download",
        when: () => Boolean(this.state.hasPlan),
      },
      {
        label: () => this.ui.downloadMd,
        run: () => void this.download("md"),
        testId: "chat-summary-download-md",
        when: () => Boolean(this.state.hasPlan),
      },
    ],
  );

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
    const requested = (this.getAttribute("lang") || document.documentElement.lang || "fr").slice(0, 2);
    this.pageLang = this.state.lang = requested === "en" ? "en" : "fr";
    this.restore();
    this.build();
    this.applyAttributes();
    this.renderAll();
    if (this.hasAttribute("open")) this.openPanel(false);
    void this.loadCentre();
  }

  /** The centre's logo, colour, hours and privacy notice; the widget works without them. */
  private async loadCentre(): Promise<void> {
    try {
      this.centre = await getCentre(this.base, this.state.lang);
      this.applyAttributes();
    } catch {
      // unreachable or refused: the chat says so when it is used
    }
  }

  attributeChangedCallback(): void {
    if (this.root.childElementCount) this.applyAttributes();
  }

  private build(): void {
    adoptStyles(this.root);
    this.panel.setAttribute("aria-labelledby", "opco-title");
    this.closeButton.addEventListener("click", () => this.closePanel());
    // Not a <header>: inside the host page, the widget must not add a second banner landmark.
    const head = h("div", { class: "head" });
    head.append(this.logo, this.heading, this.menu.toggle, this.closeButton, this.menu.list);
    this.panel.append(
      head,
      this.log,
      this.confirmBox,
      this.leadForm.el,
      this.typing,
      this.errorBox,
      this.chips,
      this.composer.el,
    );
    this.panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.closePanel();
    });
    this.root.addEventListener("click", (event) => this.menu.outside(event));
    this.launcher.addEventListener("click", () => (this.panel.hidden ? this.openPanel(true) : this.closePanel()));
    this.root.append(this.launcher, this.panel);
  }

  private applyAttributes(): void {
    // The page's colour first, else the centre's.
    const accent = this.getAttribute("accent-color") ?? this.centre?.accentColor;
    if (accent && /^(#[0-9a-f]{3,8}|rgb\([\d\s,.%]+\)|[a-z]+)$/i.test(accent))
      this.style.setProperty("--accent", accent);
    const logo = this.centre?.logoUrl;
    if (logo && /^https:\/\//.test(logo) && this.logo.getAttribute("src") !== logo) this.logo.setAttribute("src", logo);
    this.logo.hidden = !logo;
    const ui = this.ui;
    // The page's title is in the page's language: after a switch to the other one, the widget's own title.
    const title = (this.state.lang === this.pageLang && this.getAttribute("title")) || ui.title;
    this.heading.textContent = title;
    this.launcher.replaceChildren(chatIcon(), document.createTextNode(title));
    // The visible title is the launcher's accessible name; what it does goes in its description.
    this.launcher.title = ui.open;
    this.closeButton.setAttribute("aria-label", ui.close);
    this.log.setAttribute("aria-label", ui.conversation);
    this.typing.textContent = ui.typing;
    this.composer.relabel();
    this.menu.relabel();
    this.leadForm.relabel();
  }

  private openPanel(focus: boolean): void {
    this.panel.hidden = false;
    this.launcher.setAttribute("aria-expanded", "true");
    this.showLast();
    if (focus) this.composer.input.focus();
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

  /** The bubble of one message: its text, the plan's card or link, its sources, and why it failed. */
  private bubble(message: Message): HTMLElement {
    const { role, text, citations = [], plan, planLink, failed } = message;
    const ui = this.ui;
    const el = h("div", {
      class: `msg ${role}${failed ? " failed" : ""}${plan ? " wide" : ""}`,
      "data-testid": role === "user" ? "chat-message-user" : "chat-message-bot",
    });
    el.append(h("span", { class: "sr" }, `${role === "user" ? ui.you : ui.bot}${ui.sep}`));
    if (text) el.append(renderMarkdown(document, text));
    const url = this.state.sessionId ? summaryUrl(this.base, this.state.sessionId, "html") : "";
    if (plan && url) el.append(planCardElement(plan, ui, { url, download: () => void this.download("html") }));
    if (planLink && url) {
      const p = h("p", { class: "plan-link" });
      p.append(link(ui.updatedPlan, url, { "data-testid": "chat-plan-link" }));
      el.append(p);
    }
    if (citations.length) {
      const cites = h("div", { class: "cites" });
      cites.append(h("span", {}, ui.sources));
      for (const c of citations)
        cites.append(c.url && /^https:\/\//.test(c.url) ? link(c.title, c.url) : h("span", {}, c.title));
      el.append(cites);
    }
    if (message.offer) {
      const p = h("p", { class: "plan-actions" });
      p.append(button(ui.callback, () => this.openLeadForm(), { class: "callback", "data-testid": "chat-callback" }));
      el.append(p);
    }
    if (failed) {
      const why = h("div", { class: "why", role: "alert" }, `${ui.notSent} ${failed} `);
      why.append(button(ui.retry, () => void this.retry(message), { "data-testid": "chat-retry" }));
      el.append(why);
    }
    return el;
  }

  private renderAll(): void {
    this.log.replaceChildren(...this.state.messages.map((m) => this.bubble(m)));
    this.renderChips();
    this.showLast();
  }

  private renderChips(): void {
    this.chips.replaceChildren(
      ...this.state.quickReplies.map((q) =>
        // The dialogue's "start over" wipes the conversation: it asks first, like the menu's.
        button(q.label, () => (RESTART.test(q.value) ? this.askRestart() : void this.send(q.value)), {
          "data-testid": "chat-quick-reply",
        }),
      ),
    );
  }

  /**
   * Scrolls to `el`: a reply taller than the log is shown from its top (its first lines, not its
   * sources), a short one at the bottom of the log.
   */
  private reveal(el: Element | null | undefined): void {
    if (!(el instanceof HTMLElement) || this.panel.hidden) return;
    const tall = el.offsetHeight > this.log.clientHeight - 24;
    this.log.scrollTop = tall ? el.offsetTop - 8 : this.log.scrollHeight;
  }

  /** Reopened, the log shows the last message, where the quick replies belong. */
  private showLast(): void {
    this.reveal(this.log.lastElementChild);
  }

  private showError(message: string, retry: () => void): void {
    this.errorBox.replaceChildren(
      h("span", {}, message),
      button(this.ui.retry, () => {
        this.errorBox.hidden = true;
        retry();
      }),
    );
    this.errorBox.hidden = false;
  }

  private async retry(message: Message): Promise<void> {
    const at = this.state.messages.indexOf(message);
    if (at >= 0) this.state.messages.splice(at, 1);
    this.log.children[at]?.remove();
    await this.send(message.text);
  }

  /** Sends a message (typed, or a quick reply), streams the reply in, and keeps the conversation. */
  async send(raw: string, { hidden = false } = {}): Promise<void> {
    const message = raw.trim();
    if (!message || this.busy) return;
    this.busy = true;
    this.errorBox.hidden = true;
    this.composer.setBusy(true);
    if (!hidden) this.composer.clear();
    this.chips.replaceChildren();
    const mine: Message = { role: "user", text: message };
    let mineEl: HTMLElement | undefined;
    if (!hidden) {
      this.state.messages.push(mine);
      mineEl = this.bubble(mine);
      this.log.append(mineEl);
      this.showLast();
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
          this.reveal(live);
        },
      );
      live.remove();
      this.state.sessionId = response.sessionId;
      if (response.lang !== this.state.lang) {
        this.state.lang = response.lang;
        this.applyAttributes();
      }
      const display = response.display;
      const reply: Message = {
        role: "bot",
        text: display?.text ?? response.reply.text,
        citations: response.reply.citations,
        ...(display?.plan && !display.planUpdated ? { plan: display.plan } : {}),
        ...(display?.plan && display.planUpdated ? { planLink: true } : {}),
        ...(response.offerCallback ? { offer: true } : {}),
      };
      if (response.summary) this.state.hasPlan = true;
      this.state.messages.push(reply);
      this.state.quickReplies = response.reply.quickReplies;
      const el = this.bubble(reply);
      this.log.append(el);
      this.reveal(el);
      this.renderChips();
      // "Talk to someone": the form opens at once.
      if (response.offerCallback === "requested") this.openLeadForm();
    } catch (error) {
      live.remove();
      const why = explain(await classify(error, this.base), this.ui, (error as { retryAfter?: number }).retryAfter);
      if (hidden) this.showError(why, () => void this.send(message, { hidden }));
      else {
        mine.failed = why;
        mineEl?.replaceWith(this.bubble(mine));
        this.showLast();
      }
      this.renderChips();
    } finally {
      this.persist();
      this.typing.hidden = true;
      this.busy = false;
      this.composer.setBusy(false);
      if (!this.panel.hidden && !this.panel.classList.contains("leading")) this.composer.input.focus();
    }
  }

  /** The call-back form, in place of the conversation until it is sent or cancelled. */
  private openLeadForm(): void {
    if (!this.state.sessionId) return;
    this.menu.close(false);
    this.panel.classList.add("leading");
    this.leadForm.open();
  }

  private closeLeadForm(): void {
    this.leadForm.close();
    this.panel.classList.remove("leading");
    this.showLast();
    this.composer.input.focus();
  }

  /** Sends the call-back request; once the centre has it, the form closes and the conversation says so. */
  private async submitLead(values: LeadValues): Promise<void> {
    const sessionId = this.state.sessionId;
    if (!sessionId) return;
    try {
      await sendLead(this.base, { sessionId, ...values });
    } catch (error) {
      if (error instanceof ApiError && error.code === "consent_required") throw { field: "consent" };
      if (error instanceof ApiError && error.code === "contact_required") throw { field: "contact" };
      throw { message: explain(await classify(error, this.base), this.ui) };
    }
    const thanks: Message = { role: "bot", text: this.ui.lead.sent(this.leadForm.centreName()) };
    this.state.messages.push(thanks);
    this.persist();
    this.log.append(this.bubble(thanks));
    this.closeLeadForm();
  }

  /** "Start over" asks first: the conversation is wiped only once confirmed. */
  private askRestart(): void {
    const ui = this.ui;
    const cancel = button(ui.cancel, () => this.closeConfirm(), { "data-testid": "chat-restart-cancel" });
    this.confirmBox.replaceChildren(
      h("p", { id: "opco-confirm" }, ui.confirmRestart),
      button(
        ui.confirm,
        () => {
          this.closeConfirm();
          void this.restart();
        },
        { class: "danger", "data-testid": "chat-restart-confirm" },
      ),
      cancel,
    );
    this.confirmBox.setAttribute("aria-labelledby", "opco-confirm");
    this.confirmBox.onkeydown = (event) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      this.closeConfirm();
    };
    this.confirmBox.hidden = false;
    cancel.focus();
  }

  private closeConfirm(): void {
    this.confirmBox.hidden = true;
    this.composer.input.focus();
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
      if (!res.ok) throw new ApiError(`HTTP ${res.status}`, res.status);
      const url = URL.createObjectURL(await res.blob());
      const a = h("a", { href: url, download: `plan-formation.${format}` });
      this.root.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.showError(explain(await classify(error, this.base), this.ui), () => void this.download(format));
    }
  }
}
