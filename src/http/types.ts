import type { RequestIdVariables } from "hono/request-id";

/** Hono environment of the app: the variables middleware sets on the context. */
export interface AppEnv {
  Variables: RequestIdVariables & {
    /** The client's address as the rate limit keys it (see `clientAddress`). */
    clientIp?: string;
  };
}
