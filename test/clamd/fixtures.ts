// Attachment fixtures built in memory, so no sample (and no malware) is committed. The zip
// writer is hand-made on purpose: bomb and encryption tests need to set header fields that a
// well-behaved zip library refuses to write.
import { createRequire } from 'node:module';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import CFB from 'cfb';

/** The standard 68-byte EICAR anti-virus test file. */
export function eicar(): Buffer {
  return Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*', 'latin1');
}

export interface ZipEntrySpec {
  name: string;
  data: Buffer;
  /** Deflate (default) or store. */
  store?: boolean;
  /** Set the "encrypted" general-purpose flag (bit 0) without encrypting. */
  encryptedFlag?: boolean;
}

export function zip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.store ? entry.data : deflateRawSync(entry.data);
    const method = entry.store ? 0 : 8;
    const flags = 0x0800 | (entry.encryptedFlag ? 0x0001 : 0);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A flat-coloured RGB PNG. */
export function png(width = 16, height = 16): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([head, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x7f)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF with a correct xref table; `catalogExtra` is added to the catalog dictionary. */
export function pdf(objects: string[] = [], catalogExtra = ''): Buffer {
  const text = 'BT /F1 12 Tf 72 720 Td (Quarterly report) Tj ET';
  const bodies = [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...objects,
  ];
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A PDF whose JavaScript action sits in a deflated object stream, invisible to a plain text search. */
export function pdfWithHiddenJavaScript(): Buffer {
  const hidden = Buffer.from('<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>');
  const header = '7 0 ';
  const content = deflateSync(Buffer.concat([Buffer.from(header), hidden]));
  const stream = `<< /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${content.length} >>\nstream\n${content.toString('latin1')}\nendstream`;
  return pdf([stream], '/OpenAction 7 0 R ');
}

const CONTENT_TYPES = (main: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${extra}<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Statement of work</w:t></w:r></w:p></w:body></w:document>';

/** A Word document without macros. */
export function docx(): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(DOCUMENT) },
  ]);
}

/** A macro-enabled Word document whose word/vbaProject.bin is a real OLE file with a VBA project. */
export function docm(): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        CONTENT_TYPES(
          'application/vnd.ms-word.document.macroEnabled.main+xml',
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
        ),
      ),
    },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(DOCUMENT) },
    { name: 'word/vbaProject.bin', data: vbaProject() },
  ]);
}

/** An OLE compound file holding a VBA project (the streams Office writes for one). */
export function vbaProject(storage = 'VBA'): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, `${storage}/_VBA_PROJECT`, Buffer.from([0xcc, 0x61, 0xff, 0xff, 0x00, 0x00, 0x00]));
  CFB.utils.cfb_add(container, `${storage}/dir`, Buffer.from('compressed dir stream'));
  CFB.utils.cfb_add(container, `${storage}/Module1`, Buffer.from('Sub AutoOpen()\r\nShell "calc.exe"\r\nEnd Sub\r\n'));
  CFB.utils.cfb_add(container, 'PROJECT', Buffer.from('ID="{00000000-0000-0000-0000-000000000000}"\r\nModule=Module1\r\n'));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** A Word 97-2003 document with macros (WordDocument stream + Macros/VBA storage). */
export function oleDocWithMacros(): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'WordDocument', Buffer.alloc(512, 0));
  CFB.utils.cfb_add(container, 'Macros/VBA/_VBA_PROJECT', Buffer.from([0xcc, 0x61, 0xff, 0xff, 0x00, 0x00, 0x00]));
  CFB.utils.cfb_add(container, 'Macros/VBA/dir', Buffer.from('compressed dir stream'));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** A Word 97-2003 document without macros. */
export function oleDoc(): Buffer {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, 'WordDocument', Buffer.alloc(512, 0));
  CFB.utils.cfb_add(container, '1Table', Buffer.alloc(512, 0));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** A minimal PE header ("MZ" + "PE\0\0"), enough for magic-byte detection. */
export function peExecutable(): Buffer {
  const data = Buffer.alloc(512, 0);
  data.write('MZ', 0, 'latin1');
  data.writeUInt32LE(0x80, 0x3c);
  data.write('PE\0\0', 0x80, 'latin1');
  data.writeUInt16LE(0x14c, 0x84); // i386
  return data;
}

/** Nested zips in the style of 42.zip: `width` copies per level, `levels` deep, `leafBytes` of zeros at the bottom. */
export function nestedZipBomb(levels: number, width: number, leafBytes: number): Buffer {
  let current = zip([{ name: 'zeros.txt', data: Buffer.alloc(leafBytes, 0) }]);
  for (let level = 1; level < levels; level++) {
    const inner = current;
    current = zip(Array.from({ length: width }, (_, i) => ({ name: `part-${level}-${i}.zip`, data: inner })));
  }
  return current;
}

