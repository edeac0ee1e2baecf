import type { LeadBody } from "./api";
import { button, h } from "./dom";
import type { Copy } from "./i18n";

type Field = "name" | "email" | "phone" | "consent";
export type LeadValues = Omit<LeadBody, "sessionId">;
type Problems = Partial<Record<Field, string>>;

/** What the form needs of the widget: its words, the centre, and what to do with a request. */
export interface LeadFormDeps {
  ui: () => Copy;
  centre: () => { name: string; hours?: string; privacyUrl: string };
  /** Sends the request; rejects with the field at fault (`consent`, `contact`) or a message to show. */
  submit: (values: LeadValues) => Promise<void>;
  cancel: () => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** The problems of a request, as the API would find them, in the widget's words. */
export function leadProblems(values: LeadValues, ui: Copy): Problems {
  const t = ui.lead;
  const problems: Problems = {};
  if (values.name.trim().length < 2) problems.name = t.needName;
  if (!values.email && !values.phone) problems.email = t.needContact;
  if (values.email && !EMAIL.test(values.email)) problems.email = t.badEmail;
  if (values.phone && (!/^\+?[\d\s().-]+$/.test(values.phone) || values.phone.replace(/\D/g, "").length < 6))
    problems.phone = t.badPhone;
  if (!values.consent) problems.consent = t.needConsent;
  return problems;
}

/**
 * The call-back form of the widget: name, e-mail or phone, when to call, a message, and the
 * explicit consent box with the centre's privacy notice. Checked before sending (the API checks
 * again); each problem is said next to its field and in a summary read out at once. Escape cancels.
 */
export function createLeadForm(deps: LeadFormDeps) {
  const form = h("form", {
    class: "lead",
    novalidate: "",
    "aria-labelledby": "opco-lead-title",
    "data-testid": "lead-form",
  });
  form.hidden = true;
  const title = h("h3", { id: "opco-lead-title", tabindex: "-1" });
  const intro = h("p", { class: "note" });
  const problemsBox = h("div", { class: "problems", role: "alert", "data-testid": "lead-problems", hidden: "" });
  const field = (id: Field | "time" | "message", el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => {
    el.id = `opco-lead-${id}`;
    el.setAttribute("data-testid", `lead-${id}`);
    const label = h("label", { for: el.id });
    const error = h("p", { class: "field-error", id: `${el.id}-error`, hidden: "" });
    return { el, label, error };
  };
  const name = field("name", h("input", { type: "text", autocomplete: "name", maxlength: "100" }));
  const email = field("email", h("input", { type: "email", autocomplete: "email", maxlength: "200" }));
  const phone = field("phone", h("input", { type: "tel", autocomplete: "tel", maxlength: "30" }));
  const either = h("p", { class: "note" });
  const time = field("time", h("select"));
  const message = field("message", h("textarea", { rows: "2", maxlength: "1000" }));
  const consent = field("consent", h("input", { type: "checkbox" }));
  const consentText = h("span");
  const privacy = h("a", { target: "_blank", rel: "noopener noreferrer", "data-testid": "lead-privacy" });
  const send = h("button", { type: "submit", "data-testid": "lead-send" });
  const cancel = button("", () => deps.cancel(), { class: "secondary", "data-testid": "lead-cancel" });
  const consentRow = h("div", { class: "consent" });
  consent.label.append(consentText);
  consentRow.append(consent.el, consent.label);
  const actions = h("div", { class: "actions" });
  actions.append(send, cancel);
  form.append(
    title,
    intro,
    problemsBox,
    name.label,
    name.el,
    name.error,
    email.label,
    email.el,
    email.error,
    phone.label,
    phone.el,
    phone.error,
    either,
    time.label,
    time.el,
    message.label,
    message.el,
    consentRow,
    privacy,
    consent.error,
    actions,
  );
  const fields: Record<Field, typeof name> = { name, email, phone, consent };

  function relabel(): void {
    const t = deps.ui().lead;
    const centre = deps.centre();
    title.textContent = t.title;
    intro.textContent = `${t.intro(centre.name)}${centre.hours ? ` ${t.hours(centre.hours)}` : ""}`;
    name.label.textContent = t.name;
    email.label.textContent = t.email;
    phone.label.textContent = t.phone;
    either.textContent = t.either;
    time.label.textContent = t.when;
    const chosen = (time.el as HTMLSelectElement).value;
    time.el.replaceChildren(...Object.entries(t.times).map(([value, label]) => h("option", { value }, label)));
    (time.el as HTMLSelectElement).value = chosen;
    message.label.textContent = t.message;
    consentText.textContent = t.consent(centre.name);
    privacy.textContent = t.privacy;
    privacy.setAttribute("href", centre.privacyUrl);
    send.textContent = t.send;
    cancel.textContent = t.cancel;
  }

  /** Shows the problems: each by its field (aria-invalid, described by its message) and in the summary. */
  function show(problems: Problems, other?: string): void {
    const t = deps.ui().lead;
    const listed: string[] = [];
    for (const [key, f] of Object.entries(fields) as [Field, typeof name][]) {
      const problem = problems[key];
      f.el.setAttribute("aria-invalid", String(Boolean(problem)));
      f.error.hidden = !problem;
      f.error.textContent = problem ?? "";
      if (problem) {
        f.el.setAttribute("aria-describedby", f.error.id);
        listed.push(problem);
      } else f.el.removeAttribute("aria-describedby");
    }
    if (other) listed.push(other);
    problemsBox.hidden = listed.length === 0;
    problemsBox.replaceChildren(h("p", {}, t.problems), ...listed.map((p) => h("p", {}, `• ${p}`)));
    const first = (Object.keys(fields) as Field[]).find((key) => problems[key]);
    if (first) fields[first].el.focus();
  }

  const values = (): LeadValues => {
    const text = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => el.value.trim();
    return {
      name: text(name.el),
      ...(text(email.el) ? { email: text(email.el) } : {}),
      ...(text(phone.el) ? { phone: text(phone.el) } : {}),
      ...(text(time.el) ? { preferredTime: text(time.el) } : {}),
      ...(text(message.el) ? { message: text(message.el) } : {}),
      consent: (consent.el as HTMLInputElement).checked,
    };
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (send.disabled) return;
    const request = values();
    const problems = leadProblems(request, deps.ui());
    if (Object.keys(problems).length) {
      show(problems);
      return;
    }
    send.disabled = true;
    send.textContent = deps.ui().lead.sending;
    deps
      .submit(request)
      .catch((error: { field?: "consent" | "contact"; message?: string }) => {
        const t = deps.ui().lead;
        if (error.field === "consent") show({ consent: t.needConsent });
        else if (error.field === "contact") show({ email: t.needContact });
        else show({}, error.message);
      })
      .finally(() => {
        send.disabled = false;
        send.textContent = deps.ui().lead.send;
      });
  });
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    deps.cancel();
  });

  return {
    el: form,
    relabel,
    /** Shows an empty form, the focus in its first field. */
    open(): void {
      form.reset();
      show({});
      relabel();
      form.hidden = false;
      name.el.focus();
    },
    close(): void {
      form.hidden = true;
    },
    /** The centre's name, as the form names it. */
    centreName: () => deps.centre().name,
  };
}
