import type { SessionObject } from "../../src/worker/session-object";

declare global {
  namespace Cloudflare {
    interface Env {
      SESSIONS: DurableObjectNamespace<SessionObject>;
      ALLOWED_ORIGINS: string;
    }
    interface GlobalProps {
      mainModule: typeof import("../../src/worker/index");
    }
  }
}