/** Pseudo-random bytes, reproducible from a seed (xorshift32). */
export function noise(length: number, seed = 1): Buffer {
  const out = Buffer.alloc(length);
  let x = seed || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A ustar archive of regular files (no library: tests need the format byte for byte). */
export function tar(entries: { name: string; data: Buffer }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const header = Buffer.alloc(512);
    header.write(entry.name, 0, 100, 'utf8');
    header.write('0000644\0', 100, 'latin1');
    header.write('0000000\0', 108, 'latin1');
    header.write('0000000\0', 116, 'latin1');
    header.write(`${entry.data.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    header.write(
      `${Math.floor(Date.UTC(2026, 0, 1) / 1000)
        .toString(8)
        .padStart(11, '0')}\0`,
      136,
      'latin1',
    );
    header.write('        ', 148, 'latin1');
    header.write('0', 156, 'latin1');
    header.write('ustar\0', 257, 'latin1');
    header.write('00', 263, 'latin1');
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    blocks.push(header, entry.data, Buffer.alloc((512 - (entry.data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/** A 7z archive written by 7-Zip itself (7z-wasm): `password` encrypts the entries, `encryptHeaders` the file list too (-mhe=on). */
export async function sevenZip(entries: { name: string; data: Buffer }[], opts: { password?: string; encryptHeaders?: boolean } = {}): Promise<Buffer> {
  const factory = createRequire(import.meta.url)('7z-wasm') as (o: object) => Promise<{
    FS: { writeFile(p: string, d: Uint8Array): void; readFile(p: string): Uint8Array; mkdir(p: string): void };
    callMain(args: string[]): void;
  }>;
  const z = await factory({ print: () => {}, printErr: () => {} });
  z.FS.mkdir('/in');
  for (const e of entries) z.FS.writeFile(`/in/${e.name}`, e.data);
  const args = ['a', '/out.7z', ...entries.map((e) => `/in/${e.name}`)];
  if (opts.password) args.push(`-p${opts.password}`, `-mhe=${opts.encryptHeaders ? 'on' : 'off'}`);
  z.callMain(args);
  return Buffer.from(z.FS.readFile('/out.7z'));
}

export interface RarEntrySpec {
  name: string;
  data: Buffer;
  /** Sets the entry's encryption flag (RAR4) or record (RAR5); the data is stored as given. */
  encrypted?: boolean;
}

/**
 * A RAR 4 archive with stored (uncompressed) entries, headers laid out as RARLAB's technote
 * describes. `encryptHeaders` sets the main header's password flag and follows it with bytes
 * that stand for the encrypted headers (`rar -hp`).
 */
export function rar4(entries: RarEntrySpec[], opts: { encryptHeaders?: boolean } = {}): Buffer {
  const block = (type: number, flags: number, body: Buffer, data: Buffer = Buffer.alloc(0)) => {
    const head = Buffer.alloc(7);
    head.writeUInt8(type, 2);
    head.writeUInt16LE(flags, 3);
    head.writeUInt16LE(7 + body.length, 5);
    const withoutCrc = Buffer.concat([head.subarray(2), body]);
    head.writeUInt16LE(crc32(withoutCrc) & 0xffff, 0);
    return Buffer.concat([head, body, data]);
  };
  const parts = [Buffer.from('Rar!\x1a\x07\x00', 'latin1'), block(0x73, opts.encryptHeaders ? 0x0080 : 0, Buffer.alloc(6))];
  if (opts.encryptHeaders) return Buffer.concat([...parts, noise(256, 7)]);
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = Buffer.alloc(25);
    body.writeUInt32LE(entry.data.length, 0); // PACK_SIZE
    body.writeUInt32LE(entry.data.length, 4); // UNP_SIZE
    body.writeUInt8(3, 8); // HOST_OS: Unix
    body.writeUInt32LE(crc32(entry.data), 9);
    body.writeUInt8(29, 17); // UNP_VER
    body.writeUInt8(0x30, 18); // METHOD: store
    body.writeUInt16LE(name.length, 19);
    body.writeUInt32LE(0o100644, 21);
    parts.push(block(0x74, 0x8000 | (entry.encrypted ? 0x0004 : 0), Buffer.concat([body, name]), entry.data));
  }
  parts.push(block(0x7b, 0x4000, Buffer.alloc(0)));
  return Buffer.concat(parts);
}

const vint = (value: number): Buffer => {
  const bytes: number[] = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    bytes.push(byte);
  } while (value > 0);
  return Buffer.from(bytes);
};

/** A RAR 5 archive with stored entries; `encryptHeaders` adds the archive encryption header (`rar -hp`). */
export function rar5(entries: RarEntrySpec[], opts: { encryptHeaders?: boolean } = {}): Buffer {
  const block = (type: number, fields: Buffer, extra: Buffer = Buffer.alloc(0), data: Buffer = Buffer.alloc(0)) => {
    const flags = (extra.length ? 0x0001 : 0) | (data.length ? 0x0002 : 0);
    const header = Buffer.concat([
      vint(type),
      vint(flags),
      extra.length ? vint(extra.length) : Buffer.alloc(0),
      data.length ? vint(data.length) : Buffer.alloc(0),
      fields,
      extra,
    ]);
    const sized = Buffer.concat([vint(header.length), header]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32LE(crc32(sized));
    return Buffer.concat([crc, sized, data]);
  };
  const parts = [Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1')];
  if (opts.encryptHeaders) {
    // Encryption header: version 0, flags 0, KDF count 15, a 16-byte salt; all after it is ciphertext.
    parts.push(block(4, Buffer.concat([vint(0), vint(0), Buffer.from([15]), noise(16, 3)])));
    return Buffer.concat([...parts, noise(256, 9)]);
  }
  parts.push(block(1, vint(0)));
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const crc = Buffer.alloc(4);
    crc.writeUInt32LE(crc32(entry.data));
    const fields = Buffer.concat([vint(0x0004), vint(entry.data.length), vint(0o100644), crc, vint(0), vint(1), vint(name.length), name]);
    // File encryption record (type 1): version 0, flags 0, KDF count, salt, IV.
    const record = Buffer.concat([vint(1), vint(0), vint(0), Buffer.from([15]), noise(32, 5)]);
    const extra = entry.encrypted ? Buffer.concat([vint(record.length), record]) : Buffer.alloc(0);
    parts.push(block(2, fields, extra, entry.data));
  }
  parts.push(block(5, vint(0)));
  return Buffer.concat(parts);
}
