import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from "jose";
import { afterAll, beforeAll } from "vitest";
import { readBody } from "../../fakes/read-body";

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

export interface ConnectorCall {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/**
 * A local stand-in for the Bot Framework on 127.0.0.1: OpenID metadata, its JWKS, the
 * client-credentials token endpoint and the Bot Connector, each recording what it receives.
 */
export async function startFakeBotFramework(options: { keys: SigningKey[] }) {
  const published: JWK[] = options.keys.map((key) => key.jwk);
  const hits = { metadata: 0, jwks: 0 };
  const tokenRequests: URLSearchParams[] = [];
  const connector: ConnectorCall[] = [];
  let connectorStatus = 200;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = await readBody(req);
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(value));
    };
    if (req.method === "GET" && url.pathname === "/v1/.well-known/openidconfiguration") {
      hits.metadata += 1;
      return json(200, { issuer: "https://api.botframework.com", jwks_uri: `${base}/v1/.well-known/keys` });
    }
    if (req.method === "GET" && url.pathname === "/v1/.well-known/keys") {
      hits.jwks += 1;
      return json(200, { keys: published });
    }
    if (req.method === "POST" && url.pathname === "/oauth2/v2.0/token") {
      const form = new URLSearchParams(body);
      tokenRequests.push(form);
      if (form.get("client_secret") !== "test-password") return json(401, { error: "invalid_client" });
      return json(200, { token_type: "Bearer", expires_in: 3600, access_token: `bot-token-${tokenRequests.length}` });
    }
    if (req.method === "POST" && url.pathname.startsWith("/v3/conversations/")) {
      connector.push({
        path: url.pathname,
        authorization: req.headers.authorization,
        body: JSON.parse(body) as Record<string, unknown>,
      });
      return json(connectorStatus, { id: `reply-${connector.length}` });
    }
    return json(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    hits,
    tokenRequests,
    connector,
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    tokenUrl: `${base}/oauth2/v2.0/token`,
    /** Publishes another key, as the Bot Framework does when it rotates them. */
    publish: (key: SigningKey) => published.push(key.jwk),
    failConnectorWith: (status: number) => (connectorStatus = status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A Bot Framework token: the valid claims unless overridden. */
export function botToken(
  key: SigningKey,
  claims: JWTPayload & { serviceurl?: string },
  options: { expiresIn?: string | number; kid?: string } = {},
) {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? key.kid, typ: "JWT" })
    .setIssuer(claims.iss ?? "https://api.botframework.com")
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "1h")
    .sign(key.privateKey);
}

export type FakeBotFramework = Awaited<ReturnType<typeof startFakeBotFramework>>;

/**
 * A fake Bot Framework for the tests of one file, signing with a key of its own: started before
 * them, closed after. `bot.fake` and `bot.key` are set once it runs.
 */
export function useFakeBotFramework(kid: string): { fake: FakeBotFramework; key: SigningKey } {
  const bot = {} as { fake: FakeBotFramework; key: SigningKey };
  beforeAll(async () => {
    bot.key = await signingKey(kid);
    bot.fake = await startFakeBotFramework({ keys: [bot.key] });
  });
  afterAll(() => bot.fake?.close());
  return bot;
}
