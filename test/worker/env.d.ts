import type { SessionObject } from "../../src/store/durable";

declare global {
  namespace Cloudflare {
    interface Env {
      SESSIONS: DurableObjectNamespace<SessionObject>;
      ALLOWED_ORIGINS: string;
    }
    interface GlobalProps {
      mainModule: typeof import("../../src/worker");
    }
  }
}
