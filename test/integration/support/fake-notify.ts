import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

// A small server with GOV.UK Notify's v2 notifications API shape, for tests: it checks each request's
// JWT as Notify does (HS256 signed with the key's secret, `iss` = the service id, `iat` within 30
// seconds), records what it was sent, answers list-by-reference and get-by-id with a status the test
// sets, and can be taken down (503, or the port closed so connections are refused).

export type ReceivedNotification = {
  id: string;
  type: "email" | "letter";
  reference: string | null;
  templateId: string | null;
  emailAddress: string | null;
  personalisation: Record<string, unknown>;
  /** A precompiled letter's PDF. */
  pdf: Buffer | null;
  status: string;
  createdAt: string;
};

export type FakeNotify = {
  baseUrl: string;
  /** A key for this server: "{name}-{service id}-{secret}", as Notify issues them. */
  apiKey: string;
  received: ReceivedNotification[];
  /** Every request, with its answer's status: what the sender tried. */
  requests: { method: string; path: string; status: number }[];
  down(how: "unavailable" | "refused"): Promise<void>;
  up(): Promise<void>;
  /** The next send is recorded and then its connection dropped: the sender never hears that it went. */
  loseNextAnswer(): void;
  setStatus(id: string, status: string): void;
  close(): Promise<void>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString("base64url");
}

/** Notify's token check: the service id as issuer, signed with the secret, issued within 30 seconds. */
function checkToken(header: string | undefined, serviceId: string, secret: string): string | null {
  const token = header?.startsWith("Bearer ") ? header.slice(7) : null;
  if (!token) return "Unauthorized: authentication token must be provided";
  const [head, body, signature] = token.split(".");
  if (!head || !body || !signature) return "Invalid token: signature, api token not found";
  const expected = base64url(createHmac("sha256", secret).update(`${head}.${body}`).digest());
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return "Invalid token: signature, api token not found";
  let claims: { iss?: string; iat?: number };
  let alg: string | undefined;
  try {
    claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
    alg = JSON.parse(Buffer.from(head, "base64url").toString("utf8")).alg;
  } catch {
    return "Invalid token: not a JWT";
  }
  if (alg !== "HS256") return "Invalid token: algorithm used is not HS256";
  if (claims.iss !== serviceId) return "Invalid token: service not found";
  if (typeof claims.iat !== "number" || Math.abs(Date.now() / 1000 - claims.iat) > 30) return "Error: Your system clock must be accurate to within 30 seconds";
  return null;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function error(res: ServerResponse, status: number, kind: string, message: string): void {
  send(res, status, { status_code: status, errors: [{ error: kind, message }] });
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function describe(n: ReceivedNotification) {
  return {
    id: n.id,
    reference: n.reference,
    type: n.type,
    status: n.status,
    template: n.templateId ? { id: n.templateId, version: 1, uri: `/v2/template/${n.templateId}` } : null,
    email_address: n.emailAddress,
    body: "",
    created_at: n.createdAt,
    is_cost_data_ready: false,
  };
}

export async function startFakeNotify(): Promise<FakeNotify> {
  const serviceId = randomUUID();
  const secret = randomUUID();
  const received: ReceivedNotification[] = [];
  const requests: FakeNotify["requests"] = [];
  let unavailable = false;
  let loseNext = false;
  const sockets = new Set<Socket>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://fake-notify");
    const answer = (status: number) => requests.push({ method: req.method ?? "", path: url.pathname + url.search, status });
    if (unavailable) {
      answer(503);
      return error(res, 503, "ServiceUnavailable", "Notify is down for maintenance");
    }
    const refusal = checkToken(req.headers.authorization, serviceId, secret);
    if (refusal) {
      answer(403);
      return error(res, 403, "AuthError", refusal);
    }
    if (req.method === "POST" && (url.pathname === "/v2/notifications/email" || url.pathname === "/v2/notifications/letter")) {
      const body = await readJson(req);
      if (!body) {
        answer(400);
        return error(res, 400, "BadRequestError", "Invalid JSON");
      }
      const email = url.pathname.endsWith("email");
      if (email && (typeof body.template_id !== "string" || !UUID.test(body.template_id))) {
        answer(400);
        return error(res, 400, "ValidationError", "template_id is not a valid UUID");
      }
      if (email && (typeof body.email_address !== "string" || !body.email_address.includes("@"))) {
        answer(400);
        return error(res, 400, "ValidationError", "email_address Not a valid email address");
      }
      const pdf = !email && typeof body.content === "string" ? Buffer.from(body.content, "base64") : null;
      if (!email && (!pdf || pdf.subarray(0, 5).toString("latin1") !== "%PDF-" || typeof body.reference !== "string")) {
        answer(400);
        return error(res, 400, "ValidationError", "content is not a PDF, or reference is missing");
      }
      const notification: ReceivedNotification = {
        id: randomUUID(),
        type: email ? "email" : "letter",
        reference: typeof body.reference === "string" ? body.reference : null,
        templateId: email ? (body.template_id as string) : null,
        emailAddress: email ? (body.email_address as string) : null,
        personalisation: (body.personalisation as Record<string, unknown>) ?? {},
        pdf,
        status: email ? "created" : "pending-virus-check",
        createdAt: new Date().toISOString(),
      };
      received.push(notification);
      if (loseNext) {
        loseNext = false;
        answer(0);
        req.socket.destroy();
        return;
      }
      answer(201);
      return email
        ? send(res, 201, { id: notification.id, reference: notification.reference, content: { body: "", subject: "", from_email: "council@notifications.service.gov.uk" }, uri: `/v2/notifications/${notification.id}`, template: { id: notification.templateId, version: 1, uri: "" } })
        : send(res, 201, { id: notification.id, reference: notification.reference, postage: body.postage ?? "second" });
    }
    if (req.method === "GET" && url.pathname === "/v2/notifications") {
      const reference = url.searchParams.get("reference");
      const found = received.filter((n) => reference === null || n.reference === reference).reverse();
      answer(200);
      return send(res, 200, { notifications: found.map(describe), links: { current: url.pathname + url.search } });
    }
    const byId = /^\/v2\/notifications\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && byId) {
      const n = received.find((r) => r.id === byId[1]);
      if (!n) {
        answer(404);
        return error(res, 404, "NoResultFound", "No result found");
      }
      answer(200);
      return send(res, 200, describe(n));
    }
    answer(404);
    return error(res, 404, "NotFound", "Not found");
  };

  let server: Server = makeServer();
  function makeServer() {
    const s = createServer((req, res) => void handle(req, res).catch(() => error(res, 500, "Exception", "Internal server error")));
    s.on("connection", (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    return s;
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const closeServer = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey: `pb-test-${serviceId}-${secret}`,
    received,
    requests,
    async down(how) {
      if (how === "unavailable") unavailable = true;
      else if (server.listening) await closeServer();
    },
    async up() {
      unavailable = false;
      if (!server.listening) {
        server = makeServer();
        await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
      }
    },
    loseNextAnswer() {
      loseNext = true;
    },
    setStatus(id, status) {
      const n = received.find((r) => r.id === id);
      if (!n) throw new Error(`the fake Notify has no notification ${id}`);
      n.status = status;
    },
    close: closeServer,
  };
}
