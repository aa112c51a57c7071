/// Page layouts in the shapes of common news sites (public broadcaster, newspaper, wire service, news agency,
/// cable news, WordPress, newsletter platform, a 2000s table layout, a blog theme, a regional broadcaster,
/// a section front with teasers, a paginated magazine), each wrapping an article in its site's furniture.
enum NewsPageLayouts {
    struct Story: Sendable {
        let headline: String
        let paragraphs: [String]
        /// The text an exact extraction gives: headline, then one paragraph a line.
        var expected: String { ([headline] + paragraphs).joined(separator: "\n") + "\n" }
    }

    typealias Layout = (name: String, page: @Sendable (Story) -> String)

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "’", with: "&rsquo;")
    }

    static let stories = [
        Story(headline: "Mali’s junta suspends political parties", paragraphs: [
            "Mali’s military government suspended the activities of all political parties on Wednesday, citing \"subversive\" debates.",
            "The decree, read on state television, also bars the media from reporting on party activities.",
            "Opposition leaders said the move was a step back from the promised return to civilian rule & democracy.",
        ]),
        Story(headline: "Kenya and Ethiopia sign power export deal", paragraphs: [
            "Kenya signed a deal with Ethiopia on Monday to import 200 megawatts of hydropower for 25 years.",
            "The power will travel along a 1,045-kilometre line completed in 2022.",
            "Energy officials in Nairobi said the deal would cut electricity costs for households.",
            "Ethiopia already exports power to Sudan and Djibouti.",
        ]),
        Story(headline: "Nigeria’s central bank raises interest rates again", paragraphs: [
            "Nigeria’s central bank raised its main rate by 50 basis points to 27.25% on Tuesday, its sixth increase this year.",
            "Governor Olayemi Cardoso said inflation, at 32.7%, remained \"unacceptably high\".",
            "Analysts at Lagos-based brokerages had expected a smaller rise.",
        ]),
    ]

    static func paragraphs(_ story: Story, open: String = "<p>", close: String = "</p>") -> String {
        story.paragraphs.map { open + escape($0) + close }.joined(separator: "\n")
    }

    static let layouts: [Layout] = [
        ("public-broadcaster", { s in """
            <html><head><title>\(escape(s.headline)) - News</title></head><body>
            <div id="consent-banner" class="consent"><p>We and our partners use cookies to personalise your experience and show you relevant adverts.</p><button>Accept</button></div>
            <header role="banner"><a href="/">Home</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
            <main id="main-content"><article>
            <header><h1 id="main-heading">\(escape(s.headline))</h1><div class="byline-block">By Chris Ewokor, Abuja</div><time datetime="2024-05-01">1 May</time></header>
            \(s.paragraphs.map { "<div data-component=\"text-block\"><p>\(escape($0))</p></div>" }.joined(separator: "\n"))
            <div data-component="tag-list" class="tags"><ul><li><a href="/t/africa">Africa</a></li></ul></div>
            </article>
            <section class="related-content"><h2>Related</h2><ul><li><a href="/1">Another story entirely about something else</a></li></ul></section>
            </main><footer><p>The site is not responsible for the content of external sites.</p></footer></body></html>
            """ }),
        ("newspaper", { s in """
            <html><head><meta property="og:title" content="\(escape(s.headline))"></head><body>
            <div class="top-nav"><ul class="menu"><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></div>
            <div data-gu-name="headline"><h1>\(escape(s.headline))</h1></div>
            <div data-gu-name="meta" class="meta"><address>Jason Burke, Africa correspondent</address><span>Wed 1 May 2024 14.02 BST</span></div>
            <div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector">
            <p>\(escape(s.paragraphs[0]))</p>
            <aside class="element-rich-link"><p>Quick guide: What happened in the last coup and why does it matter to the region?</p></aside>
            \(s.paragraphs.dropFirst().map { "<p>\(escape($0))</p>" }.joined(separator: "\n"))
            </div></div>
            <div class="most-viewed"><h2>Most viewed</h2><ol><li><a href="/a">Live: the day in politics as it happened, with all the reactions</a></li></ol></div>
            <div class="submeta"><a href="/topics/africa">Africa</a> <a href="/share">Share</a></div>
            </body></html>
            """ }),
        ("wire-service", { s in """
            <html><body><div class="site-header"><a href="/">Wire</a></div>
            <h1 data-testid="Heading">\(escape(s.headline))</h1>
            <div class="article-body__content">
            \(s.paragraphs.enumerated().map { "<div data-testid=\"paragraph-\($0.offset)\" class=\"text__text\">\(escape($0.element))</div>" }.joined(separator: "\n"))
            <div class="ad-slot"><span>Advertisement · Scroll to continue</span></div>
            </div>
            <div class="trust-badge"><a href="/principles">Our Standards: The Wire Trust Principles.</a></div>
            </body></html>
            """ }),
        ("news-agency", { s in """
            <html><body><bsp-header class="Page-header"><nav><a href="/">Top news</a></nav></bsp-header>
            <div class="Page-content"><h1 class="Page-headline">\(escape(s.headline))</h1>
            <div class="Page-byline"><span class="Page-authors">By MOGOMOTSI MAGOME</span></div>
            <div class="RichTextStoryBody RichTextBody">
            <p>\(escape(s.paragraphs[0]))</p>
            <div class="Advertisement"><p>ADVERTISEMENT</p></div>
            \(s.paragraphs.dropFirst().map { "<p>\(escape($0))</p>" }.joined(separator: "\n"))
            </div>
            <div class="PageList-items"><div class="PageListStandardD"><p><a href="/x">Another headline elsewhere in the world today</a></p></div></div>
            </div></body></html>
            """ }),
        ("cable-news", { s in """
            <html><body><header class="header"><nav class="header__nav"><a href="/">Home</a></nav></header>
            <div class="headline"><h1 class="headline__text">\(escape(s.headline))</h1></div>
            <div class="byline"><span class="byline__name">By Larry Madowo</span>, CNN</div>
            <div class="article__content">
            \(s.paragraphs.map { "<p class=\"paragraph inline-placeholder\">\(escape($0))</p>" }.joined(separator: "\n"))
            <div class="related-content related-content--article"><span>Related article</span><a href="/r">A related story with a long link title here</a></div>
            </div>
            <div class="footer"><p>© 2024 Cable News Network. All Rights Reserved.</p></div>
            </body></html>
            """ }),
        ("wordpress", { s in """
            <html><body class="single"><div id="page"><header id="masthead" class="site-header"><p class="site-title">Ledger</p></header>
            <div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
            <article class="post type-post"><header class="entry-header"><h1 class="entry-title">\(escape(s.headline))</h1>
            <div class="entry-meta"><span class="posted-on">May 1, 2024</span></div></header>
            <div class="entry-content">\(paragraphs(s))
            <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">X</a></li></ul></div>
            <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p><a href="/o">Other post title that is long enough</a></p></div></div>
            <footer class="entry-footer"><span class="cat-links">Posted in <a href="/news">News</a></span></footer></article>
            <div id="comments" class="comments-area"><ol class="comment-list"><li><p>Great article, this is exactly what the government should have done years ago in my opinion.</p></li></ol></div>
            </main></div><aside class="widget-area"><p>Subscribe to our newsletter for daily updates on business and politics in the region.</p></aside></div></div></body></html>
            """ }),
        ("newsletter-platform", { s in """
            <html><body><div class="main-menu"><a href="/">Africa Brief</a> <a href="/subscribe">Subscribe</a></div>
            <div class="single-post"><div class="post-header"><h1 class="post-title">\(escape(s.headline))</h1>
            <div class="post-meta"><a href="/@ed">Ed Author</a> · May 1</div></div>
            <div class="available-content"><div class="body markup" dir="auto">
            <p>\(escape(s.paragraphs[0]))</p>
            <div class="subscription-widget-wrap"><p>Africa Brief is a reader-supported publication. To receive new posts, consider becoming a subscriber.</p></div>
            \(s.paragraphs.dropFirst().map { "<p>\(escape($0))</p>" }.joined(separator: "\n"))
            </div></div>
            <div class="post-footer"><p>Share this post with a friend who might enjoy reading it this week.</p></div>
            </div></body></html>
            """ }),
        ("table-layout", { s in """
            <HTML><BODY><TABLE><TR><TD CLASS=nav><A HREF=/>Home</A> | <A HREF=/news>News</A></TD></TR>
            <TR><TD CLASS=story><B>\(escape(s.headline))</B><BR><BR>
            \(s.paragraphs.map(escape).joined(separator: "<BR><BR>\n"))
            </TD></TR><TR><TD CLASS=footer>&copy; 2004 Daily. All rights reserved.</TD></TR></TABLE></BODY></HTML>
            """ }),
        ("blog-theme", { s in """
            <html><body><div class="wrapper"><div class="sidebar"><p>About me: I have been writing about African politics and economics for twenty years.</p></div>
            <div class="post"><h1>\(escape(s.headline))</h1><div class="post-body"><section><div>\(paragraphs(s))</div></section></div>
            <div class="post-tags">Tags: <a href="/t/a">africa</a></div></div></div></body></html>
            """ }),
        ("regional-broadcaster", { s in """
            <html><body><header class="site-header"><nav><a href="/">Home</a></nav></header>
            <main id="main-content-area"><header class="article-header"><h1>\(escape(s.headline))</h1>
            <p class="article__subhead">Officials react as the news spreads across the capital.</p></header>
            <div class="article-info-block"><div class="article-author-name">Al Correspondent</div><div class="date-simple">1 May 2024</div></div>
            <div class="wysiwyg wysiwyg--all-content">\(paragraphs(s))</div>
            <div class="more-on"><h2>More on this</h2><article class="gc"><h3><a href="/m">Another story on the topic with a long title</a></h3></article></div>
            <ul class="article-trending"><li><a href="/t">Trending story title that is long</a></li></ul>
            </main></body></html>
            """ }),
        ("section-front-teasers", { s in """
            <html><body><nav><a href="/">Home</a></nav>
            <article class="teaser"><h2><a href="/1">Teaser headline one</a></h2><p>Short teaser text about another story entirely.</p></article>
            <article class="story"><h1>\(escape(s.headline))</h1>\(paragraphs(s))</article>
            <article class="teaser"><h2><a href="/2">Teaser headline two</a></h2><p>Another short teaser text for a different story.</p></article>
            </body></html>
            """ }),
        ("magazine-inline-links", { s in """
            <html><body><div class="nav-bar"><a href="/">Magazine</a></div>
            <div class="article-container"><h1 class="article-title">\(escape(s.headline))</h1>
            <div class="article-content">
            \(s.paragraphs.map { p -> String in
                let words = p.split(separator: " ")
                return "<p>\(escape(words.prefix(3).joined(separator: " "))) <a href=\"/topic\">\(escape(words.dropFirst(3).prefix(2).joined(separator: " ")))</a> <em>\(escape(words.dropFirst(5).joined(separator: " ")))</em></p>"
            }.joined(separator: "\n"))
            <p class="read-more"><a href="/next">Read more: The next big thing in African tech startups</a></p>
            <div class="pagination"><a href="?page=2">Next page</a></div>
            </div></div></body></html>
            """ }),
    ]
}
