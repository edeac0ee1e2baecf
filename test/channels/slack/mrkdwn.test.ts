import { describe, expect, it } from "vitest";
import { fromSlackText, toMrkdwn } from "../../../src/channels/slack/mrkdwn";
import { welcomeReply } from "../../../src/dialogue/welcome";

describe("toMrkdwn", () => {
  it("turns Markdown bold into Slack bold and single-star italics into underscores", () => {
    expect(toMrkdwn("To start, **who are you?**")).toBe("To start, *who are you?*");
    expect(toMrkdwn("an *important* word and __another__")).toBe("an _important_ word and *another*");
    expect(toMrkdwn("~~old~~ rule")).toBe("~old~ rule");
  });

  it("escapes &, < and > so Slack shows them as typed", () => {
    expect(toMrkdwn("Companies < 50 employees & > 11")).toBe("Companies &lt; 50 employees &amp; &gt; 11");
    expect(toMrkdwn("**R&D < 3 %**")).toBe("*R&amp;D &lt; 3 %*");
  });

  it("turns links into <url|text>, escaping the text and keeping the URL whole", () => {
    expect(toMrkdwn("See [Qualiopi & OPCOs](https://travail-emploi.gouv.fr/qualiopi?a=1&b=2).")).toBe(
      "See <https://travail-emploi.gouv.fr/qualiopi?a=1&b=2|Qualiopi &amp; OPCOs>.",
    );
    expect(toMrkdwn("[**bold** title](https://www.afdas.com)")).toBe("<https://www.afdas.com|bold title>");
    expect(toMrkdwn("[a|b](https://x.example)")).toBe("<https://x.example|a/b>");
  });

  it("leaves a bracket that is not a link as text", () => {
    expect(toMrkdwn("[note] (see below)")).toBe("[note] (see below)");
  });

  it("turns headings into bold lines, bullets into •, and keeps quotes and code", () => {
    expect(toMrkdwn("## Your **plan**\n- first\n* second\n> a quote\n```\na < b\n```")).toBe(
      "*Your plan*\n• first\n• second\n> a quote\n```\na &lt; b\n```",
    );
  });

  it("renders the real welcome reply in both languages", () => {
    expect(toMrkdwn(welcomeReply("fr").text)).toContain("Pour commencer, *qui êtes-vous ?*");
    expect(toMrkdwn(welcomeReply("en").text)).toContain("To start, *who are you?*");
  });
});

describe("fromSlackText", () => {
  it("removes mentions, unescapes entities and keeps link labels", () => {
    expect(fromSlackText("<@U0BOT> Is <https://www.afdas.com|Afdas> my OPCO &amp; who pays if &lt; 11?")).toBe(
      "Is Afdas my OPCO & who pays if < 11?",
    );
    expect(fromSlackText("<@U0BOT|assistant>   see <#C0001|rh> and <https://x.example>")).toBe(
      "see #rh and https://x.example",
    );
    expect(fromSlackText("<@U0BOT>")).toBe("");
  });
});
