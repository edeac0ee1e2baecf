/**
 * `npm run chat`: talk to the assistant in the terminal. In-process on the embedded core by
 * default; `--url http://127.0.0.1:8787` talks to a running server instead; `--lang en` starts
 * in English (else the language of $LANG, French by default). The assistant greets first;
 * replies are rendered for the terminal and wrapped to its width; quick replies are numbered
 * (type the number to choose one). `/plan` shows the full plan, `/save [file.md|file.html]`
 * writes it, `/quit` (or Ctrl-D) ends and prints the plan.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { CHAT_APP } from "../src/channels/copy";
import { planCard } from "../src/channels/plan-card";
import { replyView } from "../src/channels/reply-view";
import type { ChatResponse } from "../src/core/chat";
import type { Lang } from "../src/core/lang";
import { type ChatClient, localClient, remoteClient } from "./chat/client";
import { COMMANDS, TERMINAL } from "./chat/copy";
import { DEFAULT_PLAN_FILE, planCardMarkdown, saveFormat } from "./chat/plan";
import { renderTerminal, wantsColor } from "./chat/render";
import { parseFlags } from "./tool";

const flags = parseFlags(process.argv.slice(2));
const client: ChatClient = typeof flags.url === "string" ? remoteClient(flags.url) : await localClient();
let lang: Lang =
  flags.lang === "en" || flags.lang === "fr" ? flags.lang : /^en/i.test(process.env.LANG ?? "") ? "en" : "fr";
const color = wantsColor(process.stdout);
const width = Math.min(process.stdout.columns || 80, 100);
const render = (markdown: string) => renderTerminal(markdown, { width, color });
const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[22m` : text);
const print = (text = ""): void => {
  process.stdout.write(`${text}\n`);
};

let sessionId: string | undefined;
let choices: { label: string; value: string }[] = [];

/** One reply: its text, the plan once (as a card) or a note that it changed, the sources once, the choices. */
function show(response: ChatResponse): void {
  lang = response.lang;
  const view = replyView(response);
  print();
  if (view.text) print(render(view.text));
  if (view.plan && !view.planUpdated) {
    print();
    print(render(planCardMarkdown(planCard(view.plan))));
    print(dim(TERMINAL.planHint[lang]));
  } else if (view.plan) print(dim(TERMINAL.updatedHint[lang]));
  const cited = response.reply.citations.filter((c, i, all) => all.findIndex((d) => d.url === c.url) === i);
  if (cited.length) {
    print();
    print(dim(TERMINAL.sources[lang]));
    for (const c of cited) print(dim(`  ↳ ${c.title}${c.url ? ` ${c.url}` : ""}`));
  }
  choices = response.reply.quickReplies;
  if (choices.length) print();
  for (const [i, choice] of choices.entries()) print(`  [${i + 1}] ${choice.label}`);
}

async function send(message: string): Promise<void> {
  try {
    const response = await client.send(message, sessionId, sessionId ? undefined : lang);
    sessionId = response.sessionId;
    show(response);
  } catch (error) {
    print(TERMINAL.error(error instanceof Error ? error.message : String(error))[lang]);
  }
}

async function save(file: string | undefined): Promise<void> {
  const name = file || DEFAULT_PLAN_FILE;
  const content = sessionId ? await client.plan(sessionId, saveFormat(name)) : null;
  if (!content) {
    print(TERMINAL.noPlan[lang]);
    return;
  }
  const path = resolve(name);
  writeFileSync(path, content);
  print(TERMINAL.saved(path)[lang]);
}

const is = (line: string, names: readonly string[]) => names.includes(line.split(/\s+/)[0]?.toLowerCase() ?? "");

print(dim(TERMINAL.banner[lang]));
await send(CHAT_APP.greeting[lang]);
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
rl.setPrompt("\n> ");
rl.prompt();
// Reading the lines as a stream works for a person at a terminal and for piped input alike.
for await (const raw of rl) {
  const line = raw.trim();
  if (is(line, COMMANDS.quit)) break;
  if (is(line, COMMANDS.help)) print(TERMINAL.help[lang]);
  else if (is(line, COMMANDS.save)) await save(line.split(/\s+/)[1]);
  else if (is(line, COMMANDS.plan)) {
    const text = sessionId ? await client.plan(sessionId, "md") : null;
    print(text ? `\n${render(text)}` : TERMINAL.noPlan[lang]);
  } else if (line) {
    const picked = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
    await send(picked?.value ?? line);
  }
  rl.prompt();
}
rl.close();
if (sessionId) {
  const text = await client.plan(sessionId, "md");
  if (text) print(`\n${render(text)}\n`);
}
