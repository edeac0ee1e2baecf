import { join } from "node:path";
import type { ChatResponse } from "../core/chat";
import type { NextStepsSummary } from "../core/summary";
import type { ChatTurn } from "../dialogue/turn";
import { createRuntime } from "../runtime";
import { createMemoryStore } from "../store/memory";
import type { QualiopiRegistry } from "../tools/qualiopi/registry";
import { DEFAULT_DATA_DIR, loadMemoryRegistry, SNAPSHOT_FILE } from "./qualiopi/snapshot-file";

/**
 * The whole assistant in-process, on a memory session store: the terminal chat, the evaluation
 * harness and the dialogue tests use it. Same runtime as the worker, no HTTP. `qualiopi` replaces
 * the local registry (by default none; `loadNodeAssistant` reads the imported list from disk).
 */
export function createNodeAssistant(env: Record<string, unknown> = {}, qualiopi: QualiopiRegistry[] = []) {
  const runtime = createRuntime(env, { qualiopi });
  const store = createMemoryStore({ handler: runtime.handler, ttlDays: runtime.config.SESSION_TTL_DAYS });
  return {
    runtime,
    store,
    chat: (turn: ChatTurn): Promise<ChatResponse> => store.runTurn(turn),
    async summary(sessionId: string): Promise<NextStepsSummary | null> {
      const saved = await store.load(sessionId);
      return saved ? runtime.summarize(saved.session.state) : null;
    },
  };
}
export type NodeAssistant = ReturnType<typeof createNodeAssistant>;

/** The assistant with the Qualiopi list imported by `npm run qualiopi:import` (QUALIOPI_SNAPSHOT or .data/qualiopi.json) when there is one. */
export async function loadNodeAssistant(env: Record<string, unknown> = process.env): Promise<NodeAssistant> {
  const path =
    typeof env.QUALIOPI_SNAPSHOT === "string" ? env.QUALIOPI_SNAPSHOT : join(DEFAULT_DATA_DIR, SNAPSHOT_FILE);
  const registry = await loadMemoryRegistry(path);
  return createNodeAssistant(env, [registry]);
}
