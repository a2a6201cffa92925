import fc from "fast-check";
import { encodeCursor } from "../../../../src/graphql/common/cursor";
import { pageOfList } from "../../../../src/graphql/common/page-of-list";
import type { Connection } from "../../../../src/graphql/common/connection.type";
import type { PageArguments } from "../../../../src/graphql/common/page-request";

const ORDER = "SHORTEST_FIRST";
const letters = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);
const nodes = (page: Connection<string>) => page.edges.map((edge) => edge.node);
const badInput = (message: string) =>
  expect.objectContaining({ message: expect.stringContaining(message), extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) });

/** The cursor pageOfList gives the item at `index` of a list in ORDER. */
function cursorAt(items: string[], index: number): string {
  const page = pageOfList(items, { first: 1, after: index === 0 ? null : cursorAt(items, index - 1) }, ORDER);
  return page.edges[0].cursor;
}

describe("pageOfList", () => {
  const items = letters(45);

  it("gives the first 20 items when neither first nor last is given, with the count of all", () => {
    const page = pageOfList(items, {}, ORDER);
    expect(nodes(page)).toEqual(items.slice(0, 20));
    expect(page.totalCount).toBe(45);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it("pages forward with first/after through every item once, with exact pageInfo on both sides", () => {
    const seen: string[] = [];
    const infos: [boolean, boolean][] = [];
    let after: string | null = null;
    do {
      const page: Connection<string> = pageOfList(items, { first: 10, after }, ORDER);
      seen.push(...nodes(page));
      infos.push([page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage]);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(items);
    expect(infos).toEqual([
      [false, true],
      [true, true],
      [true, true],
      [true, true],
      [true, false],
    ]);
  });

  it("pages back with last/before from the end through every item once, in the list's order", () => {
    const pages: string[][] = [];
    let before: string | null = null;
    let page: Connection<string>;
    do {
      page = pageOfList(items, { last: 10, before }, ORDER);
      pages.unshift(nodes(page));
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
    } while (before);
    expect(pages.flat()).toEqual(items);
    expect(pages[0]).toEqual(items.slice(0, 5));
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it("takes first from the start and last from the end of the window between after and before", () => {
    const after = cursorAt(items, 4);
    const before = cursorAt(items, 12);
    expect(nodes(pageOfList(items, { first: 3, after, before }, ORDER))).toEqual(["item-5", "item-6", "item-7"]);
    expect(nodes(pageOfList(items, { last: 3, after, before }, ORDER))).toEqual(["item-9", "item-10", "item-11"]);
    const whole = pageOfList(items, { first: 50, after, before }, ORDER);
    expect(nodes(whole)).toEqual(items.slice(5, 12));
    expect(whole.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it("gives an empty page after the last item, saying items come before it", () => {
    const page = pageOfList(items, { after: cursorAt(items, 44) }, ORDER);
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false, startCursor: null, endCursor: null });
  });

  it("gives an empty list as an empty page with nothing on either side", () => {
    expect(pageOfList([], { last: 5 }, ORDER)).toEqual({
      edges: [],
      totalCount: 0,
      pageInfo: { hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null },
    });
  });

  it("reads the same window as slicing the list would, for any list, cursors and page size", () => {
    const request = fc.record({
      length: fc.integer({ min: 0, max: 30 }),
      after: fc.option(fc.integer({ min: 0, max: 29 })),
      before: fc.option(fc.integer({ min: 0, max: 29 })),
      size: fc.integer({ min: 1, max: 12 }),
      backward: fc.boolean(),
    });
    fc.assert(
      fc.property(request, ({ length, after, before, size, backward }) => {
        const list = letters(length);
        const args: PageArguments = {
          after: after !== null && after < length ? cursorAt(list, after) : null,
          before: before !== null && before < length ? cursorAt(list, before) : null,
          [backward ? "last" : "first"]: size,
        };
        const from = args.after ? (after as number) + 1 : 0;
        const to = Math.max(from, args.before ? (before as number) : length);
        const [start, end] = backward ? [Math.max(from, to - size), to] : [from, Math.min(to, from + size)];
        const page = pageOfList(list, args, ORDER);
        expect(nodes(page)).toEqual(list.slice(start, end));
        expect(page.pageInfo.hasPreviousPage).toBe(start > 0);
        expect(page.pageInfo.hasNextPage).toBe(end < length);
      }),
    );
  });

  it("refuses first and last together", () => {
    expect(() => pageOfList(items, { first: 2, last: 2 }, ORDER)).toThrow(badInput("Give first or last, not both"));
  });

  it("refuses a cursor made for another order of the same list, and a keyset cursor of an entity list", () => {
    const other = pageOfList(items, { first: 3 }, "LONGEST_FIRST").pageInfo.endCursor as string;
    expect(() => pageOfList(items, { after: other }, ORDER)).toThrow(badInput("after was returned for orderBy LONGEST_FIRST, not SHORTEST_FIRST"));
    expect(() => pageOfList(items, { before: encodeCursor(ORDER, "foton", "company:foton") }, ORDER)).toThrow(badInput("before is not a cursor of this list"));
  });

  it.each([
    ["an empty after", { after: "" }, "after must not be empty"],
    ["an empty before", { before: "" }, "before must not be empty"],
    ["an after this API did not make", { after: "bm90LWEtY3Vyc29y" }, "after is not a cursor this API returned"],
    ["a negative position", { before: encodeCursor(ORDER, "-1", "") }, "before is not a cursor of this list"],
  ])("refuses %s with BAD_USER_INPUT", (_case, args, message) => {
    expect(() => pageOfList(items, args, ORDER)).toThrow(badInput(message));
  });
});
