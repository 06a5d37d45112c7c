/**
 * Standard output for a CLI that lives in pipes. Writes wait for the pipe to drain, so a
 * slow reader holds the input back instead of the output piling up in memory. A reader
 * that has gone (`aipay --json < big.txt | head -1`) ends the tool quietly with 0, as the
 * shell's own tools do; any other write error (a full disk) ends it with one line and 2.
 */
export const exitCodes = { ok: 0, resultError: 1, failure: 2 } as const;

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(exitCodes.ok);
  process.stderr.write(`aipay: cannot write the output: ${error.message}\n`);
  process.exit(exitCodes.failure);
});

/** Writes text to stdout; resolves once the stream can take more. */
export function writeOut(text: string): Promise<void> | void {
  if (!process.stdout.write(text)) return new Promise((resolve) => process.stdout.once("drain", resolve));
}
