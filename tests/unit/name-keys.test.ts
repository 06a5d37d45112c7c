/** A name's comparison key: the same key whichever of nameKey's two patterns produced it. */
import fc from "fast-check";
import { nameKey } from "../../src/engine/core/names";
import { checkProperty, vocabularyWords } from "../support/fuzz";

/** The rule in full: NFKC, lower case, then only letters and numbers of any script and "+". */
const keyByTheRule = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]/gu, "");

test("the guide's own spellings fold as the rule says", () => {
  expect(nameKey("Senior (4–7 years)")).toBe("senior47years");
  expect(nameKey("Staff/Principal (7+ years)")).toBe("staffprincipal7+years");
  expect(nameKey("ML-Ops  engineer")).toBe("mlopsengineer");
  for (const word of vocabularyWords) expect(nameKey(word)).toBe(keyByTheRule(word));
});

test("letters beyond ASCII are kept, and folded as NFKC folds them", () => {
  expect(nameKey("Zürich")).toBe("zürich");
  expect(nameKey("ＭＬＯｐｓ")).toBe("mlops"); // full-width letters
  expect(nameKey("ﬁntech – “AI”")).toBe("fintechai"); // a ligature beside dashes and quotes
  expect(nameKey("£120k–€140k")).toBe("120k140k");
  expect(nameKey("İ")).toBe("i"); // lower case adds a combining dot, which is not a letter
});

test("any text gets the key the rule gives", () => {
  // Text built from ASCII, the dashes, quotes and currency signs the fast pattern knows, and other scripts.
  const piece = fc.oneof(
    fc.string({ unit: "grapheme-ascii", maxLength: 8 }),
    fc.constantFrom("–", "—", "‐", "‘", "’", "“", "”", "£", "€", "é", "ß", "Ⅻ", "²", "ﬀ", "\u00a0", "😀", "中"),
    fc.string({ unit: "grapheme", maxLength: 4 }),
    fc.string({ unit: "binary", maxLength: 4 }),
  );
  checkProperty(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join("");
      expect(nameKey(text)).toBe(keyByTheRule(text));
    }),
    2_000,
  );
});
