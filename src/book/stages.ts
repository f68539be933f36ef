/** How long each step of making a book took, for the build log: `collect 2.1 s, print 7.9 s`. */
export class Stages {
  private readonly times: [string, number][] = [];
  private last = performance.now();

  /** Ends the step running since the previous call (or since the start), under `name`; repeats add up. */
  end(name: string): void {
    const now = performance.now();
    const entry = this.times.find(([stage]) => stage === name);
    if (entry) entry[1] += now - this.last;
    else this.times.push([name, now - this.last]);
    this.last = now;
  }

  toString(): string {
    return this.times.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
  }
}
