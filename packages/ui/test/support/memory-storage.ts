import type { ResumeStorage } from "../../src/index";

/**
 * A `ResumeStorage` in memory, shared by the stores of one simulated page (a reload makes a new
 * store on the same storage), with every write kept for assertions.
 */
export class MemoryStorage implements ResumeStorage {
  readonly items = new Map<string, string>();
  readonly writes: { key: string; value: string | null }[] = [];

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.items.set(key, value);
    this.writes.push({ key, value });
  }

  removeItem(key: string): void {
    this.items.delete(key);
    this.writes.push({ key, value: null });
  }
}
