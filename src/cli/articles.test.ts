import { describe, expect, it } from "vitest";
import { decodeArticle } from "../core/article";
import { displayPath } from "./articles";

describe("displayPath", () => {
  it("is relative inside the user's folder, absolute outside it", () => {
    expect(displayPath("/home/u/news/a.txt", "/home/u")).toBe("news/a.txt");
    expect(displayPath("/home/u/..notes.txt", "/home/u")).toBe("..notes.txt");
    expect(displayPath("/srv/b.txt", "/home/u")).toBe("/srv/b.txt");
  });
});

describe("decodeArticle", () => {
  it("refuses binaries and empty files with a reason, reads UTF-16 by its BOM", () => {
    expect(decodeArticle(new Uint8Array([]))).toEqual({ ok: false, reason: "empty file" });
    expect(decodeArticle(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toEqual({
      ok: false,
      reason: "binary file (PDF document)",
    });
    expect(decodeArticle(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({
      ok: false,
      reason: "binary file (contains NUL bytes)",
    });
    expect(decodeArticle(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]))).toEqual({
      ok: true,
      text: "Hi",
    });
  });
});
