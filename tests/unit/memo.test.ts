import { Memo } from "../../src/engine/calculator/memo";

describe("Memo", () => {
  test("returns each key's own answer when the same prefix alternates between children", () => {
    // The last child reached is remembered per entry; switching between siblings must not
    // hand back the other sibling's answer.
    const memo = new Memo<string>(100);
    memo.set(["AI Engineer", "Senior", "London"], 3, "ai-senior-london");
    memo.set(["AI Engineer", "Senior", "Bristol"], 3, "ai-senior-bristol");
    memo.set(["AI Engineer", "Junior", "London"], 3, "ai-junior-london");
    const asked = [
      ["AI Engineer", "Senior", "London"],
      ["AI Engineer", "Senior", "Bristol"],
      ["AI Engineer", "Senior", "London"],
      ["AI Engineer", "Junior", "London"],
      ["AI Engineer", "Senior", "Bristol"],
    ].map((keys) => memo.get(keys, 3));
    expect(asked).toEqual([
      "ai-senior-london",
      "ai-senior-bristol",
      "ai-senior-london",
      "ai-junior-london",
      "ai-senior-bristol",
    ]);
    expect(memo.get(["AI Engineer", "Junior", "Bristol"], 3)).toBeUndefined();
    expect(memo.get(["AI Engineer", "Senior"], 2)).toBeUndefined(); // an inner entry holds no answer
  });

  test("null and undefined are one key; NaN finds its own answer", () => {
    const memo = new Memo<number>(100);
    memo.set(["x", null], 2, 1);
    memo.set(["x", NaN], 2, 2);
    expect(memo.get(["x", undefined], 2)).toBe(1);
    expect(memo.get(["x", NaN], 2)).toBe(2);
    expect(memo.get(["x", null], 2)).toBe(1);
  });

  test('keys of every cell type stay apart: 1, "1", true and null', () => {
    const memo = new Memo<string>(100);
    const keys = [1, "1", true, null, 0, "", false];
    for (const key of keys) memo.set([key], 1, String(key) + typeof key);
    expect(keys.map((key) => memo.get([key], 1))).toEqual(keys.map((key) => String(key) + typeof key));
  });

  test("every key counts, to the last", () => {
    const memo = new Memo<string>(100);
    memo.set(["a", "b", "c", "d", "e", "f"], 6, "six");
    memo.set(["a", "b", "c", "d", "e", "g"], 6, "six, last differs");
    expect(memo.get(["a", "b", "c", "d", "e", "f"], 6)).toBe("six");
    expect(memo.get(["a", "b", "c", "d", "e", "g"], 6)).toBe("six, last differs");
    expect(memo.get(["a", "b", "c", "d", "e", "h"], 6)).toBeUndefined();
    expect(memo.get(["a", "b", "c", "d", "e"], 5)).toBeUndefined(); // an inner entry holds no answer
    expect(memo.get(["a", "b", "c", "x", "e", "f"], 6)).toBeUndefined();
  });

  test("starts afresh once it holds its limit of answers", () => {
    const memo = new Memo<number>(2);
    memo.set(["a"], 1, 1);
    memo.set(["b"], 1, 2);
    memo.set(["c"], 1, 3); // the third answer clears the first two
    expect([memo.get(["a"], 1), memo.get(["b"], 1), memo.get(["c"], 1)]).toEqual([undefined, undefined, 3]);
  });
});
