// Identity documents at rest: AES-256-GCM with a fresh 96-bit IV per document; the tag
// authenticates the document id too, so a ciphertext cannot be swapped onto another row.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface Sealed {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
  keyId: string;
}

export function parseKey(raw: string): Buffer {
  const s = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'base64');
  if (key.length !== 32) throw new Error('WARDEN_ENCRYPTION_KEY must be 32 bytes, as 64 hex characters or base64');
  return key;
}

export const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 16);

export function sealDocument(plaintext: Buffer, key: Buffer, documentId: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(documentId));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext, keyId: keyId(key) };
}

export function openDocument(sealed: { iv: Uint8Array; tag: Uint8Array; ciphertext: Uint8Array }, key: Buffer, documentId: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv));
  decipher.setAAD(Buffer.from(documentId));
  decipher.setAuthTag(Buffer.from(sealed.tag));
  return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext)), decipher.final()]);
}
