import { h } from "./dom";
import { type Copy, MAX_MESSAGE } from "./i18n";

/** The counter shows from this length on: well before the limit, never for ordinary messages. */
const COUNT_FROM = Math.round(MAX_MESSAGE * 0.8);
/** The tallest the message box grows, in pixels, before it scrolls. */
const MAX_HEIGHT = 160;

/**
 * The message box: it grows with its text, shows a counter near the 2,000-character limit and
 * refuses to send past it (saying so), instead of cutting the message. Enter sends, Shift+Enter
 * goes to a new line.
 */
export function createComposer(ui: () => Copy, onSend: (text: string) => void) {
  const form = h("form");
  const input = h("textarea", { rows: "1", id: "opco-input", "data-testid": "chat-input" });
  const label = h("label", { class: "sr", for: "opco-input" });
  const count = h("div", { class: "count", id: "opco-count", "aria-live": "polite", "data-testid": "chat-count" });
  const send = h("button", { type: "submit", "data-testid": "chat-send" });
  input.setAttribute("aria-describedby", "opco-count");
  form.append(label, input, send);
  const el = h("div", { class: "composer" });
  el.append(count, form);
  let busy = false;

  const tooLong = () => input.value.trim().length > MAX_MESSAGE;
  function update(): void {
    // Set through the CSSOM (allowed by a strict Content-Security-Policy), never as a style attribute.
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, MAX_HEIGHT)}px`;
    const n = input.value.trim().length;
    count.hidden = n < COUNT_FROM;
    count.textContent = n > MAX_MESSAGE ? ui().tooLong(n) : ui().count(n);
    count.classList.toggle("over", n > MAX_MESSAGE);
    input.setAttribute("aria-invalid", String(n > MAX_MESSAGE));
    send.disabled = busy || n > MAX_MESSAGE;
  }
  const submit = () => {
    if (!busy && !tooLong() && input.value.trim()) onSend(input.value);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener("input", update);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  update();

  return {
    el,
    input,
    clear() {
      input.value = "";
      update();
    },
    setBusy(value: boolean) {
      busy = value;
      update();
    },
    relabel() {
      input.placeholder = label.textContent = ui().placeholder;
      send.textContent = ui().send;
      update();
    },
  };
}
