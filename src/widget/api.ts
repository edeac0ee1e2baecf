/** The widget's client of the HTTP API: one chat turn, streamed as server-sent events. */
export type Citation = { id: string; title: string; url?: string };

/** The plan in a few lines, as `display.plan` of a chat response gives it. */
export interface PlanCard {
  title: string;
  draft: boolean;
  funder: { label: string; name: string; note?: string } | null;
  routes: { name: string; verdict: "yes" | "no" | "maybe"; label: string }[];
  moreRoutes: number;
  steps: { order: number; action: string; who: string; when?: string }[];
  moreSteps: number;
  deadline: { label: string; date?: string; rule?: string } | null;
  unknowns: number;
  /** The centre's courses that match the project (servers before them: absent). */
  courses?: { heading: string; items: { title: string; line: string; url?: string }[] } | null;
}

export interface WidgetReply {
  sessionId: string;
  lang: "fr" | "en";
  step: string;
  reply: { text: string; citations: Citation[]; quickReplies: { label: string; value: string }[] };
  summary: unknown;
  /** The centre offers to call back (`offer`, after a plan) or the user asked for it (`requested`: the form opens). */
  offerCallback?: "offer" | "requested";
  /** What to show: the text without the plan and the repeated sources, and the plan's card (servers before it: absent). */
  display?: { text: string; plan: PlanCard | null; planUpdated: boolean };
}

/** The server answered with an error: its status, `error.code` and, on 429, the seconds to wait when readable. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code = "",
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** What the widget shows of the centre (`GET /api/centre`). */
export interface CentreInfo {
  name: string;
  logoUrl?: string;
  accentColor?: string;
  hours?: string;
  privacyUrl: string;
  contact: { email?: string; phone?: string };
}

/** A call-back request (`POST /api/leads`). */
export interface LeadBody {
  sessionId: string;
  name: string;
  email?: string;
  phone?: string;
  preferredTime?: string;
  message?: string;
  consent: boolean;
}

/** The API's error as an ApiError: its status, code and message, and the wait on 429. */
async function apiError(res: Response): Promise<ApiError> {
  let error: { message?: string; code?: string } = {};
  try {
    error = ((await res.json()) as { error?: typeof error }).error ?? {};
  } catch {
    // keep the status line
  }
  const wait = Number(res.headers.get("Retry-After"));
  return new ApiError(error.message ?? `HTTP ${res.status}`, res.status, error.code, wait > 0 ? wait : undefined);
}

/** The centre's name, logo, colour, hours and privacy notice, in a language. */
export async function getCentre(base: string, lang: string): Promise<CentreInfo> {
  const res = await fetch(`${base}/api/centre?lang=${lang}`);
  if (!res.ok) throw await apiError(res);
  return (await res.json()) as CentreInfo;
}

/** Sends a call-back request; resolves once the centre has it (201). */
export async function sendLead(base: string, body: LeadBody): Promise<void> {
  const res = await fetch(`${base}/api/leads`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw await apiError(res);
}

/** Reads an SSE stream and calls `onEvent` for each complete event. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: string, data: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.search(/\r?\n\r?\n/); end >= 0; end = buffer.search(/\r?\n\r?\n/)) {
      const raw = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, "");
      let event = "message";
      const data: string[] = [];
      for (const line of raw.split(/\r?\n/)) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      onEvent(event, data.join("\n"));
    }
  }
}

/**
 * Sends one message; `onDelta` receives the reply text as it streams, and the promise resolves
 * with the whole response (the `done` event).
 */
export async function sendMessage(
  base: string,
  body: { message: string; sessionId?: string; lang?: string },
  onDelta: (text: string) => void,
  signal?: AbortSignal,
): Promise<WidgetReply> {
  const res = await fetch(`${base}/api/chat`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
    body: JSON.stringify({ ...body, channel: "web" }),
    signal,
  });
  if (!res.ok || !res.body) throw await apiError(res);
  let done: WidgetReply | undefined;
  await readEvents(res.body, (event, data) => {
    if (event === "delta") onDelta((JSON.parse(data) as { text: string }).text);
    else if (event === "done") done = JSON.parse(data) as WidgetReply;
  });
  if (!done) throw new ApiError("The reply was interrupted", 0);
  return done;
}

export const summaryUrl = (base: string, sessionId: string, format: "html" | "md") =>
  `${base}/api/sessions/${encodeURIComponent(sessionId)}/summary?format=${format}`;
