/**
 * A one-line progress bar on stderr with a rate and an ETA, redrawn at most ten times a second. On a
 * terminal it redraws in place; elsewhere (CI logs) it prints a line every 10 %.
 */
export class ProgressBar {
  private done = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastDecile = -1;

  constructor(
    private readonly total: number,
    private readonly unit: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(amount: number): void {
    this.done = Math.min(this.total, this.done + amount);
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    this.draw();
  }

  private draw(): void {
    const fraction = this.total === 0 ? 1 : this.done / this.total;
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const width = 30;
    const filled = Math.round(fraction * width);
    const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${this.done}/${this.total} ${this.unit} ${Math.round(rate)}/s ETA ${eta.toFixed(0)}s`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}`);
      if (this.done >= this.total) this.stream.write("\n");
      return;
    }
    const decile = Math.floor(fraction * 10);
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      this.stream.write(`${line}\n`);
    }
  }
}
