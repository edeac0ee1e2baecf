import { describe, expect, it } from "vitest";
import { flagsToInput, parseFlags } from "../../scripts/tool";
import { toolNamed } from "../../src/tools/catalogue";

describe("npm run tool: flags into a tool's input", () => {
  it("reads --key value, --key=value and bare flags", () => {
    expect(parseFlags(["--idcc", "1486", "--lang=en", "--verbose"])).toEqual({
      idcc: "1486",
      lang: "en",
      verbose: true,
    });
    expect(() => parseFlags(["1486"])).toThrow(/flags look like --name value/);
  });

  it("turns into numbers the flags the tool's schema types as numbers, and only those", () => {
    const routes = toolNamed("fundingRoutes").input;
    expect(flagsToInput(routes, { status: "employer", headcount: "12", clientHeadcount: "300" })).toEqual({
      status: "employer",
      headcount: 12,
      clientHeadcount: 300,
    });
    const opco = toolNamed("findOpco").input;
    expect(flagsToInput(opco, { idcc: "1486" })).toEqual({ idcc: "1486" });
  });

  it("reads a boolean flag bare or as true/false, and leaves anything else to the schema", () => {
    const routes = toolNamed("fundingRoutes").input;
    expect(flagsToInput(routes, { status: "job_seeker", hiring: true })).toEqual({
      status: "job_seeker",
      hiring: true,
    });
    expect(flagsToInput(routes, { status: "employer", hiring: "false" })).toEqual({
      status: "employer",
      hiring: false,
    });
    expect(routes.safeParse(flagsToInput(routes, { status: "employer", hiring: "maybe" })).success).toBe(false);
  });

  it("leaves a non-number as typed, for the schema to refuse with a clear message", () => {
    const routes = toolNamed("fundingRoutes").input;
    const input = flagsToInput(routes, { status: "employer", headcount: "douze" });
    expect(routes.safeParse(input).success).toBe(false);
  });
});
