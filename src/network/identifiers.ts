// Identifiers an account is seen with, taken from its events (pure). Each is normalised so
// the same phone or e-mail written two ways is one identifier, and masked for display the
// way a reviewer sees contact details elsewhere: enough to tell two apart, never the value.
import type { WardenEvent } from '../events/schemas.ts';

export const IDENTIFIER_KINDS = ['device', 'ip', 'phone', 'email', 'payment_handle', 'payout_destination'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
/**
 * Identifiers that make two accounts one person's (never an IP: an office, a carrier or a VPN
 * exit is shared by strangers): a device, a card, a payout destination, a phone, an e-mail.
 */
export const PERSON_KINDS: readonly IdentifierKind[] = ['device', 'payment_handle', 'payout_destination', 'phone', 'email'];

/** One sighting: which account, which identifier (normalised, not yet hashed), in which event. */
export interface Sighting {
  accountId: string;
  kind: IdentifierKind;
  /** Normalised value; hashed before it is stored (store.ts). */
  value: string;
  masked: string;
  /** For an IP: what the IP data says about its network (reputation.ts), shown on the graph's edges. */
  network?: Record<string, unknown>;
}

/** A contact detail screening found in the account's own text (a `contact.*` signal's quote). */
export interface ContactFinding {
  type: string;
  text?: string;
}

const DOT = '•';

/** Normalises a raw value of a kind; null when nothing usable is left (too short to identify anyone). */
export function normalise(kind: IdentifierKind, raw: string): string | null {
  const v = raw.normalize('NFKC').trim();
  let out: string;
  switch (kind) {
    case 'phone':
      // Digits only: "+44 7911 123456" and "07911-123456" differ by the trunk prefix, which we
      // keep (two numbers that differ only there are rare, and dropping it merges countries).
      out = v.replace(/\D+/g, '');
      return out.length >= 7 ? out : null;
    case 'email':
      out = v.toLowerCase().replace(/\s+/g, '');
      return /^[^@]+@[^@]+\.[^@]+$/.test(out) ? out : null;
    case 'ip':
      out = v.toLowerCase();
      return out.length >= 3 ? out : null;
    default:
      // Device ids, payment handles, payout destinations: case and spacing are not part of them.
      out = v.toLowerCase().replace(/\s+/g, '');
      return out.length >= 3 ? out : null;
  }
}

/** The masked form a person sees: last digits of a phone or account, the domain of an e-mail, the network of an IP. */
export function mask(kind: IdentifierKind, value: string): string {
  switch (kind) {
    case 'phone':
      return `${DOT.repeat(Math.max(0, value.length - 2))}${value.slice(-2)}`;
    case 'email': {
      const [local, domain] = value.split('@');
      return `${local.slice(0, 1)}${DOT.repeat(3)}@${domain}`;
    }
    case 'ip': {
      if (value.includes(':')) return `${value.split(':').slice(0, 2).join(':')}:${DOT}`;
      const parts = value.split('.');
      return parts.length === 4 ? `${parts[0]}.${parts[1]}.${DOT}.${DOT}` : `${DOT.repeat(3)}`;
    }
    case 'device':
      return `${value.slice(0, 4)}${DOT.repeat(3)}`;
    default:
      return `${DOT.repeat(4)}${value.slice(-4)}`;
  }
}

function sighting(accountId: string, kind: IdentifierKind, raw: string | undefined | null): Sighting | null {
  if (!raw) return null;
  const value = normalise(kind, raw);
  return value ? { accountId, kind, value, masked: mask(kind, value) } : null;
}

const CONTACT_KINDS: Record<string, IdentifierKind> = { 'contact.phone': 'phone', 'contact.email': 'email', 'contact.payment_handle': 'payment_handle' };

/**
 * Every identifier an event shows for its actor: the session's device and IP, the phone and
 * e-mail of a registration or profile, a billing method's handle, a payout destination, and
 * the phones, e-mails and payment handles screening found in the actor's own text (`findings`).
 * Sources: the event schemas (events/schemas.ts) and the contact detector's signal types.
 */
export function sightingsOf(e: WardenEvent, findings: readonly ContactFinding[] = []): Sighting[] {
  const id = e.actor.id;
  const out: (Sighting | null)[] = [sighting(id, 'device', e.actor.deviceId), sighting(id, 'ip', e.actor.ip)];
  switch (e.type) {
    case 'user.login':
      if (e.data.success === false) return []; // a failed attempt is someone else's as often as not
      out.push(sighting(id, 'device', e.data.deviceId), sighting(id, 'ip', e.data.ip));
      break;
    case 'user.registered':
    case 'profile.updated':
      out.push(sighting(id, 'phone', e.data.phone), sighting(id, 'email', e.data.email));
      break;
    case 'payment.method_added':
    case 'payment.method_verified':
      out.push(sighting(id, 'payment_handle', e.data.fingerprint));
      break;
    case 'payout.method_changed':
      out.push(sighting(id, 'payout_destination', e.data.destination));
      break;
    case 'payout.requested':
      out.push(sighting(id, 'payout_destination', e.data.destination));
      break;
  }
  for (const f of findings) {
    const kind = CONTACT_KINDS[f.type];
    if (kind) out.push(sighting(id, kind, f.text));
  }
  // One sighting per identifier per event.
  const seen = new Set<string>();
  return out.filter((s): s is Sighting => {
    if (!s) return false;
    const k = `${s.kind}\u0000${s.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
