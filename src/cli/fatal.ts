/**
 * Imported before the engine: whatever is thrown while it loads (a dataset the schema
 * refuses) or later, unexpectedly, ends the CLI with its message and exit code 2 instead of
 * a stack trace of minified source.
 */
process.on("uncaughtException", (error) => {
  process.stderr.write(`aipay: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
