/**
 * A failed build leaves dist/ as it was. A one-off build of every part (web and CLI) writes
 * into a fresh folder beside dist/, and that folder takes dist/'s place only when every part
 * has succeeded; otherwise it is thrown away. Watching and the dev server write as they go,
 * and so does a build of one part alone (--config-name), where webpack's `emitOnErrors: false`
 * keeps a failed compilation from writing anything.
 */
"use strict";

const fs = require("fs");

class StagedOutput {
  /** `dist`: the output folder every part writes in or under; `parts`: how many configurations the build has. */
  constructor(dist, parts) {
    this.dist = dist;
    this.staging = `${dist}.partial`;
    this.parts = parts;
    this.compilers = [];
    this.run = undefined;
  }

  /** The webpack plugin to put in each part's configuration. */
  plugin() {
    return { apply: (compiler) => this.attach(compiler) };
  }

  attach(compiler) {
    this.compilers.push(compiler);
    const own = compiler.options.output.path; // dist/ or a folder under it
    compiler.hooks.beforeRun.tap("StagedOutput", () => this.start(compiler, own));
    compiler.hooks.done.tap("StagedOutput", (stats) => this.finish(stats));
  }

  /** Sends one part's output into the staging folder, which the first part to start makes afresh. */
  start(compiler, own) {
    if (this.compilers.length < this.parts) return;
    if (!this.run) {
      fs.rmSync(this.staging, { recursive: true, force: true });
      this.run = { done: 0, failed: false };
    }
    const staged = this.staging + own.slice(this.dist.length);
    compiler.outputPath = staged;
    compiler.options.output.path = staged;
  }

  /** When the last part is done: the staging folder becomes dist/, or is removed if any part failed. */
  finish(stats) {
    if (!this.run) return;
    this.run.failed ||= stats.hasErrors();
    if (++this.run.done < this.compilers.length) return;
    const { failed } = this.run;
    this.run = undefined;
    if (failed) {
      fs.rmSync(this.staging, { recursive: true, force: true });
      return;
    }
    const previous = `${this.dist}.previous`;
    fs.rmSync(previous, { recursive: true, force: true });
    if (fs.existsSync(this.dist)) fs.renameSync(this.dist, previous);
    fs.renameSync(this.staging, this.dist);
    fs.rmSync(previous, { recursive: true, force: true });
  }
}

module.exports = { StagedOutput };
