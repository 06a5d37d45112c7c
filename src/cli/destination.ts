/**
 * Where a streamed output goes. Stdout takes it as it comes. A named file is written as a
 * temporary file beside it, flushed to disk and renamed over the name only once the output
 * is whole, so a failed or interrupted run leaves the file as it was, never half a file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { once } from "node:events";
import { Writable } from "node:stream";

export interface Destination {
  readonly stream: Writable;
  /** Where it goes, as a message names it. */
  readonly name: string;
  /** Once the stream has finished: makes the output the file's. */
  commit(): Promise<void>;
  /** Drops what was written (a no-op on stdout, which has already passed it on). */
  discard(): void;
}

/**
 * Stdout behind a stream of its own: a failed run destroys its streams, and stdout itself,
 * destroyed, would report the run's error as a write error. Its own write errors are
 * output.ts's to handle.
 */
export function stdoutDestination(): Destination {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      if (process.stdout.write(chunk)) done();
      else process.stdout.once("drain", () => done());
    },
  });
  return { stream, name: "stdout", commit: async () => {}, discard() {} };
}

/** Signals that end a run half-way: a temporary file is removed before the process goes. */
const interruptions = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export function fileDestination(file: string): Destination {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  // Opened here, so that a name that cannot be written is refused before anything is read.
  // The stream owns the descriptor, and flushes it to disk before closing it: a rename can
  // otherwise reach the disk before the data, and a crash leave an empty file.
  const stream = fs.createWriteStream("", { fd: fs.openSync(temporary, "wx"), flush: true });
  const remove = () => {
    stream.destroy();
    fs.rmSync(temporary, { force: true });
  };
  const handlers = Object.entries(interruptions).map(([signal, code]) => {
    const handler = () => {
      remove();
      process.exit(code);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  const settled = () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
  return {
    stream,
    name: file,
    async commit() {
      if (!stream.closed) await once(stream, "close");
      if (stream.errored) throw stream.errored;
      fs.renameSync(temporary, file);
      settled();
    },
    discard() {
      remove();
      settled();
    },
  };
}
