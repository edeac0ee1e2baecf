import { Hono } from "hono";
import type { z } from "zod";
import type { Centre } from "../../core/centre";
import { SessionIdSchema } from "../../core/chat";
import type { Lang } from "../../core/lang";
import { CONSENT_REQUIRED, CONTACT_REQUIRED, LeadRequestSchema, PREFERRED_TIMES } from "../../core/lead";
import { htmlPage } from "../../http/page";
import { FORM_PAGE_POLICY } from "../../http/security-headers";
import type { AppEnv } from "../../http/types";
import { PREFERRED_TIME_LABELS } from "../../leads/copy";
import { escapeHtml as e } from "../../summary/html";
import { CONTACT_COPY, FIELD_ERRORS } from "./contact-copy";
import { type LeadRouteDeps, submitLead } from "./leads";

/** The page's styles, served as a file: no inline style or script, for a strict Content-Security-Policy. */
export const CONTACT_CSS = `body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2430;background:#f6f7f9}
main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
h1{font-size:1.5rem;margin-top:0}label{display:block;font-weight:600;margin:1rem 0 .3rem}
input[type=text],input[type=email],input[type=tel],select,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem .6rem;border:1px solid #8a94a3;border-radius:8px}
textarea{min-height:5rem}[aria-invalid=true]{border-color:#b42318;border-width:2px}
.hint{color:#4a5361;font-size:.9rem;margin:.2rem 0}.consent{display:flex;gap:.6rem;align-items:flex-start;margin-top:1.2rem;font-weight:400}
.consent input{margin-top:.3rem;width:1.2rem;height:1.2rem;flex:none}
button{margin-top:1.2rem;font:inherit;font-weight:600;padding:.6rem 1.1rem;border:0;border-radius:8px;background:#1554b3;color:#fff;cursor:pointer}
:focus-visible{outline:3px solid #1554b3;outline-offset:2px}a{color:#1554b3}
.problems{border:2px solid #b42318;border-radius:8px;padding:.6rem 1rem;background:#fdf0ef}.problems p{margin:.2rem 0;font-weight:600}
@media (prefers-color-scheme:dark){body{background:#0f1318;color:#e6edf3}main{background:#161b22}.hint{color:#a9b4c0}a{color:#8cb8ff}
input[type=text],input[type=email],input[type=tel],select,textarea{background:#0f1318;color:#e6edf3}.problems{background:#3a1714}}
`;

type Field = "name" | "email" | "phone" | "consent";
type Values = Partial<Record<"sessionId" | "sig" | "name" | "email" | "phone" | "preferredTime" | "message", string>>;

/** The fields a refused request names, each with what to do, in the visitor's language. */
export function fieldProblems(error: z.ZodError, lang: Lang): Partial<Record<Field | "form", string>> {
  const words = FIELD_ERRORS[lang];
  const out: Partial<Record<Field | "form", string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (issue.message === CONTACT_REQUIRED) out.email = words.contact;
    else if (issue.message === CONSENT_REQUIRED || field === "consent") out.consent = words.consent;
    else if (field === "name" || field === "email" || field === "phone") out[field] = words[field];
    else out.form = words.other;
  }
  return out;
}

interface PageOptions {
  centre: Centre;
  lang: Lang;
  privacyUrl: string;
  values: Values;
  problems?: Partial<Record<Field | "form", string>>;
}

/** A page of the form. */
const page = (lang: Lang, title: string, body: string) =>
  htmlPage({ lang, title: e(title), stylesheet: "/contact.css", body: `<main>\n${body}\n</main>` });

/** An input with its label, its error (linked by aria-describedby) and `aria-invalid` when refused. */
function input(id: Field, label: string, type: string, autocomplete: string, value: string, problem?: string): string {
  const described = problem ? ` aria-invalid="true" aria-describedby="${id}-error"` : "";
  const error = problem ? `<p class="hint" id="${id}-error">${e(problem)}</p>` : "";
  return `<label for="${id}">${e(label)}</label>
<input type="${type}" id="${id}" name="${id}" autocomplete="${autocomplete}" value="${e(value)}"${described}>${error}`;
}

