import { NotifyClient } from "notifications-node-client";

/** One notification as Notify reports it, reduced to what the outbox keeps. */
export type NotifyNotification = { id: string; reference: string | null; type: string; status: string; templateId: string | null };

/** What the sender needs of GOV.UK Notify: the v2 notifications API, reference = the outbox row's id. */
export interface NotifyApi {
  sendEmail(input: { templateId: string; emailAddress: string; personalisation: Record<string, string>; reference: string; attachment?: { pdf: Uint8Array; filename: string } }): Promise<{ id: string }>;
  sendPrecompiledLetter(input: { reference: string; pdf: Uint8Array }): Promise<{ id: string }>;
  /** Notifications sent with this reference (Notify lists the newest first; at most one here, as references are outbox ids). */
  findByReference(reference: string): Promise<NotifyNotification[]>;
  getNotification(id: string): Promise<NotifyNotification>;
}

/**
 * A failed call to Notify: `network` (no answer: refused, reset, timed out) or `http` with Notify's
 * status and error class. It carries no request, so logging it shows no address or personalisation.
 */
export class NotifyError extends Error {
  constructor(
    readonly kind: "network" | "http",
    readonly status: number | null,
    readonly notifyError: string | null,
  ) {
    super(kind === "network" ? "Notify did not answer" : `Notify answered ${status}${notifyError ? ` (${notifyError})` : ""}`);
    this.name = "NotifyError";
  }
}

// A key is "{name}-{service id}-{secret}", both ids UUIDs (Notify's API documentation, "API keys").
const API_KEY = /^.+-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Whether a key has Notify's shape; says nothing of whether Notify accepts it. */
export function isNotifyApiKey(key: string): boolean {
  return API_KEY.test(key.trim());
}

type RestOptions = { method: string; url: string; data?: unknown; headers: Record<string, string>; responseType?: string };

// The client's requests go through fetch rather than its axios default: a time limit on every call
// (a hung Notify must not hold the sender), and errors that carry only a status and Notify's error
// class, never the request (an axios error holds the body: the family's address and letter).
function fetchRestClient(timeoutMs: number) {
  return async (options: RestOptions) => {
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: options.method.toUpperCase(),
        headers: { ...options.headers, ...(options.data === undefined ? {} : { "content-type": "application/json" }) },
        body: options.data === undefined ? undefined : JSON.stringify(options.data),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new NotifyError("network", null, null);
    }
    const text = await response.text().catch(() => "");
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!response.ok) {
      const errors = (data as { errors?: { error?: unknown }[] } | null)?.errors;
      const notifyError = typeof errors?.[0]?.error === "string" ? errors[0].error : null;
      throw new NotifyError("http", response.status, notifyError);
    }
    return { status: response.status, data };
  };
}

type RawNotification = { id: string; reference?: string | null; type: string; status: string; template?: { id?: string } | null };

function toNotification(raw: RawNotification): NotifyNotification {
  return { id: raw.id, reference: raw.reference ?? null, type: raw.type, status: raw.status, templateId: raw.template?.id ?? null };
}

/** The notifications-node-client package behind `NotifyApi`; `baseUrl` is for a test server (NOTIFY_BASE_URL). */
export function createNotifyApi(options: { apiKey: string; baseUrl?: string; timeoutMs?: number }): NotifyApi {
  if (!isNotifyApiKey(options.apiKey)) throw new Error("NOTIFY_API_KEY is not a GOV.UK Notify API key (name-serviceid-secret)");
  const client = options.baseUrl ? new NotifyClient(options.baseUrl.replace(/\/$/, ""), options.apiKey.trim()) : new NotifyClient(options.apiKey.trim());
  client.setClient(fetchRestClient(options.timeoutMs ?? 30_000) as never);
  return {
    async sendEmail(input) {
      const personalisation: Record<string, unknown> = { ...input.personalisation };
      if (input.attachment) {
        // Notify keeps the file and puts a link in the email; the family confirms their address before downloading.
        personalisation.letter = client.prepareUpload(Buffer.from(input.attachment.pdf), { filename: input.attachment.filename, confirmEmailBeforeDownload: true });
      }
      const res = await client.sendEmail(input.templateId, input.emailAddress, { personalisation, reference: input.reference });
      return { id: res.data.id };
    },
    async sendPrecompiledLetter(input) {
      const res = await client.sendPrecompiledLetter(input.reference, Buffer.from(input.pdf), "second");
      return { id: res.data.id };
    },
    async findByReference(reference) {
      const res = await client.getNotifications(undefined, undefined, reference, undefined);
      return ((res.data as { notifications?: RawNotification[] }).notifications ?? []).map(toNotification);
    },
    async getNotification(id) {
      const res = await client.getNotificationById(id);
      return toNotification(res.data as RawNotification);
    },
  };
}
