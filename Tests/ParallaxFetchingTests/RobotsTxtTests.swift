import Testing
@testable import ParallaxFetching

@Suite("robots.txt (RFC 9309)")
struct RobotsTxtTests {
    let agent = FetchPolicy.defaultUserAgent

    @Test func theGroupNamingParallaxWinsOverTheStarGroup() {
        let robots = RobotsTxt("""
            User-agent: *
            Disallow: /

            User-agent: parallax
            User-agent: OtherBot
            Disallow: /private/
            """)
        #expect(robots.allows("/news/a.html", userAgent: agent))
        #expect(!robots.allows("/private/a.html", userAgent: agent))
        #expect(!robots.allows("/news/a.html", userAgent: "SomeoneElse/1.0"))
    }

    @Test func groupsForOneAgentAreCombinedAndTheLongestMatchWins() {
        let robots = RobotsTxt("""
            user-agent: Parallax/1.0   # a version in the line still names Parallax
            disallow: /a/
            sitemap: https://example.com/sitemap.xml
            user-agent: *
            disallow: /b/
            user-agent: PARALLAX
            allow: /a/public/
            """)
        #expect(!robots.allows("/a/secret", userAgent: agent))
        #expect(robots.allows("/a/public/page", userAgent: agent))
        #expect(robots.allows("/b/x", userAgent: agent))  // the * group does not apply to Parallax
    }

    @Test func onATieAllowWins() {
        let robots = RobotsTxt("User-agent: *\nDisallow: /page\nAllow: /page")
        #expect(robots.allows("/page", userAgent: agent))
    }

    @Test func wildcardsAndTheEndAnchor() {
        let robots = RobotsTxt("""
            User-agent: *
            Disallow: /*.pdf$
            Disallow: /search*q=
            Allow: /print$
            Disallow: /print
            """)
        #expect(!robots.allows("/files/report.pdf", userAgent: agent))
        #expect(robots.allows("/files/report.pdf?download=1", userAgent: agent))
        #expect(!robots.allows("/search/all?q=gates", userAgent: agent))
        #expect(robots.allows("/search/all", userAgent: agent))
        #expect(robots.allows("/print", userAgent: agent))
        #expect(!robots.allows("/print/page", userAgent: agent))
    }

    @Test func anEmptyDisallowAllowsEverythingAndRobotsTxtIsAlwaysAllowed() {
        #expect(RobotsTxt("User-agent: *\nDisallow:").allows("/anything", userAgent: agent))
        #expect(RobotsTxt.disallowAll.allows("/robots.txt", userAgent: agent))
        #expect(!RobotsTxt.disallowAll.allows("/", userAgent: agent))
        #expect(RobotsTxt.allowAll.allows("/x", userAgent: agent))
    }

    @Test func pathsCompareWithPercentEncodingNormalised() {
        let robots = RobotsTxt("User-agent: *\nDisallow: /~joe/\nDisallow: /café")
        #expect(!robots.allows("/%7Ejoe/index.html", userAgent: agent))
        #expect(!robots.allows("/caf%C3%A9/menu", userAgent: agent))
        #expect(!robots.allows("/caf%c3%a9", userAgent: agent))
    }

    @Test func rulesBeforeAnyUserAgentAndUnreadableLinesAreIgnored() {
        let robots = RobotsTxt("Disallow: /\nthis line means nothing\nUser-agent: *\nDisallow: /x")
        #expect(robots.allows("/y", userAgent: agent))
        #expect(!robots.allows("/x", userAgent: agent))
    }
}
