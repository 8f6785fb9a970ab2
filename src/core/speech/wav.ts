/** The facts of a RIFF/WAVE file a player and a test need (issue 18): format, rate, length. */
export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Bytes of sound in the `data` chunk. */
  dataBytes: number;
  seconds: number;
}

const ascii = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

/** Reads a PCM WAV header, walking the chunks (a writer may put others before `data`); throws on anything else. */
export function readWav(bytes: Uint8Array): WavInfo {
  if (bytes.length < 12 || ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WAVE') throw new Error('not a WAV file (no RIFF/WAVE header)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: Omit<WavInfo, 'dataBytes' | 'seconds'> & { byteRate: number } | null = null;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = ascii(bytes, at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ') {
      format = { channels: view.getUint16(at + 10, true), sampleRate: view.getUint32(at + 12, true), byteRate: view.getUint32(at + 16, true), bitsPerSample: view.getUint16(at + 22, true) };
    } else if (id === 'data') {
      if (!format || format.byteRate === 0) throw new Error('WAV file without a format chunk before its sound');
      const dataBytes = Math.min(size, bytes.length - at - 8);
      const { byteRate, ...rest } = format;
      return { ...rest, dataBytes, seconds: dataBytes / byteRate };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('WAV file without sound (no data chunk)');
}