/** The call-back form: name, e-mail or phone, when, a message, and the consent box with the privacy notice. */
export function contactPage({ centre, lang, privacyUrl, values, problems = {} }: PageOptions): string {
  const t = CONTACT_COPY[lang];
  const hours = centre.hours?.[lang];
  const listed = Object.values(problems);
  const summary = listed.length
    ? `<div class="problems" role="alert"><p>${e(t.problems)}</p><ul>${listed.map((p) => `<li>${e(p)}</li>`).join("")}</ul></div>`
    : "";
  const options = [`<option value="">${e(t.noPreference)}</option>`]
    .concat(
      PREFERRED_TIMES.map(
        (time) =>
          `<option value="${time}"${values.preferredTime === time ? " selected" : ""}>${e(PREFERRED_TIME_LABELS[time][lang])}</option>`,
      ),
    )
    .join("");
  const consentProblem = problems.consent ? ` aria-invalid="true" aria-describedby="consent-error"` : "";
  return page(
    lang,
    `${t.title} — ${centre.name}`,
    `<h1>${e(t.title)}</h1>
<p>${e(t.lead(centre.name))}${hours ? ` ${e(t.hours(hours))}` : ""}</p>
${summary}
<form method="post" action="/contact" novalidate>
<input type="hidden" name="sessionId" value="${e(values.sessionId ?? "")}">
<input type="hidden" name="sig" value="${e(values.sig ?? "")}">
<input type="hidden" name="lang" value="${lang}">
${input("name", t.name, "text", "name", values.name ?? "", problems.name)}
${input("email", t.email, "email", "email", values.email ?? "", problems.email)}
${input("phone", t.phone, "tel", "tel", values.phone ?? "", problems.phone)}
<p class="hint">${e(t.either)}</p>
<label for="preferredTime">${e(t.when)}</label>
<select id="preferredTime" name="preferredTime">${options}</select>
<label for="message">${e(t.message)}</label>
<textarea id="message" name="message" maxlength="1000">${e(values.message ?? "")}</textarea>
<label class="consent"><input type="checkbox" id="consent" name="consent" value="true"${consentProblem}>
<span>${e(t.consent(centre.name))} <a href="${e(privacyUrl)}" target="_blank" rel="noopener">${e(t.privacy)}</a></span></label>
${problems.consent ? `<p class="hint" id="consent-error">${e(problems.consent)}</p>` : ""}
<button type="submit">${e(t.send)}</button>
</form>`,
  );
}

const message = (lang: Lang, title: string, text: string) =>
  page(lang, title, `<h1>${e(title)}</h1>\n<p>${e(text)}</p>`);

const langOf = (value: unknown): Lang => (value === "en" ? "en" : "fr");

export interface ContactRouteDeps extends LeadRouteDeps {
  centre: Centre;
  /** The privacy notice the consent box links to. */
  privacyUrl(baseUrl: string, lang: Lang): string;
}

/**
 * `GET /contact?session=&sig=&lang=`: the call-back form for a Slack or Teams conversation (their
 * "Be called back" button opens it), with no script; `POST /contact` sends it: the same checks and
 * the same lead as `POST /api/leads`, answered with the form and its problems, or a thank-you page.
 */
export function contactRoutes(deps: ContactRouteDeps) {
  const submit = submitLead(deps);
  const baseOf = (url: string) => deps.publicBaseUrl ?? new URL(url).origin;
  const app = new Hono<AppEnv>();
  // The form posts to /contact: the app's policy, forms to itself allowed.
  app.use("/contact", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", FORM_PAGE_POLICY);
  });
  return app
    .get("/contact.css", (c) => {
      c.header("Content-Type", "text/css; charset=utf-8");
      c.header("Cache-Control", "public, max-age=300");
      return c.body(CONTACT_CSS);
    })
    .get("/contact", (c) => {
      const lang = langOf(c.req.query("lang"));
      c.header("Cache-Control", "no-store");
      const session = SessionIdSchema.safeParse(c.req.query("session"));
      if (!session.success) return c.html(message(lang, CONTACT_COPY[lang].title, CONTACT_COPY[lang].invalidLink), 400);
      const values = { sessionId: session.data, sig: c.req.query("sig") ?? "" };
      const privacyUrl = deps.privacyUrl(baseOf(c.req.url), lang);
      return c.html(contactPage({ centre: deps.centre, lang, privacyUrl, values }));
    })
    .post("/contact", async (c) => {
      const form = await c.req.parseBody();
      const lang = langOf(form.lang);
      const t = CONTACT_COPY[lang];
      c.header("Cache-Control", "no-store");
      const values: Values = {};
      for (const key of ["sessionId", "sig", "name", "email", "phone", "preferredTime", "message"] as const)
        if (typeof form[key] === "string") values[key] = form[key];
      const parsed = LeadRequestSchema.safeParse({ ...values, consent: form.consent === "true" });
      const privacyUrl = deps.privacyUrl(baseOf(c.req.url), lang);
      if (!parsed.success) {
        const problems = fieldProblems(parsed.error, lang);
        return c.html(contactPage({ centre: deps.centre, lang, privacyUrl, values, problems }), 400);
      }
      const result = await submit(c, parsed.data);
      if (result.ok) return c.html(message(lang, t.thanksTitle, `${t.thanks(deps.centre.name)} ${t.backToChat}`));
      const text = result.status === 403 ? t.invalidLink : result.status === 404 ? t.expired : t.unavailable;
      return c.html(message(lang, t.title, text), result.status);
    });
}
