/** The widget's client of the HTTP API: one chat turn, streamed as server-sent events. */
export interface WidgetReply {
  sessionId: string;
  lang: "fr" | "en";
  step: string;
  reply: {
    text: string;
    citations: { id: string; title: string; url?: string }[];
    quickReplies: { label: string; value: string }[];
  };
  summary: unknown;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
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
  if (!res.ok || !res.body) {
    let message = `HTTP ${res.status}`;
    try {
      message = ((await res.json()) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      // keep the status line
    }
    throw new ApiError(message, res.status);
  }
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
