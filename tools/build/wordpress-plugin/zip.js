// A zip archive of files in memory, as WordPress's uploader reads one (PclZip or ZipArchive): deflated entries,
// folders implied by the paths. The same files give the same bytes: entries in the order given, one fixed time.
import { crc32, deflateRawSync } from 'node:zlib';

/** 1 January 2020, 00:00, in MS-DOS form: no build's clock in the archive. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
/** Bit 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION_NEEDED = 20;

const header = (size, fill) => {
  const buffer = Buffer.alloc(size);
  fill(buffer);
  return buffer;
};

/**
 * The fields a local header and its central directory record share, in the same order, from `at`: version needed,
 * flags, method, time, date, CRC-32, sizes and the name's length.
 */
function writeEntryFields(buffer, at, { checksum, compressedSize, size, nameSize }) {
  buffer.writeUInt16LE(VERSION_NEEDED, at);
  buffer.writeUInt16LE(UTF8_NAMES, at + 2);
  buffer.writeUInt16LE(DEFLATE, at + 4);
  buffer.writeUInt16LE(DOS_TIME, at + 6);
  buffer.writeUInt16LE(DOS_DATE, at + 8);
  buffer.writeUInt32LE(checksum, at + 10);
  buffer.writeUInt32LE(compressedSize, at + 14);
  buffer.writeUInt32LE(size, at + 18);
  buffer.writeUInt16LE(nameSize, at + 22);
}

/** The archive of `files`, each `[path inside the archive, bytes]`. */
export function zipOf(files) {
  const parts = [];
  const directory = [];
  let offset = 0;
  for (const [path, bytes] of files) {
    const name = Buffer.from(path, 'utf8');
    const compressed = deflateRawSync(bytes, { level: 9 });
    const checksum = crc32(bytes);
    const entry = { checksum, compressedSize: compressed.length, size: bytes.length, nameSize: name.length };
    const local = header(30, (buffer) => {
      buffer.writeUInt32LE(0x04034b50, 0);
      writeEntryFields(buffer, 4, entry);
    });
    directory.push(
      header(46, (buffer) => {
        buffer.writeUInt32LE(0x02014b50, 0);
        // Made by Unix (3), so that unzip gives the files ordinary permissions (the external attributes below).
        buffer.writeUInt16LE((3 << 8) | VERSION_NEEDED, 4);
        writeEntryFields(buffer, 6, entry);
        buffer.writeUInt32LE((0o100644 << 16) >>> 0, 38);
        buffer.writeUInt32LE(offset, 42);
      }),
      name,
    );
    parts.push(local, name, compressed);
    offset += local.length + name.length + compressed.length;
  }
  const directorySize = directory.reduce((size, part) => size + part.length, 0);
  const end = header(22, (buffer) => {
    buffer.writeUInt32LE(0x06054b50, 0);
    buffer.writeUInt16LE(files.length, 8);
    buffer.writeUInt16LE(files.length, 10);
    buffer.writeUInt32LE(directorySize, 12);
    buffer.writeUInt32LE(offset, 16);
  });
  return Buffer.concat([...parts, ...directory, end]);
}
