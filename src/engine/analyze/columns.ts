/** Growable typed arrays: compact per-state and per-edge columns for large explorations. */

type TypedArray = Int32Array | Float64Array | Uint8Array;
type Ctor<T extends TypedArray> = new (length: number) => T;

/** A typed array that grows by doubling; `length` counts the pushed items. */
export class Column<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly ctor: Ctor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(capacity);
  }

  /** Appends a value and returns its index. */
  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new this.ctor(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  /** The value at an index (0 past the end). */
  get(index: number): number {
    return this.data[index] ?? 0;
  }

  /** Overwrites the value at an existing index. */
  set(index: number, value: number): void {
    this.data[index] = value;
  }
}

export const int32s = (capacity?: number) => new Column(Int32Array, capacity);
export const float64s = (capacity?: number) => new Column(Float64Array, capacity);
export const uint8s = (capacity?: number) => new Column(Uint8Array, capacity);

/** Interns strings (edge labels) as small integers. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}
